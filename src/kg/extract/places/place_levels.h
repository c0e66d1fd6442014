// The order of administrative levels, as place chains are written: big to small.
#pragma once

#include <string>

#include "kg/extract/mention.h"
#include "kg/levels.h"

namespace kg::extract {

using kg::level_rank;

// In a chain written big to small (东坝县西坝镇团结村), is `inner`, written right after
// `outer`, inside it? A lower level is; so is a site (level other: a base, a park) after any
// place but another site. 城关区拉萨河 is no chain: a city never follows its county.
bool lies_in(const Mention& inner, const Mention& outer);

}  // namespace kg::extract
