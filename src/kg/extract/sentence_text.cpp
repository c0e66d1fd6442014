#include "kg/extract/sentence_text.h"

#include <algorithm>

#include "kg/text/utf8.h"

namespace kg::extract {

SentenceText::SentenceText(std::string_view all, const text::Sentence& sentence, std::size_t number)
    : index(number),
      paragraph(sentence.paragraph),
      base(sentence.span.begin),
      bytes(all.substr(sentence.span.begin, sentence.span.size())) {
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    offsets.push_back(pos);
    cps.push_back(text::decode_utf8(bytes, pos));
  }
  offsets.push_back(bytes.size());
  chars = text::CharSignature(cps);
}

std::size_t SentenceText::index_of_byte(std::size_t byte) const {
  return static_cast<std::size_t>(std::lower_bound(offsets.begin(), offsets.end(), byte) - offsets.begin());
}

std::string SentenceText::slice(std::size_t begin, std::size_t end) const {
  return std::string(bytes.substr(offsets[begin], offsets[end] - offsets[begin]));
}

}  // namespace kg::extract
