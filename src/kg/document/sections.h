// Texts too large to extract at once (a whole archive pasted into one file, a 70 MB line from a
// broken export) are read in parts, so that memory grows with a part and not with the text.
//
//   for (Document& part : split_sections(std::move(doc))) ...   // one part when doc is small
//
// A part ends at a paragraph break where one falls in its second half, else at a line break,
// else after a sentence's end, else between two characters. Parts keep the document's id and
// source; their offsets stay those of the whole file; only the first counts as a document.
#pragma once

#include <vector>

#include "kg/document/document.h"

namespace kg::document {

// News articles are kilobytes; only texts far beyond any article are cut.
inline constexpr std::size_t kSectionBytes = 1u << 20;

std::vector<Document> split_sections(Document doc, std::size_t max_bytes = kSectionBytes);

}  // namespace kg::document
