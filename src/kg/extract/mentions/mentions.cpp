#include "kg/extract/mentions/mentions.h"
#include "kg/extract/mentions/blocks.h"
#include "kg/extract/mentions/name_walk.h"

#include "kg/rules/bounded_regex.h"
#include "kg/rules/required_text.h"
#include "kg/text/utext.h"

#include <unicode/regex.h>

#include <algorithm>
#include <map>
#include <memory>
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

// With `trim`, a pattern's name starts after the last boundary word inside the match.
std::size_t past_last_block(const std::vector<unsigned char>& blocked, std::size_t begin, std::size_t end) {
  for (std::size_t k = end; k > begin; --k)
    if (blocked[k - 1] != 0) return k;
  return begin;
}

}  // namespace

Mention make_mention(const SentenceText& s, std::size_t begin, std::size_t end, std::string type, std::string level,
                     std::string rule) {
  Mention m;
  m.type = std::move(type);
  m.level = std::move(level);
  m.surface = s.slice(begin, end);
  m.label = strip_marks(m.surface);
  m.rule = std::move(rule);
  m.sentence = s.index;
  m.begin = begin;
  m.end = end;
  m.span = s.span(begin, end);
  return m;
}

bool is_list_joiner(char32_t c) {
  static constexpr std::u32string_view kJoiners = U"、和与及";
  return kJoiners.find(c) != std::u32string_view::npos;
}

bool is_mark(char32_t c) {
  static constexpr std::u32string_view kMarks = U"“”‘’\"'《》〈〉「」『』【】";
  return kMarks.find(c) != std::u32string_view::npos;
}

bool is_open_quote(char32_t c) {
  return c == U'“' || c == U'‘' || c == U'「' || c == U'『';
}
bool is_close_quote(char32_t c) {
  return c == U'”' || c == U'’' || c == U'」' || c == U'』';
}

// Marks removed, and the spaces a quotation left at the name's ends (“ 雪峰论坛”).
std::string strip_marks(const std::string& name) {
  std::u32string kept;
  for (char32_t c : to_u32(name))
    if (!is_mark(c)) kept.push_back(c);
  const auto first = std::find_if_not(kept.begin(), kept.end(), text::is_space);
  const auto last = std::find_if_not(kept.rbegin(), kept.rend(), text::is_space).base();
  return first < last ? text::to_utf8(std::u32string_view(&*first, static_cast<std::size_t>(last - first))) : "";
}

