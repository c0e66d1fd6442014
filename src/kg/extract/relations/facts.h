// One fact, one edge, across a document: a fact restated later (a total in the lead, repeated
// in a paragraph below) keeps what the fuller statement said of it.
#pragma once

#include <vector>

#include "kg/extract/mention.h"

namespace kg::extract {

// Money restated without its year (投入资金500万元 after 2017年投入资金500万元) takes the year the
// document gave the same payer, recipient and amount, when it gave one year only.
void complete_restated_facts(std::vector<RelationMention>& relations);

}  // namespace kg::extract
