// Names that a suffix ends (东坝县人民医院, 农牧民技能培训): read from the suffix leftwards, then
// settled by the words, the place in scope and what the name part holds.
#include "kg/extract/mentions/blocks.h"
#include "kg/extract/mentions/mentions.h"
#include "kg/extract/mentions/name_walk.h"

#include <algorithm>
#include <map>
#include <set>

#include "kg/text/utf8.h"

namespace kg::extract {

namespace {

using rules::kOrganisation;
using rules::kPlace;

// A sub-unit in brackets right after an organisation belongs to it: 消防救援站（新训队）. A bracket
// that an alias rule's joiner opens (（以下简称领导小组）) gives a short form, no unit.
std::size_t extend_over_subunit(const SentenceText& s, std::size_t end, const WordMatcher& suffixes,
                                const WordMatcher& alias_joiners) {
  if (end >= s.size() || s.cps[end] != U'（' || alias_joiners.longest_at(s.cps, end).length > 0) return end;
  for (std::size_t k = end + 2; k < s.size() && k <= end + 10; ++k) {
    if (s.cps[k] == U'）') return suffixes.longest_ending_at(s.cps, k).length > 0 ? k + 1 : end;
    if (!text::is_han(s.cps[k])) return end;
  }
  return end;
}

// 阿扎镇5村, 多玛乡一村: villages a township numbers rather than names. The start of the
// township's name, when one ends right before the number; a number before 村 anywhere else
// counts villages (全县5村).
std::optional<std::size_t> numbered_village_start(const SentenceText& s, const std::vector<Mention>& found,
                                                  std::size_t suffix_begin) {
  static constexpr std::u32string_view kNotOrdinal = U"余数两几多";
  std::size_t k = suffix_begin;
  while (k > 0 && suffix_begin - k < 3 && is_numeral(s.cps[k - 1]) &&
         kNotOrdinal.find(s.cps[k - 1]) == std::u32string_view::npos)
    --k;
  if (k == suffix_begin) return std::nullopt;
  for (const auto& m : found)
    if (m.type == kPlace && m.level == "township" && m.end == k) return m.begin;
  return std::nullopt;
}

// 阿扎镇5村党支部: a body of a numbered village takes the village's whole name, number and all.
std::size_t numbered_village_before(const std::vector<Mention>& found, std::size_t suffix_begin) {
  for (const auto& m : found)
    if (m.rule == kNumberedVillage && m.end == suffix_begin) return m.begin;
  return suffix_begin;
}

words::SentenceWords::Kind word_kind(const std::string& type) {
  using Kind = words::SentenceWords::Kind;
  return type == kPlace ? Kind::place : type == kOrganisation ? Kind::organisation : Kind::program;
}

// Places and organisations found so far that end before `at`: whole words in a longer name.
std::vector<words::Span> names_before(const std::vector<Mention>& found, std::size_t at) {
  std::vector<words::Span> spans;
  for (const auto& m : found)
    if ((m.type == kPlace || m.type == kOrganisation) && m.end <= at) spans.emplace_back(m.begin, m.end);
  return spans;
}

}  // namespace

void EntityRecognizer::add_suffix_names(const SentenceText& s, const Blocks& blocks, const words::SentenceWords* words,
                                        std::vector<Mention>& out) const {
  std::map<std::string, std::size_t> last_end;  // per type: end of the last name kept
  for (std::size_t end = 1; end <= s.size(); ++end) {
    const auto match = suffixes_.longest_ending_at(s.cps, end);
    if (match.length == 0) continue;
    std::set<std::string> done;  // the longest suffix of each type wins at this end
    for (int index : *match.payloads) {
      const auto& suffix = name_ends_[static_cast<std::size_t>(index)];
      if (!done.insert(suffix.type).second) continue;
      const std::size_t suffix_begin = end - match.length;
      if (suffix.type == kPlace && suffix.level == "village") {
        if (const auto township = numbered_village_start(s, out, suffix_begin)) {
          out.push_back(make_mention(s, *township, end, suffix.type, suffix.level, std::string(kNumberedVillage)));
          continue;
        }
      }
      auto m =
          read_suffix(s, blocks, words, out, SuffixReading{suffix, index, suffix_begin, end}, last_end[suffix.type]);
      if (!m) continue;
      last_end[suffix.type] = m->end;
      out.push_back(std::move(*m));
    }
  }
}

// The name a suffix at [r.suffix_begin, r.end) ends, if any: walked left to where the characters
// allow, then settled by the words, by the place in scope and by what the name part holds.
std::optional<Mention> EntityRecognizer::read_suffix(const SentenceText& s, const Blocks& blocks,
                                                     const words::SentenceWords* words, const std::vector<Mention>& out,
                                                     SuffixReading r, std::size_t last_end) const {
  const rules::Suffix& suffix = r.suffix;
  const std::vector<unsigned char>& blocked = blocks.of(suffix.type);
  // 百余所, 数十所, 两家: a count of bodies, its measure word read as a suffix.
  // 三支队 stays: a unit numbered in a longer suffix.
  if (r.end - r.suffix_begin == 1 && blocked[r.suffix_begin] != 0 && r.suffix_begin > 0 &&
      is_numeral(s.cps[r.suffix_begin - 1]))
    return std::nullopt;
  // 该院, 该局: the body a sentence before named, no name of its own.
  if (r.suffix_begin > 0 && s.cps[r.suffix_begin - 1] == U'该') return std::nullopt;
  r.floor = name_floor(s, out, suffix, r.suffix_begin, r.end, last_end);
  r.walk = walk_left(s, suffix, blocked, r.floor, r.suffix_begin, words);
  r.begin = r.walk.begin;
  // An opener may still open a place name that is too short without it: 向 in 向阳村.
  if (suffix.type == kPlace && r.begin < r.suffix_begin && r.suffix_begin - r.begin + 1 == suffix.min_name &&
      r.begin > r.floor && opens_name(kPlace, s, r.begin - 1))
    --r.begin;
  if (suffix.type == kOrganisation)
    if (const auto parent = quoted_unit_parent(s, out, r.suffix_begin, r.end))
      return make_mention(s, *parent, r.end, suffix.type, suffix.level, suffix.id);
  if (words) r.known = names_before(out, r.suffix_begin);
  if (words && !read_words(s, blocks, *words, out, r)) return std::nullopt;
  // A suffix that needs a founding word or a frame word names nothing without words.
  const bool needs_frame = suffix.needs_founding || !suffix.followed_by.empty();
  if (needs_frame && !r.founded) return std::nullopt;
  if (!settle_start(s, blocks, words, out, r)) return std::nullopt;
  return accept_name(s, words, out, r);
}

// Where a name part of the suffix may reach at the most: the end of the last name of its type
// and of every name of its type before it.
std::size_t EntityRecognizer::name_floor(const SentenceText& s, const std::vector<Mention>& out,
                                         const rules::Suffix& suffix, std::size_t suffix_begin, std::size_t end,
                                         std::size_t last_end) const {
  std::size_t floor = suffix.stops_at_same_type ? last_end : 0;
  floor = std::max(floor, after_same_head(s, out, suffix.type, suffix_begin, end));
  // A name part never runs into a lexicon name of its type, nor a place into an organisation.
  for (const auto& m : out)
    if (suffix.stops_at_same_type && m.end <= suffix_begin &&
        (m.type == suffix.type || (suffix.type == kPlace && m.type == kOrganisation)))
      floor = std::max(floor, m.end);
  return floor;
}

// What the words say of the suffix and the name before it: whether the suffix ends a word that
// may end a name, where the name starts, and whether a founding or frame word stands by it.
bool EntityRecognizer::read_words(const SentenceText& s, const Blocks& blocks, const words::SentenceWords& words,
                                  const std::vector<Mention>& out, SuffixReading& r) const {
  const rules::Suffix& suffix = r.suffix;
  // Sites (景区, 公园, 基地) are named like bodies, not like divisions: 丰富旅游景区 is no name.
  const bool worded = suffix.type != kPlace || suffix.level == "other";
  if (worded && !words.ends_name(r.suffix_begin, r.end)) return false;
  // 分两队出发, 开一站: a count read by the segmenter as one word is no body's head.
  if (suffix.type != kPlace && words.in_count(r.suffix_begin)) return false;
  // 推广政府购买服务, 希望政府: the organs of a place are named by their place; right after a verb
  // the head is its object.
  if (suffix.shared && words.follows_verb(r.suffix_begin)) return false;
  const std::size_t walked = r.begin;
  r.begin = words.name_start(r.begin, r.suffix_begin, word_kind(worded ? kOrganisation : suffix.type), r.known);
  if (suffix.type == rules::kProgram) {
    const auto start =
        start_past_limit(s, words, suffix, blocks.of(suffix.type), r.floor, r.walk, r.begin, r.suffix_begin, r.known);
    if (!start) return false;
    r.begin = *start;
  }
  r.founded = (suffix.needs_founding && follows_founding(s, out, suffix.type, walked)) ||
              followed_by_frame(s, r.end, frame_words_[static_cast<std::size_t>(r.index)]);
  if (suffix.type == rules::kProgram) {
    r.begin = over_bracketed_qualifier(s, words, r.walk, r.begin, r.known);
    if (!suffix.names_clause) r.begin = past_body_predicate(out, words, r.begin, r.suffix_begin);
    r.begin = joined_start(s, words, blocks.of(suffix.type), r.begin, r.suffix_begin, r.end, r.known, out);
    r.begin = route_start(s, words, out, r.begin, r.suffix_begin);
  }
  if (suffix.trade_name && holds_place(out, walked, r.suffix_begin))
    r.begin = std::min(r.begin, start_at_place(out, walked, r.suffix_begin));
  // The trade name before the seat starts where the words say it does.
  if (suffix.trade_name && r.walk.seat)
    r.begin = words.name_start(walked, *r.walk.seat, words::SentenceWords::Kind::organisation, r.known);
  return true;
}

// Where the name starts once the place in scope, the bodies and the marks before it are
// settled; false where the text before the head names every body of a level or no name is left.
bool EntityRecognizer::settle_start(const SentenceText& s, const Blocks& blocks, const words::SentenceWords* words,
                                    const std::vector<Mention>& out, SuffixReading& r) const {
  const rules::Suffix& suffix = r.suffix;
  if (suffix.type == kOrganisation) r.begin = std::min(r.begin, numbered_village_before(out, r.suffix_begin));
  // 所 before what is done is the particle (大师斗尕所创作), unless a place or body opens the name
  // (自治区疾控中心免疫规划所开展…).
  if (words && words->may_be_particle_suo(r.suffix_begin, r.end) &&
      std::none_of(r.known.begin(), r.known.end(),
                   [&](const words::Span& k) { return k.first >= r.begin && k.second <= r.suffix_begin; }))
    return false;
  r.branded = suffix.trade_name && r.walk.seat.has_value();
  r.scope = settle_scope(s, words, out, r);
  if (r.scope.level == ScopeWords::kEveryBody) return false;
  if (r.scope.level == "-") r.begin = r.suffix_begin;  // 感谢政府: the text before is no prefix
  if (suffix.type == kOrganisation && r.scope.level.empty() && !r.walk.seat) {
    const PlacedStart placed = placed_start(s, out, words, blocks.of(suffix.type), r.floor, r.begin, r.suffix_begin);
    r.begin = placed.begin;
    r.branded = placed.branded;
  }
  if (suffix.type == kOrganisation && words) {
    r.begin = past_listed_body(s, out, *words, r.begin, r.suffix_begin);
    r.begin = at_national_word(s, *words, out, r.begin, r.suffix_begin);
  }
  if (suffix.type == kOrganisation) r.begin = mission_start(s, out, suffix, r.begin, r.suffix_begin);
  r.begin = past_marks_and_lexicon(s, blocks, words, out, r);
  return r.suffix_begin - r.begin >= suffix.min_name;
}

// The place in scope that the text before a body's head names (ScopeCut).
EntityRecognizer::ScopeCut EntityRecognizer::settle_scope(const SentenceText& s, const words::SentenceWords* words,
                                                          const std::vector<Mention>& out,
                                                          const SuffixReading& r) const {
  const rules::Suffix& suffix = r.suffix;
  ScopeCut scope{"", r.suffix_begin};
  if (suffix.type == kOrganisation) scope = scopes_.head_scope(s, r.begin, r.suffix_begin, suffix, out, words);
  // 区司法厅, or 司法厅 alone: a county has no 厅, so the name is the province's.
  if (!suffix.scope_level.empty() && (scope.level == "county" || scope.level == "default"))
    scope.level = suffix.scope_level;
  if (scope.level == "-" && suffix.is_head && words &&
      named_without_level(s, *words, r.known, r.begin, r.suffix_begin, r.end))
    scope.level = "";
  return scope;
}

// The start past what opens no name: the inside of a lexicon form, a place a suffix leaves out,
// marks, 暨 after a quoted name, and the nation's seat before a body or program.
std::size_t EntityRecognizer::past_marks_and_lexicon(const SentenceText& s, const Blocks& blocks,
                                                     const words::SentenceWords* words, const std::vector<Mention>& out,
                                                     const SuffixReading& r) const {
  const rules::Suffix& suffix = r.suffix;
  std::size_t begin = r.begin;
  const std::size_t suffix_begin = r.suffix_begin;
  // A name never starts inside a lexicon form (推进西藏自治区…建设 is no 藏自治区…建设).
  if (begin > 0 && begin < suffix_begin && blocks.in_lexicon[begin] && blocks.in_lexicon[begin - 1])
    while (begin < suffix_begin && blocks.in_lexicon[begin]) ++begin;
  if (suffix.type == rules::kProgram) begin = out_of_bracket(s, r.walk, begin);
  if (!suffix.placed) begin = past_places(out, begin, suffix_begin);
  while (begin < suffix_begin && is_mark(s.cps[begin])) ++begin;
  if (suffix.type == kPlace && words) begin = official_start(s, *words, begin, suffix_begin, r.end);
  // “甲”暨乙推介会: 暨 after a quoted name joins two names (暨南大学 begins with it).
  if (begin > 0 && begin < suffix_begin && s.cps[begin] == U'暨' && is_close_quote(s.cps[begin - 1])) ++begin;
  if (const std::size_t nation = past_national_seat(s, begin); suffix.type != kPlace && nation >= r.floor)
    begin = nation;
  return begin;
}

// The mention the settled reading names, unless what its name part holds makes it none.
std::optional<Mention> EntityRecognizer::accept_name(const SentenceText& s, const words::SentenceWords* words,
                                                     const std::vector<Mention>& out, const SuffixReading& r) const {
  const rules::Suffix& suffix = r.suffix;
  const std::size_t begin = r.begin;
  const std::size_t suffix_begin = r.suffix_begin;
  const std::size_t stop =
      suffix.type == kOrganisation ? extend_over_subunit(s, r.end, suffixes_, alias_joiners_) : r.end;
  if (generic_words_.in_compound(s, suffix_begin, r.end, suffix.type) &&
      !is_listed_place(s, begin, suffix_begin, r.end, suffix.type))
    return std::nullopt;
  // 西坝镇工程, 东坝县人民医院建设: a place or a body and a program word name no program; 北京市公园
  // names no park.
  const bool site = suffix.type == kPlace && suffix.level == "other";
  if ((site || suffix.needs_place) && only_names_before(out, begin, suffix_begin)) return std::nullopt;
  if (!suffix.place_alone && only_places_before(s, words, out, suffix.type, begin, suffix_begin)) return std::nullopt;
  if (suffix.type == kOrganisation &&
      (inside_longer_suffix(s, suffix_begin, r.end) || ends_named_body(out, words, begin, r.end) ||
       is_figure_of_speech(s, out, begin, suffix_begin, stop)))
    return std::nullopt;
  if (!(suffix.type == kPlace && !site) && names_an_honour(s, begin, stop)) return std::nullopt;
  Mention m = suffix_mention(s, r, stop);
  if (words && suffix.type != kPlace && !names_one(s, *words, out, suffix, begin, suffix_begin, r.known, m))
    return std::nullopt;
  // 团结村的理疗室: a body that needs a place takes the one that owns it, and its name.
  if (suffix.needs_place && m.scope_level.empty() && !holds_place(out, begin, suffix_begin)) {
    const Mention* owner = own_place(s, out, begin);
    if (!owner) return std::nullopt;
    m.label = owner->label + m.label;
  }
  // A bare generic head (政府, 党支部) is no particular body; 县政府 is the county's.
  if (is_generic(m) && (m.scope_level.empty() || m.scope_level == "default")) return std::nullopt;
  if (suffix.type == rules::kProgram && is_generic_after_place(s, out, begin, stop)) return std::nullopt;
  // 5个村垃圾分类分拣中心建设: a counted kind of body leaves the work on it a program's name.
  if (counted_before(s, m)) return std::nullopt;
  return m;
}

Mention EntityRecognizer::suffix_mention(const SentenceText& s, const SuffixReading& r, std::size_t stop) const {
  const rules::Suffix& suffix = r.suffix;
  Mention m = make_mention(s, r.begin, stop, suffix.type, suffix.level, suffix.id);
  m.head = suffix.is_head;
  m.branded = r.branded;
  if (m.head) m.head_form = suffix.text;
  // 国际文化局: a department after words that tell no body from another is no particular body;
  // it bounds the names around it all the same, and the document's naming drops it.
  const std::string& scope_level = r.scope.level;
  m.deictic = scope_level == "-" && suffix.is_head;
  if (scope_level != "-" && !scope_level.empty() && (suffix.is_head || scope_level != "default")) {
    m.scope_level = scope_level;
    m.scope_head = s.slice(r.scope.cut, stop);
  }
  return m;
}

// 加快建立非物质文化遗产资源要素现代转化机制: a program's name whose words run on past the
// suffix's longest name is cut where the limit falls (物质…机制): no name, unless a place or
// body opens the longer name (西藏自治区中小企业公共服务平台网络建设), where it starts.
std::optional<std::size_t> EntityRecognizer::start_past_limit(const SentenceText& s, const words::SentenceWords& words,
                                                              const rules::Suffix& suffix,
                                                              const std::vector<unsigned char>& blocked,
                                                              std::size_t floor, const Walk& walk, std::size_t begin,
                                                              std::size_t suffix_begin,
                                                              const std::vector<words::Span>& known) {
  constexpr std::size_t kReach = 12;
  const auto opens_known = [&](std::size_t at) {
    return std::any_of(known.begin(), known.end(), [&](const words::Span& k) { return k.first == at; });
  };
  if (begin != walk.begin || walk.seat || opens_known(begin)) return begin;
  const std::size_t further = walk_past_limit(s, suffix, blocked, floor, walk.begin, kReach);
  if (further == walk.begin) return begin;
  const std::size_t start = words.name_start(further, suffix_begin, word_kind(kOrganisation), known);
  if (start >= walk.begin) return begin;
  return opens_known(start) ? std::optional<std::size_t>(start) : std::nullopt;
}

}  // namespace kg::extract