EntityRecognizer::EntityRecognizer(const rules::RuleSet& rules, const words::Segmenter* segmenter,
                                   const gazetteer::Gazetteer* divisions)
    : rules_(rules), segmenter_(segmenter), divisions_(divisions) {
  for (std::size_t i = 0; i < rules.lexicon.size(); ++i)
    for (const auto& form : rules.lexicon[i].forms) lexicon_.add(form, static_cast<int>(i));
  name_ends_ = rules.suffixes;
  for (const auto& alias : rules.aliases)
    for (const auto& joiner : alias.joiners) alias_joiners_.add(joiner, 0);
  for (const auto& entry : rules.lexicon)
    if (entry.standalone) lexicon_name_ids_.insert(entry.id);
  for (const auto& entry : rules.lexicon)
    if (!entry.standalone)
      for (const auto& form : entry.forms) {
        name_ends_.push_back(
            {entry.id, entry.type, entry.level, form, 0, 20, false, entry.where, true, entry.prefix_ends});
        name_ends_.back().scope_level = entry.scope_level;
      }
  for (std::size_t i = 0; i < name_ends_.size(); ++i) suffixes_.add(name_ends_[i].text, static_cast<int>(i));
  for (const auto& suffix : name_ends_) {
    std::vector<std::u32string> frame;
    for (const auto& w : suffix.followed_by) frame.push_back(to_u32(w));
    frame_words_.push_back(std::move(frame));
  }
  block_types_ = {kOrganisation, kPlace, rules::kProgram};
  for (const auto& suffix : rules.suffixes) block_types_.insert(suffix.type);
  for (const auto& p : rules.entity_patterns) block_types_.insert(p.type);
  index_block_types();
  index_scope_openings();
  // A name never runs over a relation's cue word: 走访, 联合, 下设 introduce names; cues marked
  // ends-names="false" (援建 of 援建项目) may stand inside them.
  const int cue_list = static_cast<int>(rules.word_lists.size());
  for (const auto& relation : rules.relations)
    for (const auto& cue : relation.cues)
      if (to_u32(cue).size() >= 2 && !relation.cues_inside_names.count(cue)) boundaries_.add(cue, cue_list);
  for (std::size_t i = 0; i < rules.word_lists.size(); ++i) {
    const auto& list = rules.word_lists[i];
    if (list.kind == "boundary") {
      for (const auto& w : list.words) boundaries_.add(w, static_cast<int>(i));
      continue;
    }
    if (list.kind == "classifier") {
      for (const auto& w : list.words) classifiers_.add(w, static_cast<int>(i));
      continue;
    }
    if (list.kind == "category") {
      for (const auto& t : list.types)
        for (const auto& w : list.words) categories_[t].add(w, static_cast<int>(i));
      occasion_heads_.insert(list.except_heads.begin(), list.except_heads.end());
      continue;
    }
    if (list.kind == "descriptor") {
      for (const auto& t : list.types)
        for (const auto& w : list.words) {
          descriptors_[t].add(w, static_cast<int>(i));
          if (list.after_place) classes_[t].add(w, static_cast<int>(i));
        }
      continue;
    }
    if (list.kind == "tally" || list.kind == "aspect" || list.kind == "founding") {
      auto& matchers = list.kind == "tally" ? (list.before ? tallies_before_ : tallies_)
                       : list.kind == "aspect" ? aspects_
                                               : founding_;
      for (const auto& t : list.types)
        for (const auto& w : list.words) matchers[t].add(w, static_cast<int>(i));
      // 征收环保税: what founds a name of a type stands before it, never inside it.
      if (list.kind == "founding")
        for (const auto& w : list.words) boundaries_.add(w, static_cast<int>(i));
      continue;
    }
    if (list.kind == "mission") {
      for (const auto& w : list.words) missions_.add(w, static_cast<int>(i));
      mission_heads_.insert(list.heads.begin(), list.heads.end());
      continue;
    }
    if (list.kind == "national") {
      for (const auto& w : list.words) nationals_.add(w, static_cast<int>(i));
      continue;
    }
    if (list.kind == "opener") {
      for (const auto& t : list.types)
        for (const auto& w : list.words) openers_[t].add(w, static_cast<int>(i));
      continue;
    }
    // Lists the naming passes read (names.h) say nothing of a name alone.
    if (list.kind == "variant" || list.kind == "party") continue;
    // A compound word is generic too; only compounds can veto a suffix inside them.
    for (const auto& w : list.words) generic_.add(w, static_cast<int>(i));
    if (list.kind != "compound") continue;
    std::set<std::string> types(list.types.begin(), list.types.end());
    if (types.empty()) types = {kOrganisation, kPlace, rules::kProgram};
    for (const auto& t : types)
      for (const auto& w : list.words) compounds_[t].add(w, static_cast<int>(i));
  }
}

std::vector<words::Span> EntityRecognizer::add_lexicon(const SentenceText& s, std::vector<Mention>& out,
                                                       std::vector<bool>& protected_cps) const {
  std::vector<words::Span> spans;
  for (std::size_t i = 0; i < s.size();) {
    const auto match = lexicon_.longest_at(s.cps, i);
    if (match.length == 0 || runs_into_compound(s, i, i + match.length, *match.payloads) ||
        opens_longer_division(s, i, i + match.length, *match.payloads)) {
      ++i;
      continue;
    }
    std::fill(protected_cps.begin() + static_cast<std::ptrdiff_t>(i),
              protected_cps.begin() + static_cast<std::ptrdiff_t>(i + match.length), true);
    const auto& entry = rules_.lexicon[static_cast<std::size_t>(match.payloads->front())];
    if (entry.standalone) {
      Mention m = make_mention(s, i, i + match.length, entry.type, entry.level, entry.id);
      if (!entry.canonical.empty()) m.label = entry.canonical;
      m.acts = entry.acts;
      out.push_back(std::move(m));
    }
    spans.emplace_back(i, i + match.length);
    i += match.length;
  }
  return spans;
}

