// The rule set's words that say what kind a body or a work is rather than which one, read in a
// sentence: descriptors (二级 and 综合 in 二级综合医院), the descriptors that rank or class bodies
// after a place (三甲, 公立: 湖南省三甲医院) and the words that sort things into kinds (类 in
// 传统技艺类非遗项目).
//
//   kg::extract::KindWords kinds;
//   for (i, list) in rules.word_lists: kinds.add(list, i);   // descriptor and category lists
//   kinds.sorts_into_kinds(sentence, words, type, head, begin, end);
#pragma once

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "kg/extract/mention.h"
#include "kg/extract/mentions/lexicon_matcher.h"
#include "kg/extract/sentence_text.h"
#include "kg/rules/rule_set.h"
#include "kg/words/sentence_words.h"

namespace kg::extract {

class KindWords {
 public:
  // A list of kind="descriptor" or kind="category"; `index` is its place in the rule set.
  void add(const rules::WordList& list, std::size_t index);

  // Does a word of its own in [begin, end) sort the name into a kind (传统技艺类非遗项目,
  // 中医药类上市公司), unless the name's `head` is one the list leaves alone (培训班)?
  bool sorts_into_kinds(const SentenceText& s, const words::SentenceWords& words, const std::string& type,
                        const std::string& head, std::size_t begin, std::size_t end) const;
  // The whole words of [begin, end) that only say what kind of body it is (二级, 综合).
  std::vector<words::Span> descriptors(const SentenceText& s, const words::SentenceWords& words,
                                       const std::string& type, std::size_t begin, std::size_t end) const;
  // Do places and then only words that rank or class bodies fill [begin, suffix_begin)?
  bool names_a_class(const SentenceText& s, const words::SentenceWords& words, const std::vector<Mention>& found,
                     const std::string& type, std::size_t begin, std::size_t suffix_begin) const;

 private:
  std::map<std::string, WordMatcher> descriptors_;  // per type
  std::map<std::string, WordMatcher> classes_;      // per type: descriptors after a place
  std::map<std::string, WordMatcher> categories_;   // per type
  std::set<std::string> occasion_heads_;            // 培训班: heads of names the categories leave alone
};

}  // namespace kg::extract
