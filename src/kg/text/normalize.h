// Normalisation of raw article text.
//
// - NFKC, one code point at a time, so full-width digits and letters become ASCII while the
//   offset map stays exact. Chinese punctuation is kept as it is (NFKC would turn "，" into ",").
// - A letter-spaced line (justified PDF text: 山 南 市 投 入 1 0 0 万 元) loses the single spaces
//   between its characters.
// - CR LF and lone CR become LF; characters XML 1.0 forbids (form feeds from PDFs) become spaces.
// - ASCII , ; : ! ? ( ) next to a non-ASCII character become their full-width forms, so that
//   text pasted from a PDF reads like the rest of the genre ("今年以来,雪川市" -> "今年以来，雪川市").
// - An ASCII full stop right after Chinese text is the full stop 。 (a decimal point follows a digit).
// - Straight double quotes in Chinese text become the curly pair they stand for (开展"清洁家园"
//   行动 -> 开展“清洁家园”行动), so quoted names read as quoted.
#pragma once

#include <string_view>

#include "kg/text/text.h"

namespace kg::text {

// REQUIRES: `raw` is valid UTF-8 (see find_invalid_utf8).
Text normalize(std::string_view raw);

}  // namespace kg::text
