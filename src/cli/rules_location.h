// Where kgbuild finds the data it ships with: the rule set and the compiled division list.
#pragma once

#include <string>

namespace kg::cli {

// The shipped rules: beside the binary, then the install prefix, then the source tree.
// Throws kg::Error when none exists.
std::string default_rules_dir(const std::string& argv0);

// The compiled division list: $KGBUILD_GAZETTEER, then beside the binary, the install prefix,
// and out/gazetteer/ in the source tree (where scripts/fetch-divisions.sh puts it).
// Empty when there is none: places are then recognised by the rules' patterns only.
std::string default_gazetteer_file(const std::string& argv0);

// The compiled word dictionary: $KGBUILD_WORDS, then beside the binary, the install prefix,
// and out/words/ in the source tree (where scripts/fetch-words.sh puts it). Empty when there is
// none: names are then decided on characters only.
std::string default_words_file(const std::string& argv0);

// The folder of the page libraries (sigma.min.js, graphology.umd.min.js): $KGBUILD_WEB, beside the
// binary, the install prefix, the source tree's out/web/ (scripts/fetch-web.sh); "" when none.
std::string default_web_folder(const std::string& argv0);

}  // namespace kg::cli
