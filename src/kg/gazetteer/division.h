// An official administrative division: one row of the National Bureau of Statistics' list of
// division codes (统计用区划代码), as the gazetteer stores it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg::gazetteer {

enum class Level : std::uint8_t { province, city, county, township, subdistrict, village, community, other };

// The names the GraphML `level` attribute uses.
std::string_view level_name(Level level);

inline constexpr std::uint32_t kNoParent = 0xFFFFFFFFu;

struct Division {
  std::uint64_t code = 0;                // as published: 2, 4, 6, 9 or 12 digits
  std::string official_name;             // 尼池社区居委会
  std::string name;                      // the name a text uses: 尼池社区
  std::vector<std::string> short_forms;  // other names a text uses: 西藏, 阿坝州
  Level level = Level::other;
  std::uint32_t parent = kNoParent;  // index of the division above, in the gazetteer's order
};

// The code zero-padded to twelve digits, the form every level shares (540402 -> 540402000000).
std::string padded_code(std::uint64_t code);

}  // namespace kg::gazetteer
