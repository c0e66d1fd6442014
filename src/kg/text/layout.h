// Repair of lines broken by page layout.
//
// Text pasted from a PDF page breaks paragraphs in the middle of a sentence, often with a blank
// line in between ("兑现大学生奖励和资" / "" / "助金341万元"). A line is joined to the next
// non-blank line when it is long enough to be body text and does not end a sentence; headlines,
// kickers and datelines are short or end in punctuation, so they stay apart. Text wrapped at a
// narrow column (most lines as wide as the column) joins every full line to the next, however
// short the column. Where most lines are one sentence each (sites that set every sentence on a
// line of its own), the sentences run on as one paragraph until a line that is none.
//
// The result holds one paragraph per line, without blank lines, leading or trailing spaces.
#pragma once

#include "kg/text/text.h"

namespace kg::text {

struct LayoutOptions {
  // A line shorter than this (in code points) is taken for a headline and never joined.
  std::size_t min_body_line = 30;
  // The narrowest column, in display columns (a Chinese character takes two), that wrapped text
  // is recognised by, and the share of lines (percent) that must be about as wide as it.
  std::size_t min_column = 20;
  std::size_t column_share_percent = 30;
};

Text repair_layout(const Text& text, const LayoutOptions& options = {});

}  // namespace kg::text
