// Entity mentions in one sentence: lexicons, suffix grammar and ICU patterns, from the rules.
//
//   kg::extract::EntityRecognizer recognizer(rules);          // build once per rule set
//   std::vector<Mention> found = recognizer.find(sentence);   // const, reusable
//
// Policy, in order: lexicon forms are atomic; boundary words end a name on its left; a suffix
// takes the longest name part the boundaries allow; a name inside a longer one of another
// non-place type is dropped; generic words are never entities. Places may nest in other names.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <unicode/regex.h>

#include "kg/extract/mention.h"
#include "kg/extract/mentions/generic_words.h"
#include "kg/extract/mentions/kind_words.h"
#include "kg/extract/mentions/lexicon_matcher.h"
#include "kg/extract/mentions/name_walk.h"
#include "kg/extract/mentions/scope_words.h"
#include "kg/extract/sentence_text.h"
#include "kg/gazetteer/gazetteer.h"
#include "kg/rules/rule_set.h"
#include "kg/text/utf8.h"
#include "kg/words/sentence_words.h"

namespace kg::extract {

class EntityRecognizer {
 public:
  // With a segmenter, names respect words and their parts of speech (words/sentence_words.h);
  // without one, the character rules alone decide.
  // With a division list too, a city named without its suffix (长沙, 福州) is found: a word the
  // dictionary knows as a place name that is a city's name less 市.
  explicit EntityRecognizer(const rules::RuleSet& rules, const words::Segmenter* segmenter = nullptr,
                            const gazetteer::Gazetteer* divisions = nullptr);
  // `words`, when given, receives the sentence's words (none without a segmenter), for the
  // stages after names to read cues by.
  std::vector<Mention> find(const SentenceText& sentence, std::vector<words::Word>* words = nullptr) const;

