#pragma once

#include <string>
#include <vector>

namespace kg::cli {

// `kgbuild rules check|test [--rules DIR]`: lint the rule set, or run every rule's examples.
int run_rules(const std::vector<std::string>& args, const std::string& argv0);

}  // namespace kg::cli
