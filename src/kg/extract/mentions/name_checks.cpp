// The checks a candidate name passes before it is kept: compound words around its suffix,
// generic words, listed divisions, the body a quoted unit belongs to, and the words around a
// name that make it a count, a verb or a document issued.
#include <algorithm>

#include "kg/extract/mentions/mentions.h"
#include "kg/text/utf8.h"

namespace kg::extract {

using rules::kOrganisation;
using rules::kPlace;

// 委 in 居委会 or 委员会 is no suffix of its own: a longer suffix covers it and runs on past it.
bool EntityRecognizer::inside_longer_suffix(const SentenceText& s, std::size_t suffix_begin, std::size_t end) const {
  for (std::size_t k = suffix_begin >= 3 ? suffix_begin - 3 : 0; k <= suffix_begin; ++k) {
    const auto match = suffixes_.longest_at(s.cps, k);
    if (match.length > 0 && k + match.length > end) return true;
  }
  return false;
}

// An official division's name stays a place where a compound word runs on from its suffix into
// a body's (加木村党支部: 村党 | 支部 elsewhere), so that the body takes the place's whole name; so does a
// county's that ends in a compound (东城区, 房山区). Villages are too many to outweigh a compound
// that ends with them (新农村, 小城镇).
bool EntityRecognizer::is_listed_place(const SentenceText& s, std::size_t begin, std::size_t suffix_begin,
                                       std::size_t end, const std::string& type) const {
  if (type != kPlace || divisions_ == nullptr || end - begin < 3) return false;
  const auto listed = divisions_->find(s.slice(begin, end));
  if (listed.empty()) return false;
  if (!generic_words_.compound_ends_before(s, suffix_begin, end, type)) return opens_body_at(s, end);
  return std::any_of(listed.begin(), listed.end(),
                     [&](std::uint32_t i) { return divisions_->division(i).level <= gazetteer::Level::county; });
}

// 改造嘉黎县: common words (改造, which the dictionary reads as a noun) run into the name of a
// county or a higher division; the place starts at the official name, unless the whole is one.
// Only whole common words go (示范县 holds no 范县, 堆龙德庆县 no 德庆县), and only before a name of
// three characters or more: 文化兴县 and 清单和县 are phrases, not 兴县 and 和县.
std::size_t EntityRecognizer::official_start(const SentenceText& s, const words::SentenceWords& words,
                                             std::size_t begin, std::size_t suffix_begin, std::size_t end) const {
  if (divisions_ == nullptr || !divisions_->find(s.slice(begin, end)).empty()) return begin;
  constexpr std::size_t kShortest = 3;  // 嘉黎县; 和县 is too often a phrase's end
  const auto official = [&](std::size_t from) {
    if (end - from < kShortest) return false;
    const auto listed = divisions_->find(s.slice(from, end));
    return std::any_of(listed.begin(), listed.end(),
                       [&](std::uint32_t i) { return divisions_->division(i).level <= gazetteer::Level::county; });
  };
  for (std::size_t from = begin; from < suffix_begin;) {
    const std::size_t next = words.word_end(from);
    if (next == from || next >= suffix_begin || !words.is_common_word(from, next)) break;
    if (official(next)) return next;
    from = next;
  }
  return begin;
}

// Is the suffix `match` found one that ends names of `type`?
bool EntityRecognizer::ends_names_of(const WordMatcher::Match& match, const std::string& type) const {
  return match.length > 0 && std::any_of(match.payloads->begin(), match.payloads->end(),
                                         [&](int i) { return name_ends_[static_cast<std::size_t>(i)].type == type; });
}

// Does an organisation's suffix start at `at` (党支部 after 加木村)?
bool EntityRecognizer::opens_body_at(const SentenceText& s, std::size_t at) const {
  return ends_names_of(suffixes_.longest_at(s.cps, at), kOrganisation);
}

namespace {

// Does [begin, end) hold a formula (“人工智能+法院”)?
bool holds_formula(const SentenceText& s, std::size_t begin, std::size_t end) {
  return std::any_of(s.cps.begin() + static_cast<std::ptrdiff_t>(begin),
                     s.cps.begin() + static_cast<std::ptrdiff_t>(end),
                     [](char32_t c) { return c == U'+' || c == U'＋'; });
}

}  // namespace

// “…救国协会”, “…国家级文化生态保护区”, “全域旅游无垃圾”示范区: a quoted name that ends in a
// body's or a site's suffix of two characters or more, or that one follows, names that body or
// site, no program; a formula (“人工智能+法院”) is a way of working.
bool EntityRecognizer::quote_names_body_or_site(const SentenceText& s, std::size_t begin, std::size_t end) const {
  if (end < 2 || !is_close_quote(s.cps[end - 1]) || holds_formula(s, begin, end)) return false;
  const auto names_one = [&](const WordMatcher::Match& match) {
    return match.length >= 2 && (ends_names_of(match, kOrganisation) || ends_names_of(match, kPlace));
  };
  return names_one(suffixes_.longest_ending_at(s.cps, end - 1)) || names_one(suffixes_.longest_at(s.cps, end));
}

// “三江”流域, “…协会”, “红色代办员”: a quote that holds a place's name alone qualifies what
// follows it, and one that names a body, a site or a person's role names no program.
bool EntityRecognizer::quotes_no_program(const SentenceText& s, const words::SentenceWords* words, std::size_t begin,
                                         std::size_t end) const {
  static constexpr std::u32string_view kRoles = U"员师";
  const bool quoted = end > begin + 2 && is_open_quote(s.cps[begin]) && is_close_quote(s.cps[end - 1]);
  if (quoted && words && words->is_place_word(begin + 1, end - 1)) return true;
  if (quoted && kRoles.find(s.cps[end - 2]) != std::u32string_view::npos) return true;
  return quote_names_body_or_site(s, begin, end);
}

// 东坝县人民医院“教培中心”: a quoted name right after a body is that body's unit, whatever
// its words; the start of the parent when so.
std::optional<std::size_t> EntityRecognizer::quoted_unit_parent(const SentenceText& s,
                                                                const std::vector<Mention>& found,
                                                                std::size_t suffix_begin, std::size_t end) {
  if (end >= s.size() || s.cps[end] != U'”') return std::nullopt;
  std::size_t open = suffix_begin;
  while (open > 0 && suffix_begin - open < 12 && text::is_han(s.cps[open - 1])) --open;
  if (open == 0 || s.cps[open - 1] != U'“' || open == suffix_begin) return std::nullopt;
  for (const auto& m : found)
    if (m.type == kOrganisation && m.end + 1 == open) return m.begin;
  return std::nullopt;
}

// “嘎跃”宗教活动: a program a pattern found that ends in a compound word (a kind of activity)
// is that kind, whatever opens it; so is one whose last word runs on into one (“…”家政服务中心,
// where 服务 ends the pattern and no suffix). Patterns for bodies name their own heads.
bool EntityRecognizer::ends_in_compound(const SentenceText& s, std::size_t begin, std::size_t end,
                                        const std::string& type) const {
  if (type != rules::kProgram) return false;
  const std::size_t last_two = std::min<std::size_t>(2, end - begin);  // the last word, where no suffix ends
  const std::size_t length = std::max(suffixes_.longest_ending_at(s.cps, end).length, last_two);
  return end - begin > length && generic_words_.in_compound(s, end - length, end, type);
}

namespace {

// Where the divisions in a row that open at `begin` end before `limit` (西藏 and 全区 standing for
// it), or `begin`.
std::size_t division_chain_end(const std::vector<Mention>& found, std::size_t begin, std::size_t limit) {
  std::size_t end = begin;
  for (std::size_t from = begin;; from = end) {
    for (const auto& m : found)
      if (m.type == kPlace && m.level != "other" && m.begin == from && m.end < limit) end = std::max(end, m.end);
    if (end == from) return end;
  }
}

}  // namespace

// 城关区经济社会建设, 东坝县乡村建设, 西藏全区基础设施建设: a place (or places in a row, a word
// such as 全区 standing for one) and a kind of work name no program; each place does such work.
bool EntityRecognizer::is_generic_after_place(const SentenceText& s, const std::vector<Mention>& found,
                                              std::size_t begin, std::size_t end) const {
  const std::size_t after = division_chain_end(found, begin, end);
  return after != begin && generic_words_.is_generic(s, after, end);
}

bool EntityRecognizer::is_generic(const Mention& m) const {
  const std::u32string label = to_u32(m.label);
  return label.size() < 2 || generic_words_.is_generic({label.begin(), label.end()});
}

// 海南藏族自治州, 海南州: a place of the lexicon (海南, the province) that opens the longer name of
// another official division written right there is no mention of its own.
bool EntityRecognizer::opens_longer_division(const SentenceText& s, std::size_t begin, std::size_t end,
                                             const std::vector<int>& entries) const {
  const auto& entry = rules_.lexicon[static_cast<std::size_t>(entries.front())];
  if (!divisions_ || entry.type != kPlace) return false;
  const std::size_t last = std::min(s.size(), begin + divisions_->longest_key());
  for (std::size_t k = end + 1; k <= last; ++k) {
    if (!text::is_han(s.cps[k - 1])) return false;
    // Division names end in a level character (州, 县, 区): only there is a lookup worth making.
    if (scopes_.is_level_char(s.cps[k - 1]) && !divisions_->find(s.slice(begin, k)).empty()) return true;
  }
  return false;
}

// 为贫困家庭建设了光伏项目, 孩子学会了说汉语: a name's last word with an aspect particle after it,
// as a word of its own, is the clause's verb; 了 that closes the sentence (改成总公司了。) is the
// sentence's.
bool EntityRecognizer::ends_in_verb(const SentenceText& s, const words::SentenceWords& words, const Mention& m) const {
  const auto aspect = aspects_.find(m.type);
  if (aspect == aspects_.end()) return false;
  const std::size_t length = aspect->second.longest_at(s.cps, m.end).length;
  const std::size_t after = m.end + length;
  static constexpr std::u32string_view kEnds = U"。！？!?”";
  const bool closes = after >= s.size() || kEnds.find(s.cps[after]) != std::u32string_view::npos;
  return length > 0 && words.is_word(m.end, after) && !closes;  // not 了 of 了解
}

// 出台中职学校机构编制标准: a name right after a verb that issues or sets up what it names.
// Between the verb and the name: 了, a place, an ordinal or a count, or names of the same type
// listed before it (出台甲标准、乙标准); or a phrase ending in 的 that says who leads it or how
// it works (成立了以市长为组长的专项工作小组, 组建了“政府主导+第三方监管”的运营监管团队).
bool EntityRecognizer::follows_founding(const SentenceText& s, const std::vector<Mention>& found,
                                        const std::string& type, std::size_t begin) const {
  const auto founding = founding_.find(type);
  if (founding == founding_.end()) return false;
  if (founded_right_before(s, found, type, begin, founding->second)) return true;
  constexpr std::size_t kReach = 30;
  if (begin < 2 || s.cps[begin - 1] != U'的') return false;
  for (std::size_t k = begin - 1; k-- > 0 && begin - k <= kReach;) {
    const char32_t c = s.cps[k];
    if (c == U'，' || c == U'。' || c == U'；' || c == U'：') return false;
    if (founding->second.longest_ending_at(s.cps, k).length > 0) return true;  // 成立|以, 组建|了
  }
  return false;
}

// 资源税的开征, 医疗救助工作: one of the words right after the name, or after its 的.
bool EntityRecognizer::followed_by_frame(const SentenceText& s, std::size_t end,
                                         const std::vector<std::u32string>& words) {
  if (words.empty()) return false;
  if (end < s.cps.size() && s.cps[end] == U'的') ++end;
  const std::u32string_view rest(s.cps.data() + end, s.cps.size() - end);
  return std::any_of(words.begin(), words.end(), [&](const std::u32string& w) { return rest.starts_with(w); });
}

bool EntityRecognizer::founded_right_before(const SentenceText& s, const std::vector<Mention>& found,
                                            const std::string& type, std::size_t begin,
                                            const WordMatcher& founding) const {
  static constexpr std::u32string_view kBetween = U"了起第";  // 出台了, 建起, 第一座
  std::size_t at = begin;
  while (at > 0) {
    const char32_t c = s.cps[at - 1];
    if (kBetween.find(c) != std::u32string_view::npos || is_numeral(c)) {
      --at;
      continue;
    }
    if (const std::size_t measure = classifiers_.longest_ending_at(s.cps, at).length; measure > 0) {
      at -= measure;  // 一座, 两所: the count's measure word
      continue;
    }
    const bool listed = (c == U'、' || c == U'和') && at > 1;
    const std::size_t name_end = listed ? at - 1 : at;
    const auto skipped = std::find_if(found.begin(), found.end(), [&](const Mention& m) {
      return m.end == name_end && (listed ? m.type == type : m.type == kPlace);
    });
    if (skipped == found.end()) break;
    at = skipped->begin;
  }
  return founding.longest_ending_at(s.cps, at).length > 0;
}

// 加木村党支部…成立了扶贫综合合作社, 该县…组成便民服务队: the place of the sentence's first
// actor before a body it founds (a place or a body's own place, not one after 在 or 向 that says
// where), below a province. None where the sentence names no such place.
const Mention* EntityRecognizer::founder_place(const SentenceText& s, const std::vector<Mention>& found,
                                               std::size_t begin) {
  static constexpr std::u32string_view kWhere = U"在于向赴到从至";
  const Mention* first = nullptr;
  for (const auto& m : found)
    if (m.type == rules::kPlace && m.level != "other" && m.end <= begin && (!first || m.begin < first->begin))
      first = &m;
  // A province's bodies of a kind are many (西藏自治区篮球队): the founder is a city's or a county's.
  if (!first || first->level == "province" ||
      (first->begin > 0 && kWhere.find(s.cps[first->begin - 1]) != std::u32string_view::npos))
    return nullptr;
  // 巴宜区百巴镇拉格村: a chain of places names the last one.
  for (bool more = true; more;) {
    const auto next = std::find_if(found.begin(), found.end(), [&](const Mention& m) {
      return m.type == rules::kPlace && m.level != "other" && m.begin == first->end && m.end <= begin;
    });
    more = next != found.end();
    if (more) first = &*next;
  }
  return first;
}

// 生态环境保护项目150个, 规模以上企业20家: a name followed by its count, which ends the clause,
// names a kind of many. A count before a noun counts a list the name is an item of (…、甘南州
// 畜牧学校三所学校).
bool EntityRecognizer::is_tallied(const SentenceText& s, const Mention& m) const {
  const auto tally = tallies_.find(m.type);
  if (tally == tallies_.end()) return false;
  std::size_t at = m.end;
  while (at < s.size() && is_numeral(s.cps[at])) ++at;
  const std::size_t length = at > m.end ? tally->second.longest_at(s.cps, at).length : 0;
  return length > 0 && (at + length == s.size() || !text::is_han(s.cps[at + length]));
}

namespace {

// Where the title opened at `open` closes, or npos when another opens first or none closes.
std::size_t title_close(const SentenceText& s, std::size_t open) {
  for (std::size_t i = open + 1; i < s.size(); ++i) {
    if (s.cps[i] == U'》') return i;
    if (s.cps[i] == U'《') break;
  }
  return std::string::npos;
}

// The title whose marks are open at `at`, as the position of its 《, or npos.
std::size_t open_title_at(const SentenceText& s, std::size_t at) {
  std::size_t open = std::string::npos;
  for (std::size_t i = 0; i < at; ++i) {
    if (s.cps[i] == U'《') open = i;
    if (s.cps[i] == U'》') open = std::string::npos;
  }
  return open;
}

}  // namespace

// 《海南国际旅游岛村庄特色风貌规划建设指引》: book-title marks hold one name, a document's, a
// book's or a song's; a program found in part of a title, or running into one, is a cut.
bool EntityRecognizer::cuts_a_title(const SentenceText& s, const Mention& m) {
  if (m.type != rules::kProgram) return false;
  const std::size_t open = open_title_at(s, m.begin);
  if (open != std::string::npos) {
    const std::size_t close = title_close(s, open);
    return m.begin > open + 1 || (close != std::string::npos && m.end < close);
  }
  for (std::size_t i = m.begin; i < m.end; ++i) {
    if (s.cps[i] != U'《') continue;
    const std::size_t close = title_close(s, i);
    if (close == std::string::npos || close >= m.end) return true;
  }
  return false;
}

// 2所县幼儿园, 两家公司: a number and its measure word right before a name count a kind of body
// (第二所 is an ordinal and 一所 an article: each names one).
bool EntityRecognizer::counted_before(const SentenceText& s, const Mention& m) const {
  const auto tally = tallies_before_.find(m.type);
  if (tally == tallies_before_.end() || m.begin < 2) return false;
  const std::size_t length = tally->second.longest_ending_at(s.cps, m.begin).length;
  if (length == 0 || m.begin - length < 1) return false;
  std::size_t first = m.begin - length;
  if (!is_numeral(s.cps[first - 1])) return false;
  while (first > 0 && is_numeral(s.cps[first - 1])) --first;
  // 建成一座察隅木碗博物馆: one of them is the one the name names.
  const std::size_t digits = m.begin - length - first;
  if (digits == 1 && (s.cps[first] == U'一' || s.cps[first] == U'1')) return false;
  return first == 0 || s.cps[first - 1] != U'第';
}

// 五乡一镇, 一寺四村: counts of divisions and sites in a row, read as a place by its last level,
// name no place.
bool EntityRecognizer::counts_places(const SentenceText& s, const Mention& m) {
  static constexpr std::u32string_view kCounted = U"省市州县区乡镇村寺寨哨";
  const auto is_counted = [&](std::size_t at) { return kCounted.find(s.cps[at]) != std::u32string_view::npos; };
  return m.type == kPlace && m.end >= m.begin + 4 && is_counted(m.end - 1) && is_numeral(s.cps[m.end - 2]) &&
         is_counted(m.end - 3) && is_numeral(s.cps[m.end - 4]);
}

// 开展“订单”培训: a quoted span that is one common word of the dictionary (quotes aside) of at
// most `longest` characters.
bool EntityRecognizer::is_plain_word(const SentenceText& s, const words::SentenceWords& words, std::size_t begin,
                                     std::size_t end, std::size_t longest) {
  while (begin < end && is_mark(s.cps[begin])) ++begin;
  while (end > begin && is_mark(s.cps[end - 1])) --end;
  return end > begin && end - begin <= longest && words.is_common_word(begin, end);
}

namespace {

// Does a verb of two characters or more stand in [from, to) (列入, 严格执行)?
bool holds_verb(const words::SentenceWords& words, std::size_t from, std::size_t to) {
  for (std::size_t k = from; k < to; k = std::max(k + 1, words.word_end(k)))
    if (words.predicate_end(k) > k && words.predicate_end(k) <= to) return true;
  return false;
}

}  // namespace

// 中华慈善总会, 新龙县森林公安局, 首都师范大学团委: a department whose name opens with no place's
// level is still named by what tells it from others (a place, a body, a name), with no verb
// before its head, and the head a word of its own that runs into no compound word (not 全国政协,
// 学科协作, 华侨联合会).
bool EntityRecognizer::named_without_level(const SentenceText& s, const words::SentenceWords& words,
                                           const std::vector<words::Span>& known, std::size_t begin,
                                           std::size_t head_begin, std::size_t head_end) const {
  constexpr std::size_t kOnlyDistinctive = 99;  // no count of common words will do
  if (generic_words_.compound_runs_past(s, head_begin + 1, head_end, rules::kOrganisation)) return false;
  return words.is_distinctive_part(begin, head_begin, known, kOnlyDistinctive) &&
         !holds_verb(words, begin, head_begin) && words.word_end(head_begin) != head_begin;
}

}  // namespace kg::extract
