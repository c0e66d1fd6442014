// kgbuild gazetteer build|lookup: compile the official division list, and look names up in it.
#pragma once

#include <string>
#include <vector>

namespace kg::cli {

int run_gazetteer(const std::vector<std::string>& args, const std::string& argv0);

}  // namespace kg::cli
