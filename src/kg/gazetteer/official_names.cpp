#include "kg/gazetteer/official_names.h"

#include <array>
#include <string_view>

namespace kg::gazetteer {

namespace {

bool ends_with(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

std::string_view drop_tail(std::string_view s, std::string_view tail) {
  return s.substr(0, s.size() - tail.size());
}

// UTF-8 characters in a string (the names are well-formed: they come from a checked file).
std::size_t characters(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// China's 55 recognised minorities, as they appear inside autonomous area names. Names of one
// character stand only with 族 (白族); longer ones also without it (伊犁哈萨克自治州).
constexpr std::array<std::string_view, 55> kEthnicGroups = {
    "蒙古", "回",   "藏",   "维吾尔", "苗",     "彝",       "壮",     "布依",   "朝鲜",     "满",     "侗",
    "瑶",   "白",   "土家", "哈尼",   "哈萨克", "傣",       "黎",     "傈僳",   "佤",       "畲",     "高山",
    "拉祜", "水",   "东乡", "纳西",   "景颇",   "柯尔克孜", "土",     "达斡尔", "仫佬",     "羌",     "布朗",
    "撒拉", "毛南", "仡佬", "锡伯",   "阿昌",   "普米",     "塔吉克", "怒",     "乌孜别克", "俄罗斯", "鄂温克",
    "德昂", "保安", "裕固", "京",     "塔塔尔", "独龙",     "鄂伦春", "赫哲",   "门巴",     "珞巴",   "基诺"};

// Removes the ethnic groups that end `name` (阿坝藏族羌族 -> 阿坝); unchanged when none does.
std::string_view strip_ethnic_groups(std::string_view name) {
  for (bool stripped = true; stripped;) {
    stripped = false;
    for (std::string_view group : kEthnicGroups) {
      const std::string with_zu = std::string(group) + "族";
      if (ends_with(name, with_zu)) {
        name = drop_tail(name, with_zu);
      } else if (characters(group) > 1 && ends_with(name, group)) {
        name = drop_tail(name, group);
      } else {
        continue;
      }
      stripped = true;
      break;
    }
  }
  if (ends_with(name, "各族")) name = drop_tail(name, "各族");
  return name;
}

// 阿坝藏族羌族自治州 -> 阿坝州, 更章门巴民族乡 -> 更章乡; empty when the name has no such form.
std::string autonomous_short_form(std::string_view name) {
  struct Form {
    std::string_view tail, short_tail;
  };
  constexpr std::array<Form, 5> kForms = {
      {{"自治州", "州"}, {"自治县", "县"}, {"自治旗", "旗"}, {"民族乡", "乡"}, {"族乡", "乡"}}};
  for (const auto& form : kForms) {
    if (!ends_with(name, form.tail)) continue;
    std::string_view stem = drop_tail(name, form.tail);
    if (form.tail == "族乡") stem = std::string_view(name.data(), stem.size() + std::string_view("族").size());
    const std::string_view place = strip_ethnic_groups(stem);
    if (place.size() == stem.size() || characters(place) < 2) return {};
    return std::string(place) + std::string(form.short_tail);
  }
  return {};
}

// 西藏自治区 -> 西藏, 四川省 -> 四川, 北京市 -> 北京.
std::string province_short_form(std::string_view name) {
  for (std::string_view tail : {"特别行政区", "自治区", "省", "市"}) {
    if (!ends_with(name, tail)) continue;
    const std::string_view stem = drop_tail(name, tail);
    const std::string_view place = strip_ethnic_groups(stem);
    // 内蒙古自治区 is 内蒙古: no ethnic group to strip when too little would be left.
    if (characters(place) >= 2) return std::string(place);
    return characters(stem) >= 2 ? std::string(stem) : std::string();
  }
  return {};
}

// Village tier: the committee stands for its village or community.
std::string village_name(std::string_view official) {
  for (std::string_view tail : {"村民委员会", "村委会"}) {
    if (!ends_with(official, tail)) continue;
    const std::string_view stem = drop_tail(official, tail);
    if (characters(stem) == 0) break;
    return ends_with(stem, "村") ? std::string(stem) : std::string(stem) + "村";
  }
  for (std::string_view tail : {"居民委员会", "居委会"}) {
    if (!ends_with(official, tail)) continue;
    const std::string_view stem = drop_tail(official, tail);
    if (characters(stem) == 0) break;
    return ends_with(stem, "社区") || ends_with(stem, "村") ? std::string(stem) : std::string(stem) + "社区";
  }
  return std::string(official);
}

}  // namespace

std::string usual_name(const std::string& official, Tier tier) {
  return tier == Tier::village ? village_name(official) : official;
}

std::vector<std::string> match_keys(const std::string& official, Tier tier) {
  std::vector<std::string> keys{usual_name(official, tier)};
  std::string short_form;
  if (tier == Tier::province) {
    short_form = province_short_form(official);
  } else if (tier == Tier::city || tier == Tier::county || tier == Tier::township) {
    short_form = autonomous_short_form(official);
  }
  if (!short_form.empty() && short_form != keys.front()) keys.push_back(short_form);
  return keys;
}

Level level_of(const std::string& usual, Tier tier) {
  switch (tier) {
    case Tier::province:
      return Level::province;
    case Tier::city:
      return Level::city;
    case Tier::county:
      return Level::county;
    case Tier::township:
      if (ends_with(usual, "街道")) return Level::subdistrict;
      if (ends_with(usual, "乡") || ends_with(usual, "镇") || ends_with(usual, "苏木")) return Level::township;
      return Level::other;
    case Tier::village:
      if (ends_with(usual, "社区")) return Level::community;
      if (ends_with(usual, "村") || ends_with(usual, "嘎查")) return Level::village;
      return Level::other;
  }
  return Level::other;
}

bool is_grouping_row(const std::string& official) {
  return official == "市辖区" || official == "县" || ends_with(official, "直辖县级行政区划");
}

}  // namespace kg::gazetteer
