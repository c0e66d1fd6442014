// Where names end: the per-type maps of boundary, count and cue words a sentence holds, which
// the name finders walk up to and never over.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "kg/extract/mentions/mentions.h"

namespace kg::extract {

struct EntityRecognizer::Blocks {
  // Per type and code point: the length of the boundary word covering it, 0 for none.
  std::map<std::string, std::vector<unsigned char>> by_type;
  std::vector<bool> in_lexicon;  // covered by a lexicon form
  const std::vector<unsigned char>& of(const std::string& type) const { return by_type.at(type); }
};

}  // namespace kg::extract
