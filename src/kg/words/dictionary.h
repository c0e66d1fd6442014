// The segmenter's word list, compiled and memory-mapped like the division list: opening it
// reads a header, and segmenting a sentence touches a few pages of the hash table, so a
// one-article run pays nothing for the 350,000 words it does not look up.
//
//   kg::words::compile_dictionary("jieba.dict.utf8", "jieba 5.x via nodejieba 3.5.8", "words.kgw");
//   kg::words::Dictionary d = kg::words::Dictionary::open("words.kgw");
//   d.find(hash_of(U"研究所"))  ->  Entry{log probability, Tag::noun, is_word}
//
// Source format: one word a line, "WORD FREQUENCY TAG" (the jieba dictionary format).
// File format (little-endian, version 1): a header, then an open-addressing table of 64-bit
// hashes of code points. Every proper prefix of a word is in the table too, marked as no word,
// so that the segmenter knows when to stop extending a candidate.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "kg/words/tags.h"

namespace kg::words {

struct Entry {
  float log_probability = 0;  // of the word among all words; meaningless for a prefix
  Tag tag = Tag::unknown;
  bool is_word = false;  // false: only a prefix of longer words
};

// Hash of a run of code points, extendable one code point at a time.
class WordHash {
 public:
  void add(char32_t c) {
    for (int shift = 0; shift < 32; shift += 8) {
      value_ ^= (static_cast<std::uint64_t>(c) >> shift) & 0xFF;
      value_ *= 1099511628211ull;
    }
  }
  std::uint64_t value() const { return value_ == 0 ? 1 : value_; }  // 0 marks an empty slot

 private:
  std::uint64_t value_ = 1469598103934665603ull;
};

std::uint64_t hash_of(std::u32string_view word);

class Dictionary {
 public:
  // Throws kg::Error naming the file when it cannot be read or is not a word file.
  static Dictionary open(const std::string& path);
  Dictionary(Dictionary&&) noexcept;
  Dictionary& operator=(Dictionary&&) noexcept;
  ~Dictionary();

  std::optional<Entry> find(std::uint64_t hash) const;
  // Asks the processor to load the slot `find(hash)` reads first: the table is tens of
  // megabytes, and a segmenter that announces the next few lookups overlaps their cache misses.
  void prefetch(std::uint64_t hash) const;
  std::size_t size() const;         // words, not counting prefixes
  std::size_t longest_word() const;  // in code points
  float unknown_log_probability() const;  // for a character the list lacks
  std::string_view source() const;

 private:
  struct Mapping;
  explicit Dictionary(std::unique_ptr<Mapping> mapping);
  std::unique_ptr<Mapping> m_;
};

// Reads a word list in the jieba format and writes the compiled file atomically to `out`.
// Throws kg::Error with the source's file and line for a malformed line. Returns the word count.
std::size_t compile_dictionary(const std::string& source_file, const std::string& source_label,
                               const std::string& out);

}  // namespace kg::words
