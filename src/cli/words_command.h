// kgbuild words build|segment: compile the segmenter's word list, and show how text is cut.
#pragma once

#include <string>
#include <vector>

namespace kg::cli {

int run_words(const std::vector<std::string>& args, const std::string& argv0);

}  // namespace kg::cli
