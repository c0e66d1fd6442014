// 县委县政府, 市委市政府, 州委州政府: the Party committee and the government of one place, named
// together as the leadership that acts. They are two bodies; the graph gets each.
#pragma once

#include <vector>

#include "kg/extract/mention.h"
#include "kg/extract/sentence_text.h"

namespace kg::extract {

// Replaces each organisation labelled PLACE委(PLACE-LEVEL)(人民)政府 (嘉黎县委县政府) by two
// mentions, PLACE委 and PLACE(人民)政府, each over its part of the text.
void split_joint_bodies(std::vector<Mention>& mentions, const std::vector<SentenceText>& sentences);

// PLACE党委政府 (堆龙德庆区党委政府) names PLACE党委 and PLACE政府, each over its part of the text.
void add_party_and_government(std::vector<Mention>& mentions, const std::vector<SentenceText>& sentences);

}  // namespace kg::extract
