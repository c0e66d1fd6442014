#pragma once

#include <string>

namespace kg::cli {

// The shipped rules: beside the binary, then the install prefix, then the source tree.
// Throws kg::Error when none exists.
std::string default_rules_dir(const std::string& argv0);

}  // namespace kg::cli
