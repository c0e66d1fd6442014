// The rule set's scopes read in a sentence: which place the text before a department names
// when it names only a level (县政府, 该县住建局, 全县学校, 县市政府), and the deictic words that
// stand for the place the document is about (该县, 我镇, 村里).
//
//   kg::extract::ScopeWords scopes(rules, generic_words, divisions);  // once per rule set
//   scopes.add_deictic_places(sentence, found);                       // 该县 as a place mention
//   auto cut = scopes.head_scope(sentence, begin, head_begin, head, found, words);
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kg/extract/mention.h"
#include "kg/extract/mentions/generic_words.h"
#include "kg/extract/mentions/lexicon_matcher.h"
#include "kg/extract/sentence_text.h"
#include "kg/gazetteer/gazetteer.h"
#include "kg/rules/rule_set.h"
#include "kg/words/sentence_words.h"

namespace kg::extract {

class ScopeWords {
 public:
  // The scope of 县市政府 or 县区公安局: every body of those levels, no one in particular.
  static constexpr std::string_view kEveryBody = "*";
  struct Cut {
    std::string level;  // "" (the name holds its place), a level, "default" (bare), "-" (no prefix), kEveryBody
    std::size_t cut;    // where the part that follows the place in scope begins
  };

  // `generic_words`: the compound words in which a level character is no level (市民, 县城);
  // read when a sentence is, so they may be added after this is made.
  ScopeWords(const rules::RuleSet& rules, const GenericWords& generic_words, const gazetteer::Gazetteer* divisions);

  // What the text in [begin, head_begin) before a department's head says about its place.
  Cut head_scope(const SentenceText& s, std::size_t begin, std::size_t head_begin, const rules::Suffix& head,
                 const std::vector<Mention>& found, const words::SentenceWords* words) const;
  // 该县, 我县, 本市: the place the document is about, at the level the word names.
  void add_deictic_places(const SentenceText& s, std::vector<Mention>& out) const;
  // 县, 区, 市…: a character that names a level of the scopes' bodies.
  bool is_level_char(char32_t c) const;

 private:
  struct DeicticWord {
    std::u32string text;
    std::size_t scope;
    bool after = false;  // the level character opens it (村里): a name's own level is no deictic word
  };
  struct Opening {
    std::u32string text;  // 县, 该县
    std::string level;
    std::size_t level_length = 1;  // of the level character(s) that end it
    bool collective = false;       // 全县: every body of the place, before a head
  };
  bool levels_in_a_row(const SentenceText& s, const std::vector<Mention>& found, std::size_t head_begin) const;
  bool is_listed_word(const SentenceText& s, const words::SentenceWords& words, std::size_t begin) const;

  const rules::RuleSet& rules_;
  const GenericWords& generic_words_;
  const gazetteer::Gazetteer* divisions_;
  std::vector<Opening> openings_;  // in rule order
  std::u32string level_chars_;
  // 该县, 我镇: each deictic before each level of each scope, in rule order, indexed by their
  // first character so a sentence is read once.
  std::vector<DeicticWord> deictic_words_;
  std::unordered_map<char32_t, std::vector<std::size_t>> deictic_by_first_;
};

}  // namespace kg::extract
