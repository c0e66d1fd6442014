// The forms a document writes its places in, for the names that open with them: 拉萨市 and
// 拉萨 (拉萨经开区), 东沟村 and 东沟 (东沟革命烈士陵园).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "kg/extract/mention.h"
#include "kg/words/segmenter.h"

namespace kg::extract {

// Every place label of the mentions, and the bare names that stand for one: a city's, a
// prefecture's or a county's name without its level word; with the word dictionary, a village's
// or a township's name without its level character where it is a name of its own. Maps each
// form to its place's label.
std::map<std::string, std::string> forms_of_places(const std::vector<Mention>& mentions,
                                                   const words::Segmenter* segmenter);

// Is the label a village's or a township's (村, 乡, 镇)? Its bare name (东沟 of 东沟村) stands for
// it only where it opens a name; inside one it is a word like any other.
bool is_local_place(const std::string& label);

}  // namespace kg::extract
