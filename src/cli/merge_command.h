#pragma once

#include "options.h"

namespace kg::cli {

// Runs `kgbuild merge`: one graph (or one partial graph) from partial graphs written by extract.
int run_merge(const ExtractOptions& options, const std::string& argv0);

}  // namespace kg::cli
