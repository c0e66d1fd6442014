#include "kg/extract/relations/amounts.h"
#include "kg/extract/relations/slots.h"
#include "kg/rules/bounded_regex.h"
#include "kg/rules/required_text.h"
#include "kg/text/utext.h"
#include "kg/text/utf8.h"

#include <unicode/regex.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string_view>

#include <memory>
#include "kg/extract/mentions/lexicon_matcher.h"

namespace kg::extract {

namespace {

std::string group_text(const SentenceText& s, const icu::RegexMatcher& m, const icu::RegexPattern& p, const char* name) {
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

int chinese_digit(char32_t c) {
  static constexpr std::u32string_view kDigits = U"零一二三四五六七八九";
  if (c == U'〇') return 0;
  if (c == U'两') return 2;
  const auto at = kDigits.find(c);
  return at == std::u32string_view::npos ? -1 : static_cast<int>(at);
}

// 一千二百五十 = 1250, 三亿五千万 = 350000000, 十五 = 15. Digits without units read positionally
// (一二三 = 123). Returns -1 for anything else.
double parse_chinese_number(const std::u32string& s) {
  double total = 0;    // completed 亿 groups
  double section = 0;  // below 亿, completed 万 groups
  double block = 0;    // below 万
  double digit = -1;
  bool positional = true;
  for (char32_t c : s) {
    const int d = chinese_digit(c);
    if (d >= 0) {
      digit = digit >= 0 && positional ? digit * 10 + d : d;
      continue;
    }
    positional = false;
    const double value = digit < 0 ? 1 : digit;
    switch (c) {
      case U'十':
        block += value * 10;
        break;
      case U'百':
        block += value * 100;
        break;
      case U'千':
        block += value * 1000;
        break;
      case U'万':
        section = (section + block + (digit < 0 ? 0 : digit)) * 10000;
        block = 0;
        break;
      case U'亿':
        total = (total + section + block + (digit < 0 ? 0 : digit)) * 100000000;
        section = block = 0;
        break;
      default:
        return -1;
    }
    if (c == U'万' || c == U'亿') {
      digit = -1;
      continue;
    }
    digit = -1;
  }
  return total + section + block + (digit < 0 ? 0 : digit);
}

double parse_number(std::string digits) {
  std::erase(digits, ',');
  const std::u32string cps = to_u32(digits);
  if (!cps.empty() && cps.front() >= U'0' && cps.front() <= U'9') return std::strtod(digits.c_str(), nullptr);
  return parse_chinese_number(cps);
}

}  // namespace

std::vector<Amount> find_amounts(const SentenceText& s, const rules::RuleSet& rules) {
  std::vector<Amount> out;
  const text::UTextPtr ut = text::open_utf8(s.bytes);
  for (const auto& pattern : rules.amount_patterns) {
    if (!rules::may_match(pattern.required, s.bytes, s.chars)) continue;
    rules::for_each_match(*pattern.compiled, ut.get(), pattern.id, pattern.where, [&](const icu::RegexMatcher& m) {
      const auto factor = unit_factor(rules, group_text(s, m, *pattern.compiled, "unit"));
      if (!factor) return;
      UErrorCode status = U_ZERO_ERROR;
      Amount a;
      a.begin = s.index_of_byte(static_cast<std::size_t>(m.start64(status)));
      a.end = s.index_of_byte(static_cast<std::size_t>(m.end64(status)));
      const double number = parse_number(group_text(s, m, *pattern.compiled, "number"));
      if (number <= 0) return;
      // In whole fen: 5.1亿 is 510000000, not the 509999999.99999994 that 5.1 * 1e8 gives.
      a.yuan = std::round(number * *factor * 100) / 100;
      a.approximate = !group_text(s, m, *pattern.compiled, "approx").empty();
      out.push_back(a);
    });
  }
  std::sort(out.begin(), out.end(), [](const Amount& x, const Amount& y) { return x.begin < y.begin; });
  return out;
}

namespace {

// 今年 is the document's year; 去年, 前年 and 明年 count from it. Without the document's year
// they are years not known (0), which no year stated earlier in the paragraph stands for.
void add_relative_years(const SentenceText& s, std::optional<int> this_year, std::vector<YearMention>& out) {
  static const std::vector<std::pair<std::u32string, int>> kRelative = {
      {U"今年", 0}, {U"去年", -1}, {U"前年", -2}, {U"明年", 1}};
  for (std::size_t i = 0; i + 2 <= s.size(); ++i)
    for (const auto& [word, offset] : kRelative)
      if (s.cps[i] == word[0] && s.cps[i + 1] == word[1]) out.push_back({i, this_year ? *this_year + offset : 0});
}

}  // namespace

std::optional<int> shared_year(const SentenceText& s, const std::vector<YearMention>& years) {
  static const std::vector<std::string> kDating = {"成立", "建成",     "始建", "创建", "创办",
                                                   "出生", "参加工作", "入党", "毕业"};
  for (auto y = years.rbegin(); y != years.rend(); ++y) {
    std::size_t at = y->begin;
    while (at < s.size() && s.cps[at] != U'年') ++at;
    ++at;  // past 年 (今年 too)
    while (at < s.size() && (text::is_numeral(s.cps[at]) || s.cps[at] == U'月' || s.cps[at] == U'日')) ++at;
    if (!any_word_starts_at(kDating, s, at)) return y->year;
  }
  return std::nullopt;
}

bool spans_years(const SentenceText& s, const std::vector<std::string>& span_words) {
  return std::any_of(span_words.begin(), span_words.end(),
                     [&](const std::string& w) { return s.bytes.find(w) != std::string_view::npos; });
}

std::vector<YearMention> find_years(const SentenceText& s, std::optional<int> this_year) {
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
  add_relative_years(s, this_year, out);
  std::sort(out.begin(), out.end(), [](const YearMention& a, const YearMention& b) { return a.begin < b.begin; });
  return out;
}

}  // namespace kg::extract
