// The administrative levels of the output contract and their order, big to small, shared by the
// stages that reason about place chains (extract) and draw them (export).
#pragma once

#include <string>

namespace kg {

// province 1, city 2, county 3, township/town/subdistrict 4 (and "other": a development zone
// holds villages as a township does), village/community 5; anything else 6.
inline int level_rank(const std::string& level) {
  if (level == "province") return 1;
  if (level == "city") return 2;
  if (level == "county") return 3;
  if (level == "township" || level == "town" || level == "subdistrict" || level == "other") return 4;
  if (level == "village" || level == "community") return 5;
  return 6;
}

}  // namespace kg
