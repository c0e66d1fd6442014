#include "kg/extract/mentions/blocks.h"

#include <algorithm>

#include "kg/text/utf8.h"

namespace kg::extract {

namespace {

// 天使, 费用: a function word of one character (使, 用) that ends a noun is part of the
// noun. Locatives and measure words that end nouns (国内, 现场) still end names.
bool function_char_ends_noun(const words::SentenceWords& words, const SentenceText& s, std::size_t at) {
  static const std::u32string kFunctionChars = U"使让把被跟用";
  return kFunctionChars.find(s.cps[at]) != std::u32string::npos && words.ends_noun(at);
}

bool applies_to(const std::vector<std::string>& types, const std::string& type) {
  return types.empty() || std::find(types.begin(), types.end(), type) != types.end();
}

}  // namespace

bool EntityRecognizer::ends_after_ordinal(const std::vector<int>& lists) const {
  return std::any_of(lists.begin(), lists.end(),
                     [&](int list) { return rules_.word_lists[static_cast<std::size_t>(list)].after_ordinal; });
}

// Which boundary maps each word list writes, by position in block_types_, so that a sentence's
// boundary words compare no type names; relation cues (the last index) end names of every type.
void EntityRecognizer::index_block_types() {
  for (const auto& list : rules_.word_lists) {
    std::vector<std::size_t> positions;
    std::size_t position = 0;
    for (const auto& t : block_types_) {
      if (applies_to(list.types, t)) positions.push_back(position);
      ++position;
    }
    list_block_types_.push_back(std::move(positions));
  }
  std::vector<std::size_t> every(block_types_.size());
  for (std::size_t t = 0; t < every.size(); ++t) every[t] = t;
  list_block_types_.push_back(std::move(every));
}

// A count ends a name: 20名学校 is no school's name, 7个项目 no project's; 第十三批 is an ordinal.
void EntityRecognizer::block_counts(const SentenceText& s, const std::vector<bool>& protected_cps,
                                    const std::vector<std::vector<unsigned char>*>& maps) const {
  for (std::size_t i = 1; i < s.size(); ++i) {
    if (!is_numeral(s.cps[i - 1]) || protected_cps[i]) continue;
    const auto classifier = classifiers_.longest_at(s.cps, i);
    const std::size_t length = classifier.length;
    if (length == 0) continue;
    std::size_t first = i;
    while (first > 0 && is_numeral(s.cps[first - 1])) --first;
    if (first > 0 && s.cps[first - 1] == U'第' && !ends_after_ordinal(*classifier.payloads)) continue;
    for (auto* blocked : maps)
      for (std::size_t k = i; k < i + length; ++k) (*blocked)[k] = std::max<unsigned char>((*blocked)[k], 1);
  }
}

// 编制 in 机构编制标准, 监督 in 质量监督局: a relation's cue that is part of a longer word is no
// act, whatever other list holds it; but one that runs into a level character is (会同|县医院,
// which the dictionary reads 会同县|医院 as readily).
bool EntityRecognizer::cue_in_word(const SentenceText& s, const words::SentenceWords& words, std::size_t begin,
                                   std::size_t end) const {
  if (!words.is_part_of_word(begin, end)) return false;
  const std::size_t word_end = words.word_end(words.word_begin(begin));
  return word_end <= end || !scopes_.is_level_char(s.cps[word_end - 1]);
}

// A boundary word inside a word or across two, at the start of a place's or body's name, or a
// function character that ends a noun ends no name: 等 in 中等职业学校, 来自 in 前来|自治区, 那 in
// 那曲市, 使 in 天使.
bool EntityRecognizer::ends_no_name(const SentenceText& s, const words::SentenceWords& words,
                                    const WordMatcher::Match& match, std::size_t at) const {
  const std::size_t end = at + match.length;
  return words.is_inside_word(at, end) || words.straddles_words(at, end) || words.starts_proper_name(at, end) ||
         (match.length == 1 && function_char_ends_noun(words, s, at));
}

EntityRecognizer::Blocks EntityRecognizer::block_map(const SentenceText& s, const std::vector<bool>& protected_cps,
                                                     const words::SentenceWords* words) const {
  Blocks blocks;
  blocks.in_lexicon = protected_cps;
  std::vector<std::vector<unsigned char>*> maps;  // in the order of block_types_
  for (const auto& t : block_types_) {
    maps.push_back(&blocks.by_type[t]);
    maps.back()->assign(s.size(), 0);
  }
  block_counts(s, protected_cps, maps);
  for (std::size_t i = 0; i < s.size();) {
    auto match = protected_cps[i] ? WordMatcher::Match{} : boundaries_.longest_at(s.cps, i);
    if (match.length > 0 && words && ends_no_name(s, *words, match, i)) match = {};
    if (match.length == 0) {
      ++i;
      continue;
    }
    bool ends_names = false;
    for (int list : *match.payloads) {
      const auto index = static_cast<std::size_t>(list);
      if (index == rules_.word_lists.size() && words && cue_in_word(s, *words, i, i + match.length)) continue;
      // Without a dictionary there are no words to tell 要 from 主要 or 经 from 经开区: such a
      // list then ends nothing.
      if (index < rules_.word_lists.size() && rules_.word_lists[index].whole_word &&
          (!words || !words->is_word(i, i + match.length)))
        continue;
      // 就业援助政策, 交通投资集团: a cue the words read as a noun between words of a name names
      // a kind of thing in a body's or a program's name, no act (a division's name holds no such
      // word); where a phrase opens (介绍了督查城市…) it is the verb.
      const bool modifier = index == rules_.word_lists.size() && words && words->modifies_noun(i, i + match.length) &&
                            !words->opens_phrase_at(i);
      // 架构助力政府: a cue the dictionary calls a noun names a kind of program (资助项目), but before
      // a body's head it is the verb.
      const bool body_modifier = modifier && words->is_verbal_noun(i, i + match.length);
      ends_names = true;
      const bool opening_only = index < rules_.word_lists.size() && rules_.word_lists[index].opening_only;
      for (std::size_t t : list_block_types_[index]) {
        if (modifier && maps[t] != &blocks.by_type[rules::kPlace] &&
            (body_modifier || maps[t] != &blocks.by_type[rules::kOrganisation]))
          continue;
        // 用于建设…, ，建设…: a word that ends a name only where a phrase opens, after a boundary,
        // a mark or a function word (not 乡村建设, 提升改造).
        if (opening_only && i > 0 && (*maps[t])[i - 1] == 0 && !words->opens_phrase_at(i)) continue;
        for (std::size_t k = i; k < i + match.length; ++k)
          (*maps[t])[k] = static_cast<unsigned char>(std::min<std::size_t>(match.length, 255));
      }
    }
    // A longer word that is no word here (调到 split 调|到) leaves its shorter words to be read.
    i += ends_names ? match.length : 1;
  }
  return blocks;
}

}  // namespace kg::extract
