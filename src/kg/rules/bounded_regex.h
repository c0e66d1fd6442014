// Every rule regex runs within ICU's time and stack limits, so that a runaway pattern such as
// (\p{Han}+)+$ fails with its rule's file and line instead of hanging on one sentence.
//
//   kg::rules::for_each_match(*pattern.compiled, utext, pattern.id, pattern.where,
//                             [&](const icu::RegexMatcher& m) { ... });   // throws kg::Error on a runaway
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

// Calls on_match(matcher) for every match of `pattern` in `text`, within the limits.
template <class OnMatch>
void for_each_match(const icu::RegexPattern& pattern, UText* text, const std::string& rule, const Location& where,
                    OnMatch&& on_match) {
  const auto matcher = bounded_matcher(pattern, rule, where);
  UErrorCode status = U_ZERO_ERROR;
  matcher->reset(text);
  while (matcher->find(status) && U_SUCCESS(status)) on_match(static_cast<const icu::RegexMatcher&>(*matcher));
  check_match(status, rule, where);
}

// Runs `pattern` over long probe texts (runs of Han characters, quotes, digits): a runaway
// pattern fails here rather than in an extraction. Returns the problem, or "" when none.
std::string probe(const icu::RegexPattern& pattern);

}  // namespace kg::rules
