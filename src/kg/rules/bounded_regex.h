// Every rule regex runs within ICU's time and stack limits, so that a runaway pattern such as
// (\p{Han}+)+$ fails with its rule's file and line instead of hanging on one sentence.
//
//   auto m = kg::rules::bounded_matcher(*pattern.compiled, pattern.id, pattern.where);
//   UErrorCode status = U_ZERO_ERROR;
//   while (m->find(status)) ...;
//   kg::rules::check_match(status, pattern.id, pattern.where);   // throws kg::Error on a runaway
#pragma once

#include <unicode/regex.h>

#include <memory>
#include <string>

#include "kg/rules/rule_set.h"

namespace kg::rules {

// Steps of ICU's match engine (roughly milliseconds) and bytes of its backtracking stack.
inline constexpr int32_t kRegexTimeLimit = 1000;
inline constexpr int32_t kRegexStackLimit = 8 << 20;

std::unique_ptr<icu::RegexMatcher> bounded_matcher(const icu::RegexPattern& pattern, const std::string& rule,
                                                   const Location& where);

// After a match loop: a time-out or stack overflow is the rule's fault, named with its place.
void check_match(UErrorCode status, const std::string& rule, const Location& where);

// Runs `pattern` over long probe texts (runs of Han characters, quotes, digits): a runaway
// pattern fails here rather than in an extraction. Returns the problem, or "" when none.
std::string probe(const icu::RegexPattern& pattern);

}  // namespace kg::rules
