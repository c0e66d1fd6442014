// From official division names to the names texts use. The list names a village committee
// (罗布村委会, 鸳鸯村村民委员会) or a residents' committee (尼池社区居委会) where an article
// says 罗布村, 鸳鸯村, 尼池社区; provinces and autonomous prefectures have short forms
// (西藏, 阿坝州) that articles use as often as the full name.
#pragma once

#include <string>
#include <vector>

#include "kg/gazetteer/division.h"

namespace kg::gazetteer {

// Which file of the list a row comes from.
enum class Tier { province, city, county, township, village };

// The name an article uses for the division (the first match key).
std::string usual_name(const std::string& official, Tier tier);

// Every name that matches the division in a text: the usual name first, then short forms.
std::vector<std::string> match_keys(const std::string& official, Tier tier);

// The level a division's name and tier give it (镇 and 乡 are townships, 街道 subdistricts,
// 社区 communities; 农场, 林场 and 开发区 at township tier are "other").
Level level_of(const std::string& usual, Tier tier);

// Placeholder rows that group divisions without naming a place (市辖区, 省直辖县级行政区划).
bool is_grouping_row(const std::string& official);

}  // namespace kg::gazetteer
