#include "kg/extract/amounts.h"

#include <unicode/regex.h>
#include <unicode/utext.h>

#include <cstdlib>
#include <memory>

namespace kg::extract {

namespace {

struct UTextCloser {
  void operator()(UText* t) const { utext_close(t); }
};

std::string group_text(const SentenceText& s, icu::RegexMatcher& m, const icu::RegexPattern& p, const char* name) {
  UErrorCode status = U_ZERO_ERROR;
  const int32_t g = p.groupNumberFromName(icu::UnicodeString(name), status);
  if (U_FAILURE(status)) return "";
  const int64_t b = m.start64(g, status);
  const int64_t e = m.end64(g, status);
  if (U_FAILURE(status) || b < 0) return "";
  return std::string(s.bytes.substr(static_cast<std::size_t>(b), static_cast<std::size_t>(e - b)));
}

std::optional<double> unit_factor(const rules::RuleSet& rules, const std::string& unit) {
  for (const auto& u : rules.money_units)
    if (u.text == unit) return u.factor;
  return std::nullopt;
}

double parse_number(std::string digits) {
  std::erase(digits, ',');
  return std::strtod(digits.c_str(), nullptr);
}

}  // namespace

std::vector<Amount> find_amounts(const SentenceText& s, const rules::RuleSet& rules) {
  std::vector<Amount> out;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UText, UTextCloser> ut(
      utext_openUTF8(nullptr, s.bytes.data(), static_cast<int64_t>(s.bytes.size()), &status));
  for (const auto& pattern : rules.amount_patterns) {
    status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexMatcher> m(pattern.compiled->matcher(status));
    if (U_FAILURE(status)) continue;
    m->reset(ut.get());
    while (m->find(status) && U_SUCCESS(status)) {
      const auto factor = unit_factor(rules, group_text(s, *m, *pattern.compiled, "unit"));
      if (!factor) continue;
      Amount a;
      a.begin = s.index_of_byte(static_cast<std::size_t>(m->start64(status)));
      a.end = s.index_of_byte(static_cast<std::size_t>(m->end64(status)));
      a.yuan = parse_number(group_text(s, *m, *pattern.compiled, "number")) * *factor;
      a.approximate = !group_text(s, *m, *pattern.compiled, "approx").empty();
      out.push_back(a);
    }
  }
  return out;
}

std::vector<YearMention> find_years(const SentenceText& s) {
  std::vector<YearMention> out;
  for (std::size_t i = 0; i + 4 < s.size(); ++i) {
    bool digits = true;
    int year = 0;
    for (std::size_t k = i; k < i + 4; ++k) {
      digits = digits && s.cps[k] >= U'0' && s.cps[k] <= U'9';
      year = year * 10 + static_cast<int>(s.cps[k] - U'0');
    }
    const bool starts_number = i == 0 || s.cps[i - 1] < U'0' || s.cps[i - 1] > U'9';
    if (digits && starts_number && s.cps[i + 4] == U'年' && year >= 1900 && year <= 2100) out.push_back({i, year});
  }
  return out;
}

}  // namespace kg::extract
