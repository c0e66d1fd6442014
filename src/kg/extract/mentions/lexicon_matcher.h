// Longest-match lookup of many words over code points, the workhorse behind lexicons, boundary
// words, suffixes and cue words. Dictionary matching runs over characters, not over a
// segmenter's words, so that no entry is lost to a segmentation choice.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "kg/hash_table.h"
#include "kg/text/utf8.h"

namespace kg::extract {

class WordMatcher {
 public:
  // Adds `word` (UTF-8) with a caller's payload; a word may carry several payloads.
  void add(const std::string& word, int payload);

  struct Match {
    std::size_t length = 0;  // in code points; 0 = no match
    const std::vector<int>* payloads = nullptr;
  };

  // Longest word that starts at cps[pos].
  Match longest_at(const std::vector<char32_t>& cps, std::size_t pos) const;
  // Longest word that ends just before cps[end].
  Match longest_ending_at(const std::vector<char32_t>& cps, std::size_t end) const;
  bool empty() const { return words_.empty(); }

  struct Word {
    std::u32string text;
    std::vector<int> payloads;
  };

 private:
  Match single(char32_t c) const;
  // The first word of a bucket (longest first) that `fits` the text there; no match without one.
  template <typename Fits>
  Match first_fitting(const std::vector<std::size_t>* bucket, Fits&& fits) const {
    if (bucket)
      for (std::size_t index : *bucket)
        if (fits(words_[index].text)) return {words_[index].text.size(), &words_[index].payloads};
    return {};
  }

  std::vector<Word> words_;
  std::unordered_map<std::u32string, std::size_t> index_;
  // Words of two code points or more indexed by their first two and by their last two, longest
  // first: a lookup compares only the few words that can match there (a bucket by one character
  // held hundreds of words for 县 or 市), and the first that does is the longest.
  HashTable<std::vector<std::size_t>> by_first_two_;
  HashTable<std::vector<std::size_t>> by_last_two_;
  HashTable<std::size_t> single_;  // words of one code point
  // Which characters of the Basic Multilingual Plane begin or end a word: most positions of a
  // text are answered here, without a hash lookup.
  std::vector<bool> first_in_bmp_ = std::vector<bool>(0x10000, false);
  std::vector<bool> last_in_bmp_ = std::vector<bool>(0x10000, false);
  std::vector<bool> single_in_bmp_ = std::vector<bool>(0x10000, false);
  // Hashed pairs that open or close a word of two or more: most pairs of a text are in no
  // word, and a bit test answers them without a table lookup.
  std::vector<bool> first_pairs_ = std::vector<bool>(kPairBits, false);
  std::vector<bool> last_pairs_ = std::vector<bool>(kPairBits, false);
  static constexpr std::size_t kPairBits = 1 << 16;
};

using text::to_u32;  // the extract stages read code points throughout

}  // namespace kg::extract
