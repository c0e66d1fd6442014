#pragma once

#include "options.h"

namespace kg::cli {

// Runs `kgbuild extract`; `argv0` locates the shipped rules. Throws kg::Error on bad input.
int run_extract(const ExtractOptions& options, const std::string& argv0);

}  // namespace kg::cli
