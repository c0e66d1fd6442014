// What the part of a name before its suffix holds: the places and bodies found inside it and
// the words that only say what kind of body it is.
#include <algorithm>
#include <initializer_list>
#include <string_view>

#include "kg/extract/mentions/mentions.h"

namespace kg::extract {

// An organisation's name that holds a place starts at its first place: 协助西坝县人民医院 is
// 西坝县人民医院, and a branch at the body it belongs to. Unchanged when a place opens the name
// or none lies inside it.
std::size_t EntityRecognizer::start_at_place(const std::vector<Mention>& found, std::size_t begin,
                                             std::size_t name_end) const {
  std::size_t first = name_end;
  for (const auto& m : found)
    if (m.type == rules::kPlace && m.begin >= begin && m.end <= name_end) first = std::min(first, m.begin);
  if (first == name_end) return begin;
  // 经农行青海分行: a body the lexicon names right before the place is whose branch it is.
  for (const auto& m : found)
    if (m.type == rules::kOrganisation && m.end == first && lexicon_name_ids_.count(m.rule)) return m.begin;
  return first;
}

// 东坝县资源税: where a name part starts past the places that open it, for a suffix whose names
// are the same in every place: the places say where it is levied or run, not which it is.
std::size_t EntityRecognizer::past_places(const std::vector<Mention>& found, std::size_t begin, std::size_t name_end) {
  for (bool more = true; more;) {
    const auto place = std::find_if(found.begin(), found.end(), [&](const Mention& m) {
      return m.type == rules::kPlace && m.begin == begin && m.end < name_end;
    });
    more = place != found.end();
    if (more) begin = place->end;
  }
  return begin;
}

// 阿里地区中心血站刘伟山南市扎囊县人民医院: in a list of people and their bodies, one body's
// name and a person's run on into the next body. A place two to four characters after a whole
// body, with no word of the dictionary between (附属 is one), starts a body of its own; so does
// one right after 暨, which joins two names. 驻 says where a body's team is stationed
// (林芝市委办驻团结村工作队): one name.
std::size_t EntityRecognizer::past_listed_body(const SentenceText& s, const std::vector<Mention>& found,
                                               const words::SentenceWords& words, std::size_t begin,
                                               std::size_t suffix_begin) {
  static constexpr std::size_t kPersonName = 4;
  const auto covered = [&](std::size_t from, std::size_t to) {
    return std::any_of(found.begin(), found.end(), [&](const Mention& m) { return m.begin < to && m.end > from; });
  };
  const auto person_between = [&](std::size_t from, std::size_t to) {
    const auto gap = std::u32string_view(s.cps.data() + from, to - from);
    return gap.size() >= 2 && gap.size() <= kPersonName && gap.find(U'驻') == std::u32string_view::npos &&
           !covered(from, to) && !words.is_word(from, to);
  };
  std::size_t start = begin;
  for (const auto& body : found) {
    if (body.type != rules::kOrganisation || body.begin < begin || body.end >= suffix_begin) continue;
    for (const auto& place : found) {
      if (place.type != rules::kPlace || place.begin <= body.end || place.begin >= suffix_begin) continue;
      const bool joined = place.begin == body.end + 1 && s.cps[body.end] == U'暨';
      if (!joined && !person_between(body.end, place.begin)) continue;
      start = std::max(start, place.begin);
    }
  }
  return start;
}

// 作者中国传媒大学, 全球多边贸易体制根基国务院新闻办公室: a body of the nation's own starts at
// the word that opens it; common words before it are another phrase. A place or a body before
// it is whose branch or seat it is (墨西哥中国文化中心, 四川大学中国藏学研究所), and a bracket
// holds a seat (完美（中国）有限公司).
std::size_t EntityRecognizer::at_national_word(const SentenceText& s, const words::SentenceWords& words,
                                               const std::vector<Mention>& found, std::size_t begin,
                                               std::size_t suffix_begin) const {
  for (const words::Word& w : words.words()) {
    if (w.end <= begin) continue;
    if (w.begin >= suffix_begin) break;
    const std::size_t at = w.begin;
    if (at > begin && nationals_.longest_at(s.cps, at).length > 0)
      return s.cps[at - 1] == U'（' || s.cps[at - 1] == U'(' || holds_name(found, begin, at) ? begin : at;
    // The segmenter reads many foreign places as persons' names (尼泊尔, 莫斯科); a place or a
    // person of one character is a guess of its model on a stray character (永 in 李永毅).
    const bool whole = w.end - w.begin > 1;
    const bool seat = w.tag == words::Tag::place_name || w.tag == words::Tag::org_name || w.tag == words::Tag::person;
    if (seat && whole) return begin;
  }
  return begin;
}

// 东坝县民政局完善救助机制, 古巴共产党完善交往机制, 林芝市展开环境综合整治: a body's or a
// division's name and the verb after it are a clause's subject and predicate; the program is the
// verb's object, and its name starts after it. A site's name opens a program's (景区提升改造项目).
std::size_t EntityRecognizer::past_body_predicate(const std::vector<Mention>& found, const words::SentenceWords& words,
                                                  std::size_t begin, std::size_t suffix_begin) {
  std::size_t start = begin;
  for (const auto& body : found) {
    const bool subject = body.type == rules::kOrganisation || (body.type == rules::kPlace && body.level != "other");
    if (!subject || body.begin < begin || body.end >= suffix_begin) continue;
    const std::size_t after = words.predicate_end(body.end);
    if (after > body.end && after < suffix_begin) start = std::max(start, after);
  }
  return start;
}

namespace {

// 全县沙漠化治理: a word that points at the place in scope (全县, 本市) is every such work's
// there, and tells none from others of its kind.
std::vector<words::Span> without_pointers(const std::vector<Mention>& found, const std::vector<words::Span>& known) {
  std::vector<words::Span> named;
  for (const auto& span : known)
    if (std::none_of(found.begin(), found.end(),
                     [&](const Mention& m) { return m.deictic && m.begin == span.first && m.end == span.second; }))
      named.push_back(span);
  return named;
}

}  // namespace

// 双语幼儿园, 文化活动: a common noun phrase with nothing that tells it from others of its kind
// names none, unless the sentence founds it (加木村党支部成立了扶贫综合合作社): then it is that one
// body, named after the place of who founds it (`m` takes that scope). A place and words that
// class bodies name a class (湖南省三甲医院).
bool EntityRecognizer::names_one(const SentenceText& s, const words::SentenceWords& words,
                                 const std::vector<Mention>& found, const rules::Suffix& suffix, std::size_t begin,
                                 std::size_t suffix_begin, const std::vector<words::Span>& known, Mention& m) const {
  if (kind_words_.sorts_into_kinds(s, words, suffix.type, suffix.text, begin, suffix_begin)) return false;
  const auto descriptors = kind_words_.descriptors(s, words, suffix.type, begin, suffix_begin);
  if (!suffix.is_head && m.scope_level.empty() &&
      !words.is_distinctive_part(begin, suffix_begin, known, suffix.min_words, descriptors, suffix.word_alone,
                                 suffix.editions)) {
    const Mention* founder = suffix.type == rules::kOrganisation && follows_founding(s, found, suffix.type, begin)
                                 ? founder_place(s, found, begin)
                                 : nullptr;
    if (!founder) return false;
    m.scope_level = founder->level;
    m.scope_head = m.label;
  }
  constexpr std::size_t kOnlyDistinctive = 99;  // no count of common words will do
  constexpr bool kEditionsTell = true;          // 第四届运动会 is one of a series
  m.common = suffix.common_framed && m.scope_level.empty() &&
             !words.is_distinctive_part(begin, suffix_begin, without_pointers(found, known), kOnlyDistinctive,
                                        descriptors, suffix.word_alone, kEditionsTell);
  return !m.scope_level.empty() || !kind_words_.names_a_class(s, words, found, suffix.type, begin, suffix_begin);
}

// “养生局”: a body's name wholly inside quotes is a figure of speech, unless it holds a place
// (“吞巴乡藏香农民专业合作社”) or the sentence founds it.
bool EntityRecognizer::is_figure_of_speech(const SentenceText& s, const std::vector<Mention>& found, std::size_t begin,
                                           std::size_t suffix_begin, std::size_t stop) const {
  return begin > 0 && s.cps[begin - 1] == U'“' && stop < s.size() && s.cps[stop] == U'”' &&
         !holds_place(found, begin, suffix_begin) && !follows_founding(s, found, rules::kOrganisation, begin - 1);
}

// “全国文明单位”称号, “东坝县先进寺庙管理委员会”荣誉称号: a name inside the quotes of an honour is
// the honour's title, not a body or a work.
bool EntityRecognizer::names_an_honour(const SentenceText& s, std::size_t begin, std::size_t stop) const {
  constexpr std::size_t kReach = 30;
  std::size_t close = stop;
  while (close < s.size() && close - stop < kReach && !is_open_quote(s.cps[close]) && !is_close_quote(s.cps[close]))
    ++close;
  if (close >= s.size() || !is_close_quote(s.cps[close])) return false;
  std::size_t open = begin;
  while (open > 0 && begin - open < kReach && !is_open_quote(s.cps[open - 1]) && !is_close_quote(s.cps[open - 1]))
    --open;
  return open > 0 && is_open_quote(s.cps[open - 1]) && honours_.longest_at(s.cps, close + 1).length > 0;
}

namespace {

// Where the longest division (or body, with `bodies`) found so far that starts at `at` ends within
// `end`, or `at`.
std::size_t name_end_at(const std::vector<Mention>& found, std::size_t at, std::size_t end, bool bodies = true) {
  std::size_t next = at;
  for (const auto& m : found)
    if (((m.type == rules::kPlace && m.level != "other") || (bodies && m.type == rules::kOrganisation)) &&
        m.begin == at && m.end <= end)
      next = std::max(next, m.end);
  return next;
}

// Where the division found so far, or else the word the dictionary reads as a place's name, that
// starts at `at` ends within `end`, or `at`.
std::size_t place_end_at(const words::SentenceWords& words, const std::vector<Mention>& found, std::size_t at,
                         std::size_t end) {
  constexpr bool kBodies = false;
  const std::size_t division = name_end_at(found, at, end, kBodies);
  if (division > at) return division;
  const std::size_t word = words.word_end(at);
  return word <= end && words.is_place_word(at, word) ? word : at;
}

}  // namespace

// Do divisions and bodies found so far cover [begin, end) end to end (日喀则市白朗县 before 计划)? A
// site is no such name: 世界第三极国家公园总体规划 is a plan.
bool EntityRecognizer::only_names_before(const std::vector<Mention>& found, std::size_t begin, std::size_t end) {
  std::size_t at = begin;
  while (at < end) {
    const std::size_t next = name_end_at(found, at, end);
    if (next == at) return false;
    at = next;
  }
  return begin < end;
}

// Do places and bodies alone stand before `end`, or after a word of where or whither, places and
// words that class a kind (到宜昌 and 在重庆免费 before 培训: where a training is held, and how;
// 位于拉萨河谷中心; 走进遂宁 before 活动: a visit to the city)? 进 closes verbs too (推进, 引进):
// after them a place and kind words name no work either. There the dictionary's place names count
// too: a bare city's name the text never links, which elsewhere names events (杭州峰会, 黄寺论坛).
// A body before the place makes the name a unit's (在…市场监管局青龙所).
bool EntityRecognizer::only_places_before(const SentenceText& s, const words::SentenceWords* words,
                                          const std::vector<Mention>& found, const std::string& type, std::size_t begin,
                                          std::size_t end) const {
  if (only_names_before(found, begin, end)) return true;
  static constexpr std::u32string_view kWhereWords = U"在到赴去来于往进";
  if (!words || begin == 0 || kWhereWords.find(s.cps[begin - 1]) == std::u32string_view::npos) return false;
  const auto descriptors = kind_words_.descriptors(s, *words, type, begin, end);
  bool placed = false;
  for (std::size_t at = begin; at < end;) {
    const std::size_t place = place_end_at(*words, found, at, end);
    const auto kind =
        std::find_if(descriptors.begin(), descriptors.end(), [&](const words::Span& d) { return d.first == at; });
    if (place > at) {
      placed = true;
      at = place;
    } else if (kind != descriptors.end()) {
      at = kind->second;
    } else {
      return false;
    }
  }
  return placed;
}

// 拉格村的藏中医理疗室: a division and 的 right before a name say whose it is (全县的幼儿园 are
// all the county's, no one of them).
const Mention* EntityRecognizer::own_place(const SentenceText& s, const std::vector<Mention>& found,
                                           std::size_t begin) {
  if (begin < 2 || s.cps[begin - 1] != U'的') return nullptr;
  const auto place = std::find_if(found.begin(), found.end(), [&](const Mention& m) {
    return m.type == rules::kPlace && m.level != "other" && !m.deictic && m.end == begin - 1;
  });
  return place == found.end() ? nullptr : &*place;
}

namespace {

// Does [begin, name_end) hold a mention of one of `types` found so far (该县 counted or not)?
bool holds(const std::vector<Mention>& found, std::size_t begin, std::size_t name_end,
           std::initializer_list<std::string_view> types, bool deictic) {
  return std::any_of(found.begin(), found.end(), [&](const Mention& m) {
    return std::find(types.begin(), types.end(), m.type) != types.end() && (deictic || !m.deictic) &&
           m.begin >= begin && m.end <= name_end;
  });
}

}  // namespace

bool EntityRecognizer::holds_place(const std::vector<Mention>& found, std::size_t begin, std::size_t name_end) {
  return holds(found, begin, name_end, {rules::kPlace}, true);
}

bool EntityRecognizer::holds_name(const std::vector<Mention>& found, std::size_t begin, std::size_t name_end) {
  return holds(found, begin, name_end, {rules::kPlace, rules::kOrganisation}, false);
}

// 并通报国家卫生计生委: a body the lexicon names whole ends the name at [begin, end) after common
// words of the dictionary (通报, read as a noun; 最近, 希望) or other bodies it names whole
// (全国政协中央军委: two bodies in a row): those are no part of its name. A place or a proper
// name before it may be (美国国务院, 尼泊尔国家旅游局 are no Chinese bodies).
bool EntityRecognizer::ends_named_body(const std::vector<Mention>& found, const words::SentenceWords* words,
                                       std::size_t begin, std::size_t end) const {
  if (!words) return false;
  const auto is_named_body = [&](const Mention& m) {
    return m.type == rules::kOrganisation && lexicon_name_ids_.count(m.rule);
  };
  // Where a body the lexicon names whole that starts at `at` ends, no later than `limit`.
  const auto named_body_end = [&](std::size_t at, std::size_t limit) {
    std::size_t stop = at;
    for (const auto& m : found)
      if (is_named_body(m) && m.begin == at && m.end <= limit) stop = std::max(stop, m.end);
    return stop;
  };
  return std::any_of(found.begin(), found.end(), [&](const Mention& m) {
    if (!is_named_body(m) || m.end != end || m.begin <= begin) return false;
    for (std::size_t at = begin; at < m.begin;) {
      if (const std::size_t body_end = named_body_end(at, m.begin); body_end > at) {
        at = body_end;
        continue;
      }
      const std::size_t next = words->word_end(at);
      if (next == at || next > m.begin || !words->is_common_word(at, next)) return false;
      at = next;
    }
    return true;
  });
}

// 安全生产知识和管理能力培训, 扶贫领域腐败和作风问题专项治理: two short parts joined by 和, 与
// or 及 before one program word name one program. A part that is a name of its own, a body or
// a place, or a kind of work alone (宣传和培训) is an item of a list. (Parts joined by 、 are
// items of a list far more often than parts of a name: 基础设施、公共服务、生态建设.)
std::size_t EntityRecognizer::joined_start(const SentenceText& s, const words::SentenceWords& words,
                                           const std::vector<unsigned char>& blocked, std::size_t begin,
                                           std::size_t suffix_begin, std::size_t end,
                                           const std::vector<words::Span>& known,
                                           const std::vector<Mention>& found) const {
  static constexpr std::u32string_view kJoiners = U"和与及";
  static constexpr std::size_t kShort = 6;
  if (begin < 3 || begin >= suffix_begin || suffix_begin - begin < 2 || suffix_begin - begin > kShort) return begin;
  const std::size_t joiner = begin - 1;
  if (kJoiners.find(s.cps[joiner]) == std::u32string_view::npos) return begin;
  std::size_t start = joiner;
  while (start > 0 && joiner - start < kShort + 2 && !blocked[start - 1] && text::is_han(s.cps[start - 1])) --start;
  start = words.name_start(start, joiner, words::SentenceWords::Kind::program, known);
  // 结果和问题防治预案, 联系和专题培训: a part of one common word is an item of a list.
  if (start + 2 > joiner || joiner - start > kShort || only_names_before(found, start, joiner) ||
      holds_place(found, start, joiner) || !words.is_distinctive_part(start, joiner, known, 2, {}))
    return begin;
  if (ends_in_program_word(s, joiner)) return begin;  // 座谈会和培训: two events
  // 经济和基础设施建设, 生态和民生工程: the second part is a kind of work alone; a list of kinds.
  return generic_words_.is_generic(s, begin, end) ? begin : start;
}

namespace {

// 温江区第四批对口援助…: where the round of a team (第四批) that ends at `at` opens, or `at`.
std::size_t before_round(const SentenceText& s, std::size_t at) {
  if (at == 0 || s.cps[at - 1] != U'批') return at;
  std::size_t k = at - 1;
  while (k > 0 && text::is_numeral(s.cps[k - 1])) --k;
  return k > 0 && k < at - 1 && s.cps[k - 1] == U'第' ? k - 1 : at;
}

// 感知中国—中国西部文化…行: the text [from, to) again at `again`, before `limit`, restates it.
bool restated(const SentenceText& s, std::size_t from, std::size_t to, std::size_t again, std::size_t limit) {
  const auto at = [&](std::size_t i) { return s.cps.begin() + static_cast<std::ptrdiff_t>(i); };
  return again + (to - from) <= limit && std::equal(at(from), at(to), at(again));
}

// Where the chain of places that ends at `end` opens (北京市东城区 before a name), or `end`.
std::size_t place_chain_start(const std::vector<Mention>& found, std::size_t end) {
  std::size_t start = end;
  for (bool more = true; more;) {
    more = false;
    for (const auto& m : found)
      if (m.type == rules::kPlace && m.end == start && m.begin < start) {
        start = m.begin;
        more = true;
      }
  }
  return start;
}

}  // namespace

// 北京对口支援玉树指挥部, 温江区第四批对口援助色达工作队: a team or a command named by the place it
// comes from and its mission (kind="mission") starts at that place, or its chain, or at the
// mission itself; mission words still end the names of bodies of other kinds (湖南省援助雪川市
// 人民医院). `begin` when no mission stands before it.
std::size_t EntityRecognizer::mission_start(const SentenceText& s, const std::vector<Mention>& found,
                                            const rules::Suffix& suffix, std::size_t begin,
                                            std::size_t suffix_begin) const {
  if (!mission_heads_.count(suffix.text)) return begin;
  const auto mission = missions_.longest_ending_at(s.cps, begin);
  if (mission.length == 0) return begin;
  const std::size_t at = before_round(s, begin - mission.length);
  const std::size_t start = place_chain_start(found, at);
  // 成立对口帮扶宁夏领导小组: with no place before it, the mission opens the name when the place it
  // serves tells the team from others (对口支援工作领导小组 alone names no one).
  if (start < at) return start;
  return holds_place(found, begin, suffix_begin) ? at : begin;
}

// 乌鲁木齐至奎屯改扩建工程, 中国—南亚博览会, 西藏-尼泊尔旅游推介会: a program's name that opens
// with a place right after 至 or a dash, another place right before it, names the route or the
// pair of them; it opens with the first place (and the chain of places it ends). A place is one
// found or a word the dictionary reads as a place's name.
std::size_t EntityRecognizer::route_start(const SentenceText& s, const words::SentenceWords& words,
                                          const std::vector<Mention>& found, std::size_t begin,
                                          std::size_t suffix_begin) {
  static constexpr std::u32string_view kJoiners = U"至—－-";
  if (begin < 3 || kJoiners.find(s.cps[begin - 1]) == std::u32string_view::npos ||
      kJoiners.find(s.cps[begin - 2]) != std::u32string_view::npos)
    return begin;
  const auto place_at = [&](std::size_t at) {
    const std::size_t word_end = words.word_end(at);
    return std::any_of(found.begin(), found.end(),
                       [&](const Mention& m) { return m.type == rules::kPlace && m.begin == at; }) ||
           (word_end <= suffix_begin && words.is_place_word(at, word_end));
  };
  const std::size_t joiner = begin - 1;
  std::size_t first = place_chain_start(found, joiner);
  if (first == joiner) {
    const std::size_t word_begin = words.word_begin(joiner - 1);
    if (words.is_place_word(word_begin, joiner)) first = word_begin;
  }
  return first < joiner && !restated(s, first, joiner, begin, suffix_begin) && place_at(begin) ? first : begin;
}

// Does a program word end right before `end` (座谈会 in 座谈会和培训; not 所 in 厕所)?
bool EntityRecognizer::ends_in_program_word(const SentenceText& s, std::size_t end) const {
  return ends_names_of(suffixes_.longest_ending_at(s.cps, end), rules::kProgram);
}

// Where an organisation's name that holds a place starts: at its first place, at a trade name
// before it (中国移动西藏有限公司, `branded`), or at an opener right before it (驻城关街道…工作队,
// though the words read 驻 as a verb of its own; 团 of the Youth League's 团甘南州委).
EntityRecognizer::PlacedStart EntityRecognizer::placed_start(const SentenceText& s, const std::vector<Mention>& out,
                                                             const words::SentenceWords* words,
                                                             const std::vector<unsigned char>& blocked,
                                                             std::size_t floor, std::size_t begin,
                                                             std::size_t suffix_begin) const {
  std::size_t at_place = start_at_place(out, begin, suffix_begin);
  const std::size_t brand = words && at_place > begin ? words->brand_before(at_place) : at_place;
  const bool branded = brand >= begin && brand < at_place;
  if (branded) at_place = brand;
  // The opener is a word of its own: 团 in 团甘南州委, not the last syllable of 集团.
  const bool opener = at_place > floor && !blocked[at_place - 1] && opens_name(rules::kOrganisation, s, at_place - 1) &&
                      (!words || words->is_word(at_place - 1, at_place));
  if (!opener || (at_place == begin && !holds_place(out, at_place, suffix_begin))) return {at_place, branded};
  return {nation_before(s, blocked, floor, at_place - 1), branded};
}

// 中国驻尼泊尔大使馆: the nation's own word before 驻 says whose mission it is, where a place's
// name would (东坝县驻北京办事处).
std::size_t EntityRecognizer::nation_before(const SentenceText& s, const std::vector<unsigned char>& blocked,
                                            std::size_t floor, std::size_t opener) const {
  const std::size_t length = nationals_.longest_ending_at(s.cps, opener).length;
  if (length == 0 || opener < floor + length) return opener;
  const std::size_t at = opener - length;
  for (std::size_t k = at; k < opener; ++k)
    if (blocked[k]) return opener;
  return at;
}

}  // namespace kg::extract
