// Pinyin of a label, for search in viewers: "ba yi qu wei jian wei" for 巴宜区卫健委.
//
// ICU's Han-Latin/Names transliterator gives it, but run on every label of a corpus graph it
// was a quarter of the whole run. Its rules read each character alone, except a surname reading
// at a name's start and a few two-character words (藏文, 重庆, 令狐): so each character is
// transliterated once, at the start and after another character, and cached; a label holding one
// of those words, or punctuation next to a Latin letter or digit, goes through the transliterator
// whole. The result equals ICU's, character for character.
#pragma once

#include <string>

namespace kg::graph {

// Accents removed, lower case; a character without a reading is left out.
std::string pinyin(const std::string& label);

// Loads ICU's transliterator (a tenth of a second) now, so that a caller with a core to spare
// can do it while documents are read rather than when the graph is described.
void prepare_pinyin();

}  // namespace kg::graph