 private:
  struct Blocks;
  void index_block_types();
  bool ends_after_ordinal(const std::vector<int>& lists) const;
  bool ends_no_name(const SentenceText& s, const words::SentenceWords& words, const WordMatcher::Match& match,
                    std::size_t at) const;
  bool cue_in_word(const SentenceText& s, const words::SentenceWords& words, std::size_t begin, std::size_t end) const;
  void block_counts(const SentenceText& s, const std::vector<bool>& protected_cps,
                    const std::vector<std::vector<unsigned char>*>& maps) const;
  Blocks block_map(const SentenceText& s, const std::vector<bool>& protected_cps,
                   const words::SentenceWords* words) const;
  // Returns the spans of the lexicon forms it matched (the segmenter keeps them whole).
  std::vector<words::Span> add_lexicon(const SentenceText& s, std::vector<Mention>& out,
                                       std::vector<bool>& protected_cps) const;
  void add_suffix_names(const SentenceText& s, const Blocks& blocks, const words::SentenceWords* words,
                        std::vector<Mention>& out) const;
  std::optional<words::SentenceWords> words_of(const SentenceText& s, const std::vector<words::Span>& lexicon) const;
  void add_patterns(const SentenceText& s, const Blocks& blocks, const words::SentenceWords* words,
                    std::vector<Mention>& out) const;
  static bool is_plain_word(const SentenceText& s, const words::SentenceWords& words, std::size_t begin,
                            std::size_t end, std::size_t longest);
  bool is_listed_place(const SentenceText& s, std::size_t begin, std::size_t suffix_begin, std::size_t end,
                       const std::string& type) const;
  bool opens_body_at(const SentenceText& s, std::size_t at) const;
  bool ends_names_of(const WordMatcher::Match& match, const std::string& type) const;
  bool quote_names_body_or_site(const SentenceText& s, std::size_t begin, std::size_t end) const;
  bool quotes_no_program(const SentenceText& s, const words::SentenceWords* words, std::size_t begin,
                         std::size_t end) const;
  std::size_t official_start(const SentenceText& s, const words::SentenceWords& words, std::size_t begin,
                             std::size_t suffix_begin, std::size_t end) const;
  static std::optional<std::size_t> quoted_unit_parent(const SentenceText& s, const std::vector<Mention>& found,
                                                       std::size_t suffix_begin, std::size_t end);
  bool ends_in_compound(const SentenceText& s, std::size_t begin, std::size_t end, const std::string& type) const;
  bool is_generic(const Mention& m) const;
  bool is_generic_after_place(const SentenceText& s, const std::vector<Mention>& found, std::size_t begin,
                              std::size_t end) const;
  bool inside_longer_suffix(const SentenceText& s, std::size_t suffix_begin, std::size_t end) const;
  bool named_without_level(const SentenceText& s, const words::SentenceWords& words,
                           const std::vector<words::Span>& known, std::size_t begin, std::size_t head_begin,
                           std::size_t head_end) const;
  static std::string fill_label(const rules::EntityPattern& pattern, const icu::RegexMatcher& matcher,
                                const SentenceText& s);
  bool opens_name(const std::string& type, const SentenceText& s, std::size_t at) const;
  bool is_tallied(const SentenceText& s, const Mention& m) const;
  bool counted_before(const SentenceText& s, const Mention& m) const;
  static bool cuts_a_title(const SentenceText& s, const Mention& m);
  static bool counts_places(const SentenceText& s, const Mention& m);
  static const Mention* founder_place(const SentenceText& s, const std::vector<Mention>& found, std::size_t begin);
  static std::optional<std::size_t> start_past_limit(const SentenceText& s, const words::SentenceWords& words,
                                                     const rules::Suffix& suffix,
                                                     const std::vector<unsigned char>& blocked, std::size_t floor,
                                                     const Walk& walk, std::size_t begin, std::size_t suffix_begin,
                                                     const std::vector<words::Span>& known);
  static bool followed_by_frame(const SentenceText& s, std::size_t end, const std::vector<std::u32string>& words);
  bool follows_founding(const SentenceText& s, const std::vector<Mention>& found, const std::string& type,
                        std::size_t begin) const;
  bool founded_right_before(const SentenceText& s, const std::vector<Mention>& found, const std::string& type,
                            std::size_t begin, const WordMatcher& founding) const;
  bool ends_in_verb(const SentenceText& s, const words::SentenceWords& words, const Mention& m) const;
  void add_bare_cities(const SentenceText& s, const words::SentenceWords& words, std::vector<Mention>& out) const;
  bool is_city_stem(const std::string& word) const;
  bool names_one(const SentenceText& s, const words::SentenceWords& words, const std::vector<Mention>& found,
                 const rules::Suffix& suffix, std::size_t begin, std::size_t suffix_begin,
                 const std::vector<words::Span>& known, Mention& m) const;
  bool is_figure_of_speech(const SentenceText& s, const std::vector<Mention>& found, std::size_t begin,
                           std::size_t suffix_begin, std::size_t stop) const;
  bool names_an_honour(const SentenceText& s, std::size_t begin, std::size_t stop) const;
  static std::size_t past_places(const std::vector<Mention>& found, std::size_t begin, std::size_t name_end);
  static bool only_names_before(const std::vector<Mention>& found, std::size_t begin, std::size_t end);
  bool only_places_before(const SentenceText& s, const words::SentenceWords* words, const std::vector<Mention>& found,
                          const std::string& type, std::size_t begin, std::size_t end) const;
  bool opens_longer_division(const SentenceText& s, std::size_t begin, std::size_t end,
                             const std::vector<int>& entries) const;
  bool runs_into_compound(const SentenceText& s, std::size_t begin, std::size_t end, const std::vector<int>& entries) const;
  bool straddles_words(const SentenceText& s, std::size_t begin, std::size_t end) const;
  std::size_t joined_start(const SentenceText& s, const words::SentenceWords& words,
                           const std::vector<unsigned char>& blocked, std::size_t begin, std::size_t suffix_begin,
                           std::size_t end, const std::vector<words::Span>& known,
                           const std::vector<Mention>& found) const;
  bool ends_in_program_word(const SentenceText& s, std::size_t end) const;
  static std::size_t route_start(const SentenceText& s, const words::SentenceWords& words,
                                 const std::vector<Mention>& found, std::size_t begin, std::size_t suffix_begin);
  std::size_t mission_start(const SentenceText& s, const std::vector<Mention>& found, const rules::Suffix& suffix,
                            std::size_t begin, std::size_t suffix_begin) const;
  static bool holds_place(const std::vector<Mention>& found, std::size_t begin, std::size_t name_end);
  static bool holds_name(const std::vector<Mention>& found, std::size_t begin, std::size_t name_end);
  bool ends_named_body(const std::vector<Mention>& found, const words::SentenceWords* words, std::size_t begin,
                       std::size_t end) const;
  static std::size_t past_listed_body(const SentenceText& s, const std::vector<Mention>& found,
                                      const words::SentenceWords& words, std::size_t begin, std::size_t suffix_begin);
  std::size_t at_national_word(const SentenceText& s, const words::SentenceWords& words,
                               const std::vector<Mention>& found, std::size_t begin, std::size_t suffix_begin) const;
  static std::size_t past_body_predicate(const std::vector<Mention>& found, const words::SentenceWords& words,
                                         std::size_t begin, std::size_t suffix_begin);
  static const Mention* own_place(const SentenceText& s, const std::vector<Mention>& found, std::size_t begin);
  std::size_t start_at_place(const std::vector<Mention>& found, std::size_t begin, std::size_t name_end) const;
  struct PlacedStart {
    std::size_t begin;
    bool branded;  // a trade name opens the name (中国移动西藏有限公司)
  };
  PlacedStart placed_start(const SentenceText& s, const std::vector<Mention>& out, const words::SentenceWords* words,
                           const std::vector<unsigned char>& blocked, std::size_t floor, std::size_t begin,
                           std::size_t suffix_begin) const;
  std::size_t nation_before(const SentenceText& s, const std::vector<unsigned char>& blocked, std::size_t floor,
                            std::size_t opener) const;
  using ScopeCut = ScopeWords::Cut;
  // One suffix read at one end of a sentence, as the steps of add_suffix_names settle it.
  struct SuffixReading {
    const rules::Suffix& suffix;
    int index;  // into name_ends_
    std::size_t suffix_begin;
    std::size_t end;
    std::size_t floor = 0;  // no name part runs further left
    Walk walk{0, std::nullopt};
    std::size_t begin = 0;             // where the name starts, as settled so far
    std::vector<words::Span> known{};  // names found before the suffix (with words)
    bool founded = false;              // a founding or frame word stands by the name
    bool branded = false;              // a trade name opens it
    ScopeCut scope{"", 0};
  };
  std::optional<Mention> read_suffix(const SentenceText& s, const Blocks& blocks, const words::SentenceWords* words,
                                     const std::vector<Mention>& out, SuffixReading r, std::size_t last_end) const;
  std::size_t name_floor(const SentenceText& s, const std::vector<Mention>& out, const rules::Suffix& suffix,
                         std::size_t suffix_begin, std::size_t end, std::size_t last_end) const;
  bool read_words(const SentenceText& s, const Blocks& blocks, const words::SentenceWords& words,
                  const std::vector<Mention>& out, SuffixReading& r) const;
  bool settle_start(const SentenceText& s, const Blocks& blocks, const words::SentenceWords* words,
                    const std::vector<Mention>& out, SuffixReading& r) const;
  ScopeCut settle_scope(const SentenceText& s, const words::SentenceWords* words, const std::vector<Mention>& out,
                        const SuffixReading& r) const;
  std::size_t past_marks_and_lexicon(const SentenceText& s, const Blocks& blocks, const words::SentenceWords* words,
                                     const std::vector<Mention>& out, const SuffixReading& r) const;
  std::optional<Mention> accept_name(const SentenceText& s, const words::SentenceWords* words,
                                     const std::vector<Mention>& out, const SuffixReading& r) const;
  Mention suffix_mention(const SentenceText& s, const SuffixReading& r, std::size_t stop) const;

