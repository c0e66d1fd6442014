// What every match of a rule regex must contain, found by reading the pattern: a sentence that
// holds none of it cannot match, and the regex need not run on it. Most sentences of a news
// article hold no 《, “ or 元, and running every pattern on every sentence was a fifth of a run.
//
//   required_text("《(?<name>[^《》]{1,40})》")     -> {{"《"}, {"》"}}: both
//   required_text("[0-9]+(亿元|万元|元)")            -> {{"万元", "亿元", "元"}}: one of them
//   required_text("[^，]{2,8}(?:工程|项目)?")        -> {}: nothing known, run it everywhere
//
// Conservative: optional parts, classes, negative look-arounds and anything unusual (inline
// flags, \Q…\E) contribute nothing, so the answer may be weaker than it could be, never wrong.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kg/text/char_signature.h"

namespace kg::rules {

// Clauses every match satisfies: it contains one of the alternatives of each. Empty when
// nothing is known.
std::vector<std::vector<std::string>> required_text(const std::string& regex);

// Does `text` satisfy every clause (one alternative of each)? `chars`, the text's signature,
// answers most of the alternatives a sentence lacks without searching it.
bool may_match(const std::vector<std::vector<std::string>>& required, std::string_view text,
               const text::CharSignature& chars);

}  // namespace kg::rules