// 教育部门, 财政部门: a body's name that a compound word runs on from (部门) is that word's start,
// not the ministry.
bool EntityRecognizer::runs_into_compound(const SentenceText& s, std::size_t begin, std::size_t end,
                                          const std::vector<int>& entries) const {
  const auto& entry = rules_.lexicon[static_cast<std::size_t>(entries.front())];
  const auto compounds = compounds_.find(entry.type);
  if (!entry.standalone || compounds == compounds_.end()) return false;
  for (std::size_t k = begin; k < end; ++k)
    if (k + compounds->second.longest_at(s.cps, k).length > end) return true;
  return false;
}

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
  if (r.scope.level == kEveryBody) return false;
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
  if (suffix.type == kOrganisation) scope = head_scope(s, r.begin, r.suffix_begin, suffix, out, words);
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
  if (in_generic_compound(s, suffix_begin, r.end, suffix.type) &&
      !is_listed_place(s, begin, suffix_begin, r.end, suffix.type))
    return std::nullopt;
  // 西坝镇工程, 东坝县人民医院建设: a place or a body and a program word name no program; 北京市公园
  // names no park.
  const bool site = suffix.type == kPlace && suffix.level == "other";
  if ((site || suffix.needs_place || !suffix.place_alone) && only_names_before(out, begin, suffix_begin))
    return std::nullopt;
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

