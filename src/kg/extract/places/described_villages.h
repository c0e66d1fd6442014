// Villages that are descriptions, not names: 生态村, 边境小村, 特色小镇 are kinds of village or town.
#pragma once

#include <vector>

#include "kg/extract/mention.h"
#include "kg/gazetteer/gazetteer.h"
#include "kg/words/segmenter.h"

namespace kg::extract {

// Drops villages, communities and towns the grammar built from a suffix (村, 社区, 小镇) that no official
// division bears and whose part before the suffix holds nothing of a name: only common words
// and function words of the dictionary (民俗文化村, 偏僻山村, 人员包村, 到此村). A syllable the
// dictionary does not know, a place's or a person's name, a number or a proper noun keeps the
// village (冻坡甲村, 三有村).
void drop_described_villages(std::vector<Mention>& mentions, const gazetteer::Gazetteer& divisions,
                             const words::Segmenter& segmenter);

}  // namespace kg::extract
