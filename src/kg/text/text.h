// Text: normalised UTF-8 with a map from every normalised byte back to the original bytes.
//
//   kg::text::Text t = kg::text::normalize(raw);      // NFKC, line ends, punctuation
//   t = kg::text::repair_layout(t);                    // join lines broken by PDF layout
//   std::size_t original = t.origin[i];                // where byte i came from
//
// Every later stage works on normalised text and reports spans in original bytes through
// `origin`, so a mention can always be shown in the file the user gave.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace kg::text {

struct Text {
  std::string bytes;                // normalised UTF-8
  std::vector<std::size_t> origin;  // origin[i]: original offset of normalised byte i;
                                    // origin.size() == bytes.size() + 1 (end maps to end)

  // Original half-open span of the normalised half-open span [begin, end).
  std::size_t original_begin(std::size_t begin) const { return origin[begin]; }
  std::size_t original_end(std::size_t end) const;
};

// Half-open byte span [begin, end).
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t size() const { return end - begin; }
  friend bool operator==(const Span&, const Span&) = default;
};

}  // namespace kg::text
