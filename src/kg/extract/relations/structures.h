// Relations read off the shape of names rather than cue words: place chains (雪川市东坝县),
// a body named after its place or its parent, an issuer before a document's title, and the
// program a headline names.
#pragma once

#include <vector>

#include "kg/extract/relations/frames.h"

namespace kg::extract {

void find_structures(const std::vector<rules::StructureRule>& rules, const SentenceContext& c,
                     std::vector<RelationMention>& out);

}  // namespace kg::extract
