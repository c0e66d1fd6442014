// One sentence as code points, with the byte offset of each, so that rules can count gaps in
// characters while results still point at bytes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kg/text/char_signature.h"
#include "kg/text/segment.h"

namespace kg::extract {

struct SentenceText {
  std::size_t index = 0;  // sentence number in the document
  std::size_t paragraph = 0;
  std::size_t base = 0;    // byte offset of the sentence in the normalised text
  std::string_view bytes;  // the sentence (a view into the document's text)
  std::vector<char32_t> cps;
  std::vector<std::size_t> offsets;  // byte offset of cps[i] within `bytes`; back() == bytes.size()
  text::CharSignature chars;         // which characters it holds, to rule out patterns quickly

  SentenceText(std::string_view all, const text::Sentence& sentence, std::size_t number);

  std::size_t size() const { return cps.size(); }
  // Code point index of a byte offset within `bytes` (a code point boundary).
  std::size_t index_of_byte(std::size_t byte) const;
  // UTF-8 of code points [begin, end).
  std::string slice(std::size_t begin, std::size_t end) const;
  // The same as a view into `bytes`, for lookups that need no copy.
  std::string_view view(std::size_t begin, std::size_t end) const {
    return bytes.substr(offsets[begin], offsets[end] - offsets[begin]);
  }
  // Normalised-text byte span of code points [begin, end).
  text::Span span(std::size_t begin, std::size_t end) const { return {base + offsets[begin], base + offsets[end]}; }
};

}  // namespace kg::extract
