// kgbuild eval: extract documents that have gold annotations and measure the graphs.
#pragma once

#include <string>

#include "options.h"

namespace kg::cli {

int run_eval(const ExtractOptions& options, const std::string& argv0);

}  // namespace kg::cli
