#include "kg/extract/mentions/mentions.h"
#include "kg/extract/mentions/blocks.h"

#include "kg/rules/bounded_regex.h"
#include "kg/rules/required_text.h"
#include "kg/text/utext.h"

#include <unicode/regex.h>

#include <algorithm>
#include <memory>

#include "kg/text/utf8.h"

namespace kg::extract {

namespace {

using rules::kOrganisation;
using rules::kPlace;

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
    : rules_(rules), segmenter_(segmenter), divisions_(divisions), scopes_(rules, generic_words_, divisions) {
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
    if (list.kind == "category" || list.kind == "descriptor") {
      kind_words_.add(list, i);
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
    if (list.kind == "honour") {
      for (const auto& w : list.words) honours_.add(w, static_cast<int>(i));
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
    generic_words_.add(list, i);
  }
}

std::vector<words::Span> EntityRecognizer::add_lexicon(const SentenceText& s, std::vector<Mention>& out,
                                                       std::vector<bool>& protected_cps) const {
  std::vector<words::Span> spans;
  for (std::size_t i = 0; i < s.size();) {
    const auto match = lexicon_.longest_at(s.cps, i);
    if (match.length == 0 || runs_into_compound(s, i, i + match.length, *match.payloads) ||
        opens_longer_division(s, i, i + match.length, *match.payloads) || straddles_words(s, i, i + match.length)) {
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

// 外科协作, 集中办公, 主席团委员: a short form (科协, 中办, 团委) that the words around it read as
// the end of one word and the start of the next is no name. The words of a few characters either
// side settle it, as the whole sentence would.
bool EntityRecognizer::straddles_words(const SentenceText& s, std::size_t begin, std::size_t end) const {
  constexpr std::size_t kShortForm = 2;
  constexpr std::size_t kContext = 4;
  if (!segmenter_ || end - begin != kShortForm) return false;
  const std::size_t from = begin > kContext ? begin - kContext : 0;
  const std::size_t to = std::min(s.size(), end + kContext);
  const auto words = segmenter_->segment(std::span<const char32_t>(s.cps.data() + from, to - from));
  const auto crosses = [&](std::size_t at) {
    return std::any_of(words.begin(), words.end(),
                       [&](const words::Word& w) { return from + w.begin < at && at < from + w.end; });
  };
  return crosses(begin) && crosses(end);
}

// 教育部门, 财政部门: a body's name that a compound word runs on from (部门) is that word's start,
// not the ministry.
bool EntityRecognizer::runs_into_compound(const SentenceText& s, std::size_t begin, std::size_t end,
                                          const std::vector<int>& entries) const {
  const auto& entry = rules_.lexicon[static_cast<std::size_t>(entries.front())];
  return entry.standalone && generic_words_.compound_runs_past(s, begin, end, entry.type);
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
      if (pattern.type == rules::kProgram && quotes_no_program(s, words, begin, end)) return;
      Mention m = make_mention(s, begin, end, pattern.type, pattern.level, pattern.id);
      // A label a rule composes (…主题研讨会 of 以“…”为主题的研讨会) is the name's one form: the
      // sentence around its parts is no alias of it.
      if (!pattern.label.empty()) m.label = m.surface = fill_label(pattern, matcher, s);
      if (to_u32(m.label).size() < pattern.min_length) return;
      if (words && is_plain_word(s, *words, begin, end, pattern.plain_word)) return;
      // 西坝乡风沙治理 in a list of works, not 唱红歌 in a list of pastimes.
      if (pattern.holds_name && !holds_name(out, begin, end)) return;
      if (!is_generic(m)) out.push_back(std::move(m));
    });
  }
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
  scopes_.add_deictic_places(s, found);
  const auto words = words_of(s, lexicon_spans);
  const Blocks blocks = block_map(s, protected_cps, words ? &*words : nullptr);
  add_suffix_names(s, blocks, words ? &*words : nullptr, found);
  if (words && divisions_) add_bare_cities(s, *words, found);
  add_patterns(s, blocks, words ? &*words : nullptr, found);
  attach_places_before_quotes(s, found);
  auto kept = resolve_overlaps(std::move(found), s);
  std::erase_if(kept, [&](const Mention& m) {
    return counted_before(s, m) || is_tallied(s, m) || counts_places(s, m) || cuts_a_title(s, m) ||
           (words && ends_in_verb(s, *words, m));
  });
  if (words_out && words) *words_out = words->words();
  return kept;
}

}  // namespace kg::extract
