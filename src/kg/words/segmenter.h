// Words and their parts of speech in one sentence: the most probable path through the
// dictionary's words (unigram model, as jieba's dictionary segmentation), with the rule set's
// own names as extra words and spans the caller already knows kept whole.
//
//   kg::words::Segmenter segmenter(dictionary);
//   segmenter.add_word(U"卫健委", Tag::org_name);             // before use; then const
//   std::vector<Word> w = segmenter.segment(cps, {{0, 3}});    // 0..3 stays one word
//
// A character the dictionary lacks is a word of its own, tagged unknown: transliterated names
// (尕秀, 扎西) come out as runs of such words, which the name finder reads as name-like.
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kg/hash_table.h"
#include "kg/words/dictionary.h"
#include "kg/words/tags.h"

namespace kg::words {

struct Word {
  std::size_t begin = 0;  // code point offsets in the sentence
  std::size_t end = 0;
  Tag tag = Tag::unknown;
};

using Span = std::pair<std::size_t, std::size_t>;  // [begin, end) in code points

class Segmenter {
 public:
  explicit Segmenter(const Dictionary& dictionary);
  void add_word(std::u32string_view word, Tag tag);
  // 县委书记, 党委副书记: where a head of the rule set's bodies (委, 党委) stands right before a
  // title (书记, 副书记), the text is cut between them, whatever word the dictionary reads across.
  void add_head(std::u32string_view head);
  void add_title(std::u32string_view title);
  // `keep_whole`: spans that must each come out as one word (sorted, not overlapping), tagged
  // org_name unless the dictionary knows the word.
  std::vector<Word> segment(std::span<const char32_t> cps, std::span<const Span> keep_whole = {}) const;

 private:
  struct Step {
    float score = 0;
    std::size_t end = 0;
    Tag tag = Tag::unknown;
  };
  // Most words of a news text are two or three characters long.
  struct Ahead {
    std::array<WordHash, 3> hashes;
    std::size_t count = 0;
  };
  std::optional<Entry> lookup(std::uint64_t hash) const;
  Ahead ahead_at(std::span<const char32_t> cps, std::size_t i) const;
  Step best_from(std::span<const char32_t> cps, std::size_t i, const Ahead& ahead, const std::vector<Step>& best,
                 const std::vector<bool>& cut) const;

  std::optional<Entry> lookup_han(char32_t c, std::uint64_t hash) const;
  bool title_after_head(std::span<const char32_t> cps, std::size_t at) const;

  const Dictionary& dictionary_;
  HashTable<Entry> extra_;  // the rule set's words and their prefixes
  // lookup() of each character of the CJK Unified Ideographs block, filled as the characters
  // come (0: not yet known): every position of a sentence starts with one, and this answers it
  // without two hash tables. Threads fill it together; each writes the same value.
  // Its last slot, past the block, is non-zero once any character is known: a word added after
  // use clears the cache, one added before (as the rule set's are) costs nothing.
  mutable std::vector<std::atomic<std::uint64_t>> han_;
  std::size_t longest_ = 0;
  std::vector<std::u32string> heads_, titles_;
};

}  // namespace kg::words