void EntityRecognizer::add_patterns(const SentenceText& s, const Blocks& blocks, const words::SentenceWords* words,
                                    std::vector<Mention>& out) const {
  const text::UTextPtr ut = text::open_utf8(s.bytes);
  for (const auto& pattern : rules_.entity_patterns) {
    if (!rules::may_match(pattern.required, s.bytes, s.chars)) continue;
    UErrorCode name_status = U_ZERO_ERROR;
    const int32_t group = pattern.compiled->groupNumberFromName(icu::UnicodeString("name"), name_status);
    const int32_t g = U_SUCCESS(name_status) ? group : 0;
    rules::for_each_match(*pattern.compiled, ut.get(), pattern.id, pattern.where, [&](const icu::RegexMatcher& matcher) {
      UErrorCode status = U_ZERO_ERROR;
      const int64_t b = matcher.start64(g, status);
      const int64_t e = matcher.end64(g, status);
      if (U_FAILURE(status) || b < 0 || e <= b) return;
      std::size_t begin = s.index_of_byte(static_cast<std::size_t>(b));
      const std::size_t end = s.index_of_byte(static_cast<std::size_t>(e));
      if (pattern.trim) begin = past_last_block(blocks.of(pattern.type), begin, end);
      if (end <= begin || ends_in_compound(s, begin, end, pattern.type)) return;
      Mention m = make_mention(s, begin, end, pattern.type, pattern.level, pattern.id);
      if (!pattern.label.empty()) m.label = fill_label(pattern, matcher, s);
      if (to_u32(m.label).size() < pattern.min_length) return;
      if (words && is_plain_word(s, *words, begin, end, pattern.plain_word)) return;
      // 西坝乡风沙治理 in a list of works, not 唱红歌 in a list of pastimes.
      if (pattern.holds_name && !holds_name(out, begin, end)) return;
      if (!is_generic(m)) out.push_back(std::move(m));
    });
  }
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

namespace {

// 拉萨“环境立市”战略, 中国西藏“环喜马拉雅”国际合作论坛, 滨州市“扫黄打非”办公室: a place right
// before the opening quote of a program's or a body's name is its administrative prefix and part
// of the name.
void attach_places_before_quotes(const SentenceText& s, std::vector<Mention>& found) {
  for (Mention& m : found) {
    const bool named = m.type == rules::kProgram || m.type == rules::kOrganisation;
    if (!named || m.begin == 0 || s.cps[m.begin] != U'“') continue;
    std::size_t begin = m.begin;
    for (bool more = true; more;) {
      const auto place = std::find_if(found.begin(), found.end(), [&](const Mention& p) {
        return p.type == kPlace && !p.deictic && p.end == begin && p.begin < begin && p.sentence == m.sentence;
      });
      more = place != found.end();
      if (more) begin = place->begin;
    }
    if (begin < m.begin) m = make_mention(s, begin, m.end, m.type, m.level, m.rule);
  }
}

}  // namespace

// A pattern's label template: {group} is that named group's text, marks removed.
std::string EntityRecognizer::fill_label(const rules::EntityPattern& pattern, const icu::RegexMatcher& matcher,
                                         const SentenceText& s) {
  std::string out;
  const std::string& t = pattern.label;
  for (std::size_t i = 0; i < t.size();) {
    const std::size_t open = t.find('{', i);
    const std::size_t close = open == std::string::npos ? open : t.find('}', open);
    if (close == std::string::npos) {
      out += t.substr(i);
      break;
    }
    out += t.substr(i, open - i);
    UErrorCode status = U_ZERO_ERROR;
    const int32_t g = pattern.compiled->groupNumberFromName(
        icu::UnicodeString::fromUTF8(t.substr(open + 1, close - open - 1)), status);
    const int64_t b = U_SUCCESS(status) ? matcher.start64(g, status) : -1;
    const int64_t e = U_SUCCESS(status) ? matcher.end64(g, status) : -1;
    if (U_SUCCESS(status) && b >= 0 && e > b)
      out += strip_marks(std::string(s.bytes.substr(static_cast<std::size_t>(b), static_cast<std::size_t>(e - b))));
    i = close + 1;
  }
  return out;
}

bool EntityRecognizer::opens_name(const std::string& type, const SentenceText& s, std::size_t at) const {
  const auto it = openers_.find(type);
  return it != openers_.end() && it->second.longest_at(s.cps, at).length == 1;
}

// 长沙, 福州: a word the dictionary knows as a place name, outside every name found, that is a
// prefecture-level city's name without 市. Words keep 孙中山 from naming 中山.
void EntityRecognizer::add_bare_cities(const SentenceText& s, const words::SentenceWords& words,
                                       std::vector<Mention>& out) const {
  std::vector<Mention> cities;
  const auto& all = words.words();
  for (std::size_t i = 0; i < all.size(); ++i) {
    const words::Word& w = all[i];
    if (w.tag != words::Tag::place_name || w.end - w.begin < 2 || w.end - w.begin > 3) continue;
    const bool covered = std::any_of(out.begin(), out.end(), [&](const Mention& m) {
      return m.begin < w.end && w.begin < m.end;
    });
    if (covered || !is_city_stem(s.slice(w.begin, w.end))) continue;
    // 副局长吴朝阳表示: after a one-character surname the word is a given name.
    if (i > 0 && all[i - 1].end - all[i - 1].begin == 1 && all[i - 1].tag == words::Tag::person) continue;
    Mention city = make_mention(s, w.begin, w.end, kPlace, "city", "place.bare-city");
    city.label += "市";  // the city's name; the text's form stays its alias
    cities.push_back(std::move(city));
  }
  out.insert(out.end(), cities.begin(), cities.end());
}

bool EntityRecognizer::is_city_stem(const std::string& word) const {
  if (!divisions_->find(word).empty()) return false;  // a name of its own (a county, a village)
  const auto found = divisions_->find(word + "市");
  return !found.empty() && std::all_of(found.begin(), found.end(), [&](std::uint32_t i) {
    return divisions_->division(i).level == gazetteer::Level::city;
  });
}

// The sentence's words, with every lexicon form kept whole.
std::optional<words::SentenceWords> EntityRecognizer::words_of(const SentenceText& s,
                                                               const std::vector<words::Span>& lexicon) const {
  if (!segmenter_) return std::nullopt;
  return words::SentenceWords(segmenter_->segment(s.cps, lexicon), s.cps);
}

std::vector<Mention> EntityRecognizer::find(const SentenceText& s, std::vector<words::Word>* words_out) const {
  std::vector<Mention> found;
  std::vector<bool> protected_cps(s.size(), false);
  const auto lexicon_spans = add_lexicon(s, found, protected_cps);
  add_deictic_places(s, found);
  const auto words = words_of(s, lexicon_spans);
  const Blocks blocks = block_map(s, protected_cps, words ? &*words : nullptr);
  add_suffix_names(s, blocks, words ? &*words : nullptr, found);
  if (words && divisions_) add_bare_cities(s, *words, found);
  add_patterns(s, blocks, words ? &*words : nullptr, found);
  attach_places_before_quotes(s, found);
  auto kept = resolve_overlaps(std::move(found), s);
  std::erase_if(kept, [&](const Mention& m) {
    return counted_before(s, m) || is_tallied(s, m) || cuts_a_title(s, m) || (words && ends_in_verb(s, *words, m));
  });
  if (words_out && words) *words_out = words->words();
  return kept;
}

}  // namespace kg::extract
