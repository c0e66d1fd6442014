#include "kg/extract/relations/slots.h"

#include <algorithm>
#include <array>

#include "kg/extract/mentions/mentions.h"
#include "kg/extract/places/place_levels.h"
#include "kg/text/utf8.h"

namespace kg::extract {

namespace {

constexpr std::size_t kMaxMembers = 30;  // an enumeration longer than this is a table, not a list

// Does a word of `words` end right where `m` begins?
bool follows_any(const std::vector<std::string>& words, const SentenceText& s, const Mention& m) {
  return any_word_ends_at(words, s, m.begin);
}

// Does one of `words` begin at `at` or a few characters on, before any punctuation (出资 in
// 万科集团积极响应并出资)?
bool starts_within(const std::vector<std::string>& words, const SentenceText& s, std::size_t at) {
  constexpr std::size_t kReach = 6;
  for (std::size_t k = at; k < s.size() && k <= at + kReach; ++k) {
    if (any_word_starts_at(words, s, k)) return true;
    if (!text::is_han(s.cps[k]) && !(s.cps[k] >= U'0' && s.cps[k] <= U'9')) return false;
  }
  return false;
}

// Is `m`, or the list `head` opens and `m` ends, passed over for the word before it (在西坝乡:
// where, not who)? Not when the slot's agent words follow it: 在A和B的通力协作下 names who acts.
bool passed_over(const rules::Slot& slot, const SentenceText& s, const Mention& head, const Mention& m) {
  return follows_any(slot.not_after, s, head) && !any_word_starts_at(slot.agent_before, s, m.end);
}

// Where the text goes on after a name: at `at`, or past an aside in brackets right after it
// (按“三统一”（统一规划、统一施工）要求): the aside explains the name and stands outside the sentence.
std::size_t past_aside(const SentenceText& s, std::size_t at) {
  constexpr std::size_t kLongest = 60;
  std::size_t k = at;
  while (k < s.size() && is_mark(s.cps[k])) ++k;
  if (k >= s.size() || (s.cps[k] != U'（' && s.cps[k] != U'(')) return at;
  for (std::size_t close = k + 1; close < s.size() && close - k <= kLongest; ++close)
    if (s.cps[close] == U'）' || s.cps[close] == U')') return close + 1;
  return at;
}

bool level_excluded(const rules::Slot& slot, const Mention& m) {
  return m.type == rules::kPlace && !slot.levels.empty() &&
         std::find(slot.levels.begin(), slot.levels.end(), m.level) == slot.levels.end();
}

bool allowed(const rules::Slot& slot, const Mention& m, const SentenceText& s) {
  if (std::find(slot.types.begin(), slot.types.end(), m.type) == slot.types.end()) return false;
  if (!m.acts && slot.role != rules::Role::target) return false;  // 美国 in news of a county: where, never who
  // 与上海某医药公司签订: a name before 某 says where an unnamed body is from; it takes no role.
  if (m.end < s.size() && s.cps[m.end] == U'某') return false;
  if (level_excluded(slot, m)) return false;
  if (!slot.not_before.empty() && starts_within(slot.not_before, s, m.end)) return false;
  if (!slot.before.empty() && !any_word_starts_at(slot.before, s, past_aside(s, m.end))) return false;
  return slot.not_after.empty() || !passed_over(slot, s, m, m);
}

bool is_stop_type(const rules::Slot& slot, const Mention& m) {
  return std::find(slot.stop_types.begin(), slot.stop_types.end(), m.type) != slot.stop_types.end();
}

// 大黄种植基地332亩、贝母种源基地10亩, 技术培训2.7万人次、技能鉴定9000余人: a member's size or
// reach may stand between it and the separator.
std::u32string after_size(const std::u32string& gap) {
  static const std::u32string_view kMeasures[] = {U"平方米", U"公里", U"千米", U"亩", U"个", U"座",   U"处",
                                                  U"只",     U"头",   U"吨",   U"户", U"米", U"人次", U"人"};
  std::size_t k = 0;
  while (k < gap.size() && ((gap[k] >= U'0' && gap[k] <= U'9') || gap[k] == U'.')) ++k;
  if (k == 0) return gap;
  if (k < gap.size() && gap[k] == U'万') ++k;
  if (k < gap.size() && (gap[k] == U'余' || gap[k] == U'多')) ++k;
  for (const auto measure : kMeasures)
    if (std::u32string_view(gap).substr(k, measure.size()) == measure) {
      const std::u32string rest = gap.substr(k + measure.size());
      return rest == U"、" || rest == U"和" || rest == U"及" ? rest : gap;
    }
  return gap;
}

// Words between two names that join them in one list; 联合, 会同 and 携手 join partners who act
// together as 与 does.
constexpr std::array<std::u32string_view, 10> kJoiners = {U"、", U"和", U"及",   U"与",   U"以及",
                                                          U"或", U"，", U"联合", U"会同", U"携手"};

// Text between two names that joins members of one enumeration.
// Quote and book-title marks around the names do not count: 《甲》《乙》 is a list of two.
bool is_separator(const SentenceText& s, std::size_t begin, std::size_t end) {
  if (end < begin) return false;  // overlapping names are no list
  std::u32string gap;
  for (std::size_t k = begin; k < end; ++k)
    if (!is_mark(s.cps[k])) gap += s.cps[k];
  gap = after_size(gap);
  if (gap.size() > 2) return false;
  return gap.empty() || std::find(kJoiners.begin(), kJoiners.end(), gap) != kJoiners.end();
}

// 实施A工程、雪峰河治理、B工程: one or two items between two names of a list that no rule
// names (words of a kind, a place and a work) are still items of it, and the list runs on.
bool skips_unnamed_items(const SentenceText& s, std::size_t begin, std::size_t end) {
  constexpr std::size_t kItems = 2, kItemLength = 20;
  if (end <= begin + 2 || s.cps[begin] != U'、' || s.cps[end - 1] != U'、') return false;
  std::size_t items = 0, length = 0;
  for (std::size_t k = begin + 1; k < end; ++k) {
    const char32_t c = s.cps[k];
    if (c == U'，' || c == U'。' || c == U'；' || c == U'：' || c == U'等') return false;
    if (c != U'、') {
      if (++length > kItemLength) return false;
      continue;
    }
    if (length == 0 || ++items > kItems) return false;
    length = 0;
  }
  return true;
}

// 贯彻落实A座谈会、B会议精神: a word of the slot's not-before list that ends the clause after a
// list (whatever else the list names) governs every member.
bool governs_list(const rules::Slot& slot, const SentenceText& s, std::size_t list_end) {
  if (slot.not_before.empty()) return false;
  std::size_t end = list_end;
  while (end < s.size() && s.cps[end] != U'，' && s.cps[end] != U'。' && s.cps[end] != U'；') ++end;
  return end > list_end && any_word_ends_at(slot.not_before, s, end);
}

// Where an aside in brackets that ends at `at` opens: 创评办（统战部、民宗局）与…: the names in
// the brackets say who the office is, and the subject stands before them. `at` when there is none.
std::size_t before_aside(const SentenceText& s, std::size_t at) {
  if (at == 0 || (s.cps[at - 1] != U'）' && s.cps[at - 1] != U')')) return at;
  const char32_t open = s.cps[at - 1] == U'）' ? U'（' : U'(';
  for (std::size_t k = at - 1; k-- > 0 && at - k <= 40;)
    if (s.cps[k] == open) return k;
  return at;
}

// The first name of the chain of places (在西坝乡团结村) or the list (向东坝县、西坝县) that
// names[i] ends: a word before it governs every member.
const Mention& group_head(const SentenceText& s, const std::vector<const Mention*>& names, std::size_t i) {
  while (i > 0 && names[i - 1]->end <= names[i]->begin &&
         ((names[i]->type == rules::kPlace && names[i - 1]->type == rules::kPlace &&
           names[i - 1]->end == names[i]->begin) ||
          (names[i - 1]->end < names[i]->begin && is_separator(s, names[i - 1]->end, names[i]->begin))))
    --i;
  return *names[i];
}

// Where the nearest of the slot's stop words (国家, 我们: actors that are no node) ends before
// `anchor` within `reach` characters; 0 when none does.
std::size_t stop_word_end(const rules::Slot& slot, std::size_t anchor, const SentenceText& s, std::size_t reach) {
  std::size_t found = 0;
  const std::size_t from = anchor > reach ? anchor - reach : 0;
  for (const auto& word : slot.stop) {
    const std::u32string w = to_u32(word);
    for (std::size_t end = anchor; end >= from + w.size() && end > found; --end)
      if (std::equal(w.begin(), w.end(), s.cps.begin() + static_cast<std::ptrdiff_t>(end - w.size()))) {
        found = end;
        break;
      }
  }
  return found;
}

// 为全县困难群众发放…, 向全县2300名困难群众发放…: a stop word in a phrase that one of `for_whom`
// (prepositions of benefit) opens is whom the act is for, no actor (为了 says a purpose).
bool stop_word_after_preposition(const rules::Slot& slot, const std::vector<std::string>& for_whom,
                                 const SentenceText& s, std::size_t stop) {
  constexpr std::size_t kPhrase = 10;
  const auto in_phrase = [](char32_t c) { return text::is_han(c) || (c >= U'0' && c <= U'9'); };
  std::size_t begin = stop;
  for (const auto& word : slot.stop)
    if (any_word_ends_at({word}, s, stop)) begin = std::min(begin, stop - to_u32(word).size());
  for (std::size_t at = begin; at > 0 && begin - at <= kPhrase && in_phrase(s.cps[at - 1]); --at)
    if (any_word_ends_at(for_whom, s, at)) return s.cps[at] != U'了';
  return false;
}

// 镇政府和驻村工作队筹集资金: a name listed right before the stop word that ends at `stop` acts
// with the unnamed actor, and takes the role for both.
bool listed_with_stop_word(const rules::Slot& slot, const SentenceText& s, const Mention& m, std::size_t stop) {
  for (const auto& word : slot.stop) {
    const std::size_t length = to_u32(word).size();
    if (length > stop || stop - length <= m.end || !any_word_ends_at({word}, s, stop)) continue;
    if (is_separator(s, m.end, stop - length)) return true;
  }
  return false;
}

// 建立健康档案、实施“三个一批”行动计划: after the cue, a stop word of the slot (another verb
// with an object of its own) before a name leaves the name to that verb.
bool stop_word_between(const rules::Slot& slot, const SentenceText& s, std::size_t from, std::size_t to) {
  for (std::size_t end = from + 1; end <= to; ++end)
    if (any_word_ends_at(slot.stop, s, end)) return true;
  return false;
}

// 打造利益共同体是青春脱贫行动的精髓: after 是 the clause says what the cue's clause is; a name
// there is no object of the cue (是否 asks, and goes on).
bool crosses_copula(const SentenceText& s, std::size_t from, std::size_t to) {
  for (std::size_t k = from; k < to; ++k)
    if (s.cps[k] == U'是' && (k + 1 >= s.size() || s.cps[k + 1] != U'否')) return true;
  return false;
}

// Characters between `anchor` and `at`, counted from the end of the frame's last money
// between them: in 投入资金500万元，实施A工程 the money stands between the verb and what it pays for.
// A quoted description before 的 counts for nothing (建立了“政府主导+第三方监管”的监管团队).
std::size_t gap_to(std::size_t anchor, std::size_t at, const std::vector<Amount>& money, const SentenceText& s) {
  std::size_t from = anchor;
  for (const auto& a : money)
    if (a.begin >= anchor && a.end <= at) from = std::max(from, a.end);
  std::size_t quoted = 0;
  for (std::size_t k = from; k < at; ++k) {
    if (s.cps[k] != U'“') continue;
    std::size_t close = k + 1;
    while (close < at && s.cps[close] != U'”') ++close;
    if (close + 1 < at && s.cps[close + 1] == U'的') quoted += close + 1 - k;
    k = close;
  }
  return at - from - quoted;
}

// A dash or a colon between two names: the second says what the first is.
bool is_apposition(const SentenceText& s, std::size_t begin, std::size_t end) {
  if (end < begin || end - begin > 2) return false;
  std::u32string gap(s.cps.begin() + static_cast<std::ptrdiff_t>(begin), s.cps.begin() + static_cast<std::ptrdiff_t>(end));
  return gap == U"——" || gap == U"—" || gap == U"：";
}

// 向雪川市东坝县捐赠: for a slot that takes the last place of a chain, the words before the
// chain's head, not before its last place, are the ones the slot asks for.
std::size_t chain_head(const rules::Slot& slot, const std::vector<const Mention*>& names, std::size_t i) {
  while (slot.innermost && i > 0 && names[i - 1]->type == names[i]->type && names[i - 1]->end == names[i]->begin) --i;
  return names[i]->begin;
}

// 完成“甲计划”和“乙工程”等农牧民实用技术培训: the kind a list closes with after 等 is a member
// of its own when it is a name.
void closing_kind(const rules::Slot& slot, const SentenceText& s, const std::vector<const Mention*>& names,
                  std::size_t last, Filled& f) {
  std::size_t at = f.anchor;
  while (at < s.size() && is_mark(s.cps[at])) ++at;
  if (at >= s.size() || s.cps[at] != U'等' || last + 1 >= names.size() || f.members.size() >= kMaxMembers) return;
  const Mention& kind = *names[last + 1];
  if (kind.begin != at + 1 || !allowed(slot, kind, s)) return;
  f.members.push_back(&kind);
  f.anchor = kind.end;
}

// Does text other than a list's joiners, 等, or another name (山南市措美县) run on right after `m`:
// its predicate?
bool opens_clause_after(const SentenceText& s, const std::vector<const Mention*>& names, const Mention& m) {
  if (m.end >= s.size() || !text::is_han(s.cps[m.end])) return false;
  const std::u32string_view rest(s.cps.data() + m.end, s.size() - m.end);
  const bool joined =
      rest.starts_with(U'等') ||
      std::any_of(kJoiners.begin(), kJoiners.end(), [&](std::u32string_view j) { return rest.starts_with(j); });
  const bool named = std::any_of(names.begin(), names.end(), [&](const Mention* n) { return n->begin == m.end; });
  return !joined && !named;
}

// The index of the name after names[last] that continues a list ending at `anchor`, or `last`
// when the list ends there.
std::size_t next_member(const rules::Slot& slot, const SentenceText& s, const std::vector<const Mention*>& names,
                        std::size_t last, std::size_t anchor) {
  // 援助甲建设，乙基地、丙已开工: a comma lists names of one type only (萨嘎县、昂仁县，措美县);
  // a name of another type after it opens the next clause, and so does one its predicate follows
  // (建立了甲学校、乙学院，丙大学开设…).
  const auto joins = [&](const Mention& next) {
    if (!is_separator(s, anchor, next.begin)) return false;
    const auto gap = std::u32string_view(s.cps.data() + anchor, next.begin - anchor);
    return gap.find(U'，') == std::u32string_view::npos ||
           (next.type == names[last]->type && !opens_clause_after(s, names, next));
  };
  if (last + 1 < names.size() && allowed(slot, *names[last + 1], s) && joins(*names[last + 1])) return last + 1;
  constexpr std::size_t kReach = 45;  // two unnamed items and their marks
  for (std::size_t k = last + 1; k < names.size() && names[k]->begin <= anchor + kReach; ++k)
    if (allowed(slot, *names[k], s) && skips_unnamed_items(s, anchor, names[k]->begin)) return k;
  return last;
}

}  // namespace

// 实施A、B、产业发展工程等10大工程: the list may run on past its last name found, through items
// no rule names, to the 等 and the count that close it, within the clause.
namespace {

// 等10大工程, and the kind before its count (等项目56个, 等基础设施项目12个): 等 at `k` closes a
// counted group.
bool counted_after(const SentenceText& s, std::size_t k) {
  constexpr std::size_t kKindBeforeCount = 8;
  if (k + 1 >= s.size() || s.cps[k] != U'等') return false;
  std::size_t count = k + 1;
  while (count < s.size() && count <= k + kKindBeforeCount && text::is_han(s.cps[count]) &&
         !text::is_numeral(s.cps[count]))
    ++count;
  std::size_t end = count;
  while (end < s.size() && text::is_numeral(s.cps[end])) ++end;
  if (end == count) return false;
  return count == k + 1 || (end < s.size() && (s.cps[end] == U'个' || s.cps[end] == U'项'));
}

}  // namespace

bool closes_counted_group(const SentenceText& s, std::size_t at) {
  constexpr std::size_t kUnnamedItems = 30;
  if (counted_after(s, at)) return true;
  if (at >= s.size() || s.cps[at] != U'、') return false;
  for (std::size_t k = at + 1; k < s.size() && k <= at + kUnnamedItems; ++k) {
    if (counted_after(s, k)) return true;
    if (crosses_clause(s, k, k + 1, true) || s.cps[k] == U'。') return false;
  }
  return false;
}

// 共投资1亿元实施援藏项目27个，重点打造A: money for a counted group of projects named between it
// and the target is the group's total; a count right before the target (实施703个A项目) counts
// the target itself.
bool counts_another_group(const SentenceText& s, std::size_t from, std::size_t target) {
  constexpr std::size_t kKindReach = 8;  // 27个重点援建项目: the words between a count and its kind
  static const std::vector<std::string> kWorks = {"项目", "工程"};
  const auto is_work = [&](std::size_t at) { return any_word_starts_at(kWorks, s, at); };
  for (std::size_t k = from; k < target; ++k) {
    if (!text::is_numeral(s.cps[k]) || (k > from && text::is_numeral(s.cps[k - 1]))) continue;
    std::size_t end = k;
    while (end < target && text::is_numeral(s.cps[end])) ++end;
    if (end >= target || (s.cps[end] != U'个' && s.cps[end] != U'项')) continue;
    if (end + 1 == target) continue;                   // counts the target
    if (k >= from + 2 && is_work(k - 2)) return true;  // 援藏项目27个
    for (std::size_t w = end + 1; w + 2 <= target && w <= end + kKindReach; ++w)
      if (is_work(w) && w + 2 < target) return true;  // 27个援建项目，…A
  }
  return false;
}

bool any_word_ends_at(const std::vector<std::string>& words, const SentenceText& s, std::size_t at) {
  return std::any_of(words.begin(), words.end(), [&](const std::string& word) {
    const std::u32string w = to_u32(word);
    return at >= w.size() && std::equal(w.begin(), w.end(), s.cps.begin() + static_cast<std::ptrdiff_t>(at - w.size()));
  });
}

bool any_word_starts_at(const std::vector<std::string>& words, const SentenceText& s, std::size_t at) {
  return std::any_of(words.begin(), words.end(), [&](const std::string& word) {
    const std::u32string w = to_u32(word);
    return at + w.size() <= s.size() && std::equal(w.begin(), w.end(), s.cps.begin() + static_cast<std::ptrdiff_t>(at));
  });
}

EntityRef ref(const Mention& m) {
  return {m.type, m.label};
}

// A gap a slot may not reach across: a clause ends at a semicolon, and for a slot that says so
// at a comma.
bool crosses_clause(const SentenceText& s, std::size_t begin, std::size_t end, bool comma_ends) {
  for (std::size_t k = begin; k < end; ++k)
    if (s.cps[k] == U'；' || (comma_ends && s.cps[k] == U'，')) return true;
  return false;
}

// 西坝县团结乡: a higher place written right before a lower one says where the lower one is.
bool opens_chain(const Mention& higher, const Mention& lower) {
  return higher.end == lower.begin && higher.type == rules::kPlace && lower.type == rules::kPlace &&
         level_rank(higher.level) < level_rank(lower.level);
}

std::vector<const Mention*> top_level(const std::vector<Mention>& mentions) {
  std::vector<const Mention*> out;
  for (const auto& m : mentions)
    if (!m.nested) out.push_back(&m);
  return out;
}

// The names listed before names[i] (甲、乙和丙). With `after` words the list ends at the farthest
// member that follows one of them: in 东坝县与雪川大学签订, 与 introduces the partner and joins no
// list, where 与南坪市、西坝县签订 lists two.
Filled enumerate_left(const rules::Slot& slot, const SentenceText& s, const std::vector<const Mention*>& names,
                      std::size_t i, Filled f) {
  const auto licensed = [&](const Filled& g) {
    return slot.after.empty() || any_word_ends_at(slot.after, s, g.anchor);
  };
  Filled longest = f;
  const Mention* next = names[i];  // the leftmost name taken so far, member or chain opener
  for (std::size_t j = i; slot.enumerate && f.members.size() < kMaxMembers && j-- > 0;) {
    const Mention& prev = *names[j];
    if (!allowed(slot, prev, s) || prev.end > f.anchor || !is_separator(s, prev.end, f.anchor)) break;
    // 西坝县团结乡: a higher place right before a lower one opens a chain, it is no list member;
    // the list goes on before the chain (东坝镇与西坝县团结乡结对).
    if (!opens_chain(prev, *next)) f.members.insert(f.members.begin(), &prev);
    next = &prev;
    f.anchor = prev.begin;
    if (licensed(f) || !licensed(longest)) longest = f;
  }
  longest.begin = std::min(longest.begin, longest.anchor);
  return longest;
}

namespace {

// 临泽县沙河镇西关村投入…: a chain of places acts as its lowest place; a higher one that opens a
// chain down to a place of a level the slot does not take is no actor of its own.
bool opens_excluded_chain(const rules::Slot& slot, const std::vector<const Mention*>& names, std::size_t i) {
  for (std::size_t j = i + 1; j < names.size() && opens_chain(*names[j - 1], *names[j]); ++j)
    if (level_excluded(slot, *names[j])) return true;
  return false;
}

}  // namespace

std::optional<Filled> fill_left(const rules::Slot& slot, std::size_t anchor, const SentenceText& s,
                                const std::vector<const Mention*>& names, const std::set<const Mention*>& objects,
                                const std::vector<std::string>& for_whom) {
  anchor = before_aside(s, anchor);
  std::size_t stop = stop_word_end(slot, anchor, s, slot.max_gap);
  if (stop > 0 && crosses_clause(s, stop, anchor, !slot.crosses_comma)) stop = 0;
  if (stop > 0 && stop_word_after_preposition(slot, for_whom, s, stop)) stop = 0;
  // 组委会开展…活动，向县政府捐赠…: with no name in reach, an actor that is no node earlier in the
  // sentence is who acts, and no name of the paragraph takes the role.
  const auto unnamed_actor = [&](std::size_t after) -> std::optional<Filled> {
    const std::size_t far = stop_word_end(slot, anchor, s, anchor - after);
    if (far > after && !crosses_clause(s, far, anchor, false)) return Filled{{}, anchor};
    return std::nullopt;
  };
  for (std::size_t i = names.size(); i-- > 0;) {
    const Mention& m = *names[i];
    if (m.end > anchor || opens_excluded_chain(slot, names, i)) continue;
    // A name ending with the stop word holds it; one listed before it acts with it.
    if (stop > 0 && m.end < stop && !listed_with_stop_word(slot, s, m, stop)) return Filled{{}, anchor};
    if (!slot.not_after.empty() && passed_over(slot, s, group_head(s, names, i), m)) continue;
    // 西藏兴边富民项目为达曼村投资…: a name of a stopping type nearer than any of the slot's is the
    // clause's actor, and no node of the role's types.
    if (is_stop_type(slot, m) && !crosses_clause(s, m.end, anchor, true) && anchor - m.end <= slot.max_gap)
      return Filled{{}, anchor};
    // An organisation or place that was the object of an earlier verb is not the subject of a
    // later one (走访A公司，开展B: B is run by the visitor). A program may be: 实施A工程，惠及B村.
    if (slot.role == rules::Role::source && m.type != rules::kProgram && objects.count(&m)) continue;
    if (anchor - m.end > slot.max_gap || crosses_clause(s, m.end, anchor, !slot.crosses_comma)) return unnamed_actor(m.end);
    if (!allowed(slot, m, s)) continue;
    return enumerate_left(slot, s, names, i, Filled{{&m}, m.begin, chain_head(slot, names, i)});
  }
  if (stop > 0) return Filled{{}, anchor};
  return unnamed_actor(0);
}

std::optional<Filled> fill_right(const rules::Slot& slot, std::size_t anchor, const SentenceText& s,
                                 const std::vector<const Mention*>& names, const std::vector<Amount>& money) {
  for (std::size_t i = 0; i < names.size(); ++i) {
    const Mention& first = *names[i];
    if (first.begin < anchor) continue;
    if (gap_to(anchor, first.begin, money, s) > slot.max_gap ||
        crosses_clause(s, anchor, first.begin, !slot.crosses_comma) || crosses_copula(s, anchor, first.begin) ||
        stop_word_between(slot, s, anchor, first.begin))
      return std::nullopt;
    if (slot.group_total && counts_another_group(s, anchor, first.begin)) return std::nullopt;
    // 成立由县委、县政府主要领导任组长的…: every member of a list after a not-after word is out.
    if (!slot.not_after.empty() && follows_any(slot.not_after, s, group_head(s, names, i))) continue;
    if (!allowed(slot, first, s)) continue;
    Filled f{{&first}, first.end, first.begin};
    std::size_t j = i;
    // 易地扶贫产业项目——奶牛养殖合作社、藏鸡养殖合作社: the names after a dash say what it is.
    if (j + 1 < names.size() && is_apposition(s, first.end, names[j + 1]->begin) && allowed(slot, *names[j + 1], s)) {
      f.members.back() = names[++j];
      f.anchor = names[j]->end;
    }
    // In a place chain (雪川市东坝县雪峰镇) the last, lowest place is the one meant.
    while (slot.innermost && j + 1 < names.size() && names[j + 1]->type == first.type &&
           names[j + 1]->begin == names[j]->end) {
      f.members.back() = names[++j];
      f.anchor = names[j]->end;
    }
    while (slot.enumerate && f.members.size() < kMaxMembers) {
      const std::size_t next = next_member(slot, s, names, j, f.anchor);
      if (next == j) break;
      j = next;
      f.members.push_back(names[j]);
      f.anchor = names[j]->end;
    }
    if (slot.enumerate) closing_kind(slot, s, names, j, f);
    if (slot.enumerate && governs_list(slot, s, f.anchor)) return std::nullopt;
    if (slot.group_total && closes_counted_group(s, f.anchor)) return std::nullopt;
    return f;
  }
  return std::nullopt;
}

// A slot with `after` words takes a name only right after one of them: 在 in 在团结村投入.
bool follows_required_word(const rules::Slot& slot, const SentenceText& s, const Filled& f) {
  return slot.after.empty() || any_word_ends_at(slot.after, s, f.begin);
}

}  // namespace kg::extract
