#include "kg/extract/place_levels.h"

#include <map>

namespace kg::extract {

int level_rank(const std::string& level) {
  static const std::map<std::string, int> kRank = {{"province", 1}, {"city", 2},    {"county", 3},
                                                   {"township", 4}, {"town", 4},    {"subdistrict", 4},
                                                   {"other", 4},    {"village", 5}, {"community", 5}};
  const auto it = kRank.find(level);
  return it == kRank.end() ? 6 : it->second;
}

bool lies_in(const Mention& inner, const Mention& outer) {
  if (inner.level == "other") return outer.level != "other" && !outer.level.empty();
  return level_rank(inner.level) > level_rank(outer.level);
}

}  // namespace kg::extract
