#include "kg/rules/bounded_regex.h"

#include <vector>

#include "kg/error.h"

namespace kg::rules {

std::unique_ptr<icu::RegexMatcher> bounded_matcher(const icu::RegexPattern& pattern, const std::string& rule,
                                                   const Location& where) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::RegexMatcher> matcher(pattern.matcher(status));
  if (U_SUCCESS(status)) matcher->setTimeLimit(kRegexTimeLimit, status);
  if (U_SUCCESS(status)) matcher->setStackLimit(kRegexStackLimit, status);
  if (U_FAILURE(status))
    throw Error(where.file, where.line, "rule '" + rule + "': ICU cannot run its regex (" + u_errorName(status) + ")");
  return matcher;
}

void check_match(UErrorCode status, const std::string& rule, const Location& where) {
  if (status == U_REGEX_TIME_OUT || status == U_REGEX_STACK_OVERFLOW)
    throw Error(where.file, where.line,
                "rule '" + rule + "': its regex " +
                    (status == U_REGEX_TIME_OUT ? "ran past ICU's time limit" : "overflowed ICU's stack") +
                    "; nested repetition such as (\\p{Han}+)+ backtracks without end: simplify it");
}

std::string probe(const icu::RegexPattern& pattern) {
  std::vector<icu::UnicodeString> texts;
  icu::UnicodeString han, quoted, mixed;
  for (int i = 0; i < 400; ++i) {
    han.append(static_cast<UChar>(0x4E00 + (i * 37) % 2000));
    mixed.append(static_cast<UChar>(i % 3 == 0 ? u'1' : 0x4E00 + (i * 37) % 2000));
  }
  quoted = icu::UnicodeString(u"“") + han + icu::UnicodeString(u"”");
  texts = {han, han + icu::UnicodeString(u"。"), quoted, mixed, icu::UnicodeString(u"《") + han};
  for (const auto& text : texts) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexMatcher> matcher(pattern.matcher(text, status));
    if (U_FAILURE(status)) return u_errorName(status);
    matcher->setTimeLimit(kRegexTimeLimit, status);
    matcher->setStackLimit(kRegexStackLimit, status);
    while (U_SUCCESS(status) && matcher->find(status)) {
    }
    if (status == U_REGEX_TIME_OUT) return "its regex runs past ICU's time limit on a long run of text";
    if (status == U_REGEX_STACK_OVERFLOW) return "its regex overflows ICU's stack on a long run of text";
  }
  return "";
}

}  // namespace kg::rules
