// The rule set's generic and compound words read in a sentence: a generic word alone names no
// entity (建设, 民生工程); a compound word around a suffix or a level character takes it into a
// word of its own (城市 of 争当城市, 部门 of 教育部门, 市民 of 市民服务中心).
//
//   kg::extract::GenericWords generic_words;
//   for (i, list) in rules.word_lists: generic_words.add(list, i);   // lists of no other role
//   generic_words.is_generic(label);  generic_words.in_compound(sentence, suffix_begin, end, type);
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "kg/extract/mentions/lexicon_matcher.h"
#include "kg/extract/sentence_text.h"
#include "kg/rules/rule_set.h"

namespace kg::extract {

class GenericWords {
 public:
  // Every word of `list` is generic; a compound list's are compounds of its types (of every
  // type when it names none) too. `index` is the list's place in the rule set.
  void add(const rules::WordList& list, std::size_t index);

  // Is the text one generic word, whole?
  bool is_generic(const std::vector<char32_t>& cps) const;
  bool is_generic(const SentenceText& s, std::size_t begin, std::size_t end) const;
  // The suffix in [suffix_begin, end) is part of a compound word of `type` around it.
  bool in_compound(const SentenceText& s, std::size_t suffix_begin, std::size_t end, const std::string& type) const;
  // A compound word of `type` that ends at `end` reaches back before `from`.
  bool compound_ends_before(const SentenceText& s, std::size_t from, std::size_t end, const std::string& type) const;
  // A compound word of `type` that starts in [begin, end) runs on past `end`.
  bool compound_runs_past(const SentenceText& s, std::size_t begin, std::size_t end, const std::string& type) const;
  // A compound word of `type` that starts at `at` holds more than `length` characters.
  bool compound_longer_at(const SentenceText& s, std::size_t at, std::size_t length, const std::string& type) const;

 private:
  const WordMatcher* compounds_of(const std::string& type) const;

  WordMatcher generic_;
  std::map<std::string, WordMatcher> compounds_;  // per entity type
};

}  // namespace kg::extract
