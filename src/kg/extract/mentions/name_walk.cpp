#include "kg/extract/mentions/name_walk.h"

#include <algorithm>

#include "kg/text/utf8.h"

namespace kg::extract {

namespace {

// Characters a name found by a suffix may hold. Organisation names keep quoted parts
// (东坝县人民医院“健康驿站”); places are plain Han.
bool is_name_char(const std::string& type, char32_t c) {
  if (text::is_han(c)) return true;
  if (type == rules::kProgram) return (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z');
  return type == rules::kOrganisation && (c == U'“' || c == U'”');
}

// 班夫（北京）文化传播有限公司, 完美（中国）有限公司: a company's seat in brackets inside its
// name, after the trade name. Where the opening bracket stands, or `end` when none does.
std::size_t bracketed_seat(const SentenceText& s, std::size_t end) {
  constexpr std::size_t kLongestSeat = 6;
  if (end < 3 || (s.cps[end - 1] != U'）' && s.cps[end - 1] != U')')) return end;
  std::size_t open = end - 1;
  while (open > 0 && end - open <= kLongestSeat + 1 && text::is_han(s.cps[open - 1])) --open;
  if (open == 0 || open == end - 1 || (s.cps[open - 1] != U'（' && s.cps[open - 1] != U'(')) return end;
  --open;
  return open > 0 && text::is_han(s.cps[open - 1]) ? open : end;
}

// A company's seat (完美（中国）有限公司) or a program's qualifier (建筑垃圾（渣土）专项整治行动).
bool passes_brackets(const rules::Suffix& suffix) {
  return suffix.trade_name || suffix.type == rules::kProgram;
}

// Does what runs from an earlier name to the next head of its kind join two names rather than
// name a unit of the first (北京电影学院动画学院, 浙江省电力公司嘉兴供电公司)? Nothing (医院医院: the
// head written twice) or 暨 (…大赛暨第六届…大赛) does.
bool joins_two_names(const SentenceText& s, std::size_t from, std::size_t to) {
  return from == to || s.cps[from] == U'暨';
}

// Where the brackets that `walk` passed over close.
std::size_t bracket_close(const SentenceText& s, const Walk& walk) {
  std::size_t close = *walk.seat;
  while (close < s.size() && s.cps[close] != U'）' && s.cps[close] != U')') ++close;
  return close;
}

// Where a walk left from `start` over a name's characters stops: at `floor`, a boundary, a
// character no name of the type holds, or `reach` characters from `anchor`.
std::size_t walk_name_chars(const SentenceText& s, const std::string& type, const std::vector<unsigned char>& blocked,
                            std::size_t floor, std::size_t start, std::size_t anchor, std::size_t reach) {
  while (start > floor && anchor - (start - 1) <= reach && !blocked[start - 1] && is_name_char(type, s.cps[start - 1]))
    --start;
  return start;
}

}  // namespace

// 中国（深圳）国际文化产业博览交易会, 中国(天津)职业技能公共实训中心: a national event or body
// held or seated in one city writes the city in brackets after 中国.
std::size_t past_national_seat(const SentenceText& s, std::size_t begin) {
  const std::size_t open = bracketed_seat(s, begin);
  constexpr std::u32string_view kNation = U"中国";
  if (open == begin || open < kNation.size()) return begin;
  const std::size_t nation = open - kNation.size();
  return std::u32string_view(&s.cps[nation], kNation.size()) == kNation ? nation : begin;
}

Walk walk_left(const SentenceText& s, const rules::Suffix& suffix, const std::vector<unsigned char>& blocked,
               std::size_t floor, std::size_t suffix_begin, const words::SentenceWords* words) {
  Walk walk{suffix_begin, std::nullopt};
  for (bool more = true; more;) {
    walk.begin = walk_name_chars(s, suffix.type, blocked, floor, walk.begin, suffix_begin, suffix.max_name);
    const std::size_t open = passes_brackets(suffix) ? bracketed_seat(s, walk.begin) : walk.begin;
    more = open < walk.begin && open > floor && suffix_begin - open <= suffix.max_name &&
           (suffix.trade_name || !words || words->qualifies_name(open, walk.begin - 1));
    if (more) walk = {open, open};
  }
  return walk;
}

std::size_t walk_past_limit(const SentenceText& s, const rules::Suffix& suffix,
                            const std::vector<unsigned char>& blocked, std::size_t floor, std::size_t begin,
                            std::size_t reach) {
  return walk_name_chars(s, suffix.type, blocked, floor, begin, begin, reach);
}

std::size_t over_bracketed_qualifier(const SentenceText& s, const words::SentenceWords& words, const Walk& walk,
                                     std::size_t begin, const std::vector<words::Span>& known) {
  if (!walk.seat || begin != bracket_close(s, walk) + 1) return begin;
  const std::size_t start = words.name_start(walk.begin, *walk.seat, words::SentenceWords::Kind::organisation, known);
  return start < *walk.seat ? start : begin;
}

std::size_t out_of_bracket(const SentenceText& s, const Walk& walk, std::size_t begin) {
  if (!walk.seat || begin < *walk.seat) return begin;
  const std::size_t close = bracket_close(s, walk);
  return begin <= close ? close + 1 : begin;
}

std::size_t after_same_head(const SentenceText& s, const std::vector<Mention>& found, const std::string& type,
                            std::size_t head_begin, std::size_t head_end) {
  std::size_t floor = 0;
  const std::size_t length = head_end - head_begin;
  if (length < 2) return floor;
  for (const auto& m : found)
    if (m.type == type && m.end <= head_begin && m.end - m.begin >= length &&
        std::equal(s.cps.begin() + static_cast<std::ptrdiff_t>(m.end - length),
                   s.cps.begin() + static_cast<std::ptrdiff_t>(m.end),
                   s.cps.begin() + static_cast<std::ptrdiff_t>(head_begin)) &&
        joins_two_names(s, m.end, head_begin))
      floor = std::max(floor, m.end);
  return floor;
}

}  // namespace kg::extract