  const rules::RuleSet& rules_;
  const words::Segmenter* segmenter_;
  const gazetteer::Gazetteer* divisions_;
  WordMatcher lexicon_;
  std::vector<rules::Suffix> name_ends_;  // suffix rules and department heads
  WordMatcher suffixes_;                  // payload: index into name_ends_
  std::vector<std::vector<std::u32string>> frame_words_;  // per name_ends_ entry: its followed-by words
  WordMatcher boundaries_;                        // payload: word list index; word_lists.size() for relation cues
  std::map<std::string, WordMatcher> openers_;    // per entity type
  WordMatcher classifiers_;                       // measure words: after a numeral they end a name
  std::map<std::string, WordMatcher> tallies_;    // per type: measure words that count a kind after its name
  std::map<std::string, WordMatcher> tallies_before_;  // per type: those that count a kind before it too
  std::map<std::string, WordMatcher> founding_;   // per type: verbs after which a body of a kind is one body
  std::map<std::string, WordMatcher> aspects_;    // per type: particles that make a name's last word a verb
  WordMatcher nationals_;  // words that open the names of the nation's bodies (中国, 国务院)
  WordMatcher honours_;    // words after the quoted title of an honour (称号)
  WordMatcher alias_joiners_;                     // （以下简称, ——: what joins a name to its alias
  WordMatcher missions_;                          // 对口支援: a place's mission, named in its teams' names
  std::set<std::string> mission_heads_;           // 指挥部, 工作队: the heads of such teams
  GenericWords generic_words_;                    // generic words and compounds
  ScopeWords scopes_;                             // levels and deictic words before a department
  std::set<std::string> lexicon_name_ids_;  // standalone lexicon entries: names of their own (农行)
  KindWords kind_words_;                    // descriptors, classes and categories (二级, 三甲, 类)
  std::set<std::string> block_types_;  // every type a rule produces: each has its own boundary map
  std::vector<std::vector<std::size_t>> list_block_types_;  // per word list (and relation cues)
};

using text::is_numeral;

// Among names of the same type (other than places), the longer wins; a name wholly inside a
// longer name of another non-place type is dropped; identical spans keep the first rule. Sorted
// by position, each marked nested when another holds it. A body that opens a document's title
// before 关于 stays inside it, its issuer.
std::vector<Mention> resolve_overlaps(std::vector<Mention> found, const SentenceText& s);

// Quotes, book-title marks and brackets of emphasis: never part of a name.
bool is_mark(char32_t c);

// A character that joins two names of one list (、, 和, 与, 及).
bool is_list_joiner(char32_t c);

// The quotation marks among them that open and close a quotation (“…”, 「…」).
bool is_open_quote(char32_t c);
bool is_close_quote(char32_t c);

// A mention of [begin, end) of the sentence, labelled by its text without marks.
Mention make_mention(const SentenceText& s, std::size_t begin, std::size_t end, std::string type, std::string level,
                     std::string rule);

// Removes quotes, book-title marks and brackets of emphasis from a name.
std::string strip_marks(const std::string& name);

}  // namespace kg::extract
