#include "kg/extract/places/place_levels.h"

namespace kg::extract {

bool lies_in(const Mention& inner, const Mention& outer) {
  if (inner.level == "other") return outer.level != "other" && !outer.level.empty();
  return level_rank(inner.level) > level_rank(outer.level);
}

}  // namespace kg::extract
