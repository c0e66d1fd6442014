// Sentence segmentation with ICU's BreakIterator over the UTF-8 text itself (utext_openUTF8),
// so boundaries come back as byte offsets. Paragraphs are the lines of the repaired text; no
// sentence crosses a paragraph, and each sentence knows its paragraph, which later stages use
// to carry an omitted subject over from the sentence before.
#pragma once

#include <vector>

#include "kg/text/text.h"

namespace kg::text {

struct Sentence {
  Span span;                  // normalised bytes, trailing white space excluded
  std::size_t paragraph = 0;  // 0-based index of the paragraph (line)
};

// A run of text with no sentence end is cut into pieces of at most this many bytes, at a comma
// or semicolon where one is near, so that no stage ever sees an unbounded sentence.
inline constexpr std::size_t kMaxSentenceBytes = 1500;

std::vector<Sentence> segment(const Text& text);

}  // namespace kg::text
