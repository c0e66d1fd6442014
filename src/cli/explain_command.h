#pragma once

#include <string>

#include "options.h"

namespace kg::cli {

// `kgbuild explain FILE`: each sentence, its mentions with the rules that found them, and the
// relation rules its cues were offered to, with what they yielded or why they did not fire.
int run_explain(const ExtractOptions& options, const std::string& argv0);

}  // namespace kg::cli
