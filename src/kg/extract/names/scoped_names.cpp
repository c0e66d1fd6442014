// Departments written with only a level (县政府, 乡党委) or bare (人社局): which place the text
// means, read from the places named before them.
#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "kg/extract/names/names.h"

namespace kg::extract {

namespace {

// The last character of a UTF-8 label.
std::string last_char(const std::string& label) {
  std::size_t at = label.size();
  while (at > 0 && (static_cast<unsigned char>(label[at - 1]) & 0xC0) == 0x80) --at;
  return at > 0 ? label.substr(at - 1) : "";
}

// The level character a scoped name was written with: 区 in 全区 or 区委宣传部, 县 in 该县.
std::string level_mark(const Mention& m) {
  if (m.scope_head.size() >= m.label.size()) return "";
  return last_char(m.label.substr(0, m.label.size() - m.scope_head.size()));
}

// The places a document names, per level: the one it names most (first named on a tie), and
// the same per level and last character (区 for 城关区, not 班戈县).
class ScopePlaces {
 public:
  explicit ScopePlaces(const std::vector<Mention>& mentions) {
    std::map<std::string, std::size_t> counts;
    for (const auto& m : mentions)
      if (is_named_place(m)) {
        ++counts[m.label];
        // 西藏 found by the lexicon entry 西藏自治区: its full name is in the rule's id.
        if (const auto slash = m.rule.find('/'); slash != std::string::npos) full_[m.label] = m.rule.substr(slash + 1);
      }
    std::map<std::string, std::size_t> best;
    for (const auto& m : mentions) {
      if (!is_named_place(m)) continue;
      for (const std::string& key : {m.level, m.level + last_char(m.label)})
        if (counts.at(m.label) > best[key]) {
          best[key] = counts.at(m.label);
          main_[key] = m.label;
        }
    }
  }

  static bool is_named_place(const Mention& m) { return m.type == rules::kPlace && !m.level.empty() && !m.deictic; }

  // An autonomous region (西藏, 广西壮族自治区): a province named by neither 省 nor 市, in the
  // full name the lexicon gives a short form (北京 is 北京市, 四川 四川省).
  bool is_region(const std::string& label) const {
    const auto full = full_.find(label);
    const std::string& name = full == full_.end() ? label : full->second;
    return last_char(name) != "省" && last_char(name) != "市";
  }

  void named(const Mention& m) {
    if (!is_named_place(m)) return;
    if (m.rule == kOfficialPlaceRule) proposed_.insert(m.label);
    last_[m.level] = m.label;
    last_[m.level + last_char(m.label)] = m.label;
    ++named_;
    if (m.level == "province" && is_region(m.label)) region_ = {m.label, named_};
    if (m.level == "county" && last_char(m.label) == "区") district_named_ = named_;
  }

  // The place a name written with only a level (县政府, 全区) stands for: the last one named at
  // that level and with that character, else the one named most; 区 with no district of its
  // own is the autonomous region (全区, 区党委 in a text about 班戈县 and 西藏).
  std::optional<std::string> place_for(const std::string& level, const std::string& mark,
                                       const std::string& head) const {
    // 西藏自治区党委书记…，区党委副书记: a district's committee is its 区委, so a 区党委 after
    // the region was named since the last district is the region's.
    if (mark == "区" && head.starts_with("党委") && region_.second > district_named_) return region_.first;
    for (const auto* source : {&last_, &main_})
      if (const auto it = source->find(level + mark); it != source->end()) return it->second;
    if (mark == "区")
      if (const auto it = main_.find("province"); it != main_.end() && is_region(it->second)) return it->second;
    if (level == "province" && mark == "区") return std::nullopt;  // 自治区: a region, or none
    for (const auto* source : {&last_, &main_})
      if (const auto it = source->find(level); it != source->end()) return it->second;
    return std::nullopt;
  }

  // A place named short (四川, 西藏) before the rest of a name written with its level character
  // (省委统战部, 区党委): the level goes back in, from the full name where the text gave it
  // (四川省委统战部, 西藏自治区党委); a character that does not fit it is left out (北京 for 省).
  std::string with_level(const std::string& place, const std::string& mark, const std::string& scope_level) const {
    static const std::set<std::string> kLevels = {"省", "市", "县", "区", "州", "旗", "盟", "乡", "镇", "村"};
    if (mark.empty() || kLevels.count(last_char(place))) return place;
    if (const auto full = full_.find(place); full != full_.end())
      return last_char(full->second) == mark ? full->second : place;
    if (mark == "区") return scope_level == "county" ? place : place + "自治区";
    return place + mark;
  }

  // Was the place named by the division list rather than by the rules?
  bool proposed(const std::string& label) const { return proposed_.count(label) > 0; }

  // The place a bare department (人社局) belongs to: the county the document names most, else its
  // city.
  std::optional<std::string> document_place() const {
    for (const char* level : {"county", "city"})
      if (const auto it = main_.find(level); it != main_.end()) return it->second;
    return std::nullopt;
  }

 private:
  std::map<std::string, std::string> main_;  // level (+ last character) -> label
  std::map<std::string, std::string> last_;
  std::map<std::string, std::string> full_;            // short label -> the full name of its lexicon entry
  std::size_t named_ = 0;                              // places named so far
  std::pair<std::string, std::size_t> region_{"", 0};  // the last region named, and when
  std::size_t district_named_ = 0;                     // when the last district was named
  std::set<std::string> proposed_;                     // places named so far by the division list
};

}  // namespace

void resolve_scope(std::vector<Mention>& mentions) {
  ScopePlaces places(mentions);
  // 县政府 is the county named last before it; a bare 人社局 is the county the article names most,
  // unless the article names a body that ends with it (区委宣传部 for 宣传部): then the short
  // name is resolved to that body later.
  std::set<std::string> prefixed;
  for (const auto& m : mentions)
    if (m.type == rules::kOrganisation && m.scope_level.empty()) prefixed.insert(m.label);
  const auto named_in_full = [&](const std::string& head) {
    return std::any_of(prefixed.begin(), prefixed.end(),
                       [&](const std::string& l) { return l.size() > head.size() && l.ends_with(head); });
  };
  for (Mention& m : mentions) {
    places.named(m);
    if (m.scope_level.empty()) continue;
    const bool bare = m.scope_level == "default";
    if (bare && named_in_full(m.scope_head)) continue;
    const auto place = bare ? places.document_place() : places.place_for(m.scope_level, level_mark(m), m.scope_head);
    if (place) {
      const bool body = !m.scope_head.empty();  // 全省 is the place itself, named as the text names it
      m.label = places.with_level(*place, bare || !body ? "" : level_mark(m), m.scope_level) + m.scope_head;
      m.deictic = false;
    } else {
      // 公安局 in an article that names no county, 村文化中心 in one that names no village: no
      // particular body.
      m.deictic = true;
    }
  }
  // 该县 in a text that names no county stays unknown rather than becoming a node.
  std::erase_if(mentions, [](const Mention& m) { return m.deictic; });
}

void rescope_to_official_places(std::vector<Mention>& mentions) {
  ScopePlaces places(mentions);
  for (Mention& m : mentions) {
    places.named(m);
    const bool body = m.type == rules::kOrganisation && !m.scope_head.empty();
    if (!body || m.scope_level.empty() || m.scope_level == "default") continue;
    // The level character the text wrote stands right before the head: 镇 of 镇政府.
    if (m.surface.size() <= m.scope_head.size() || !m.surface.ends_with(m.scope_head) ||
        !m.label.ends_with(m.scope_head))
      continue;
    const std::string mark = last_char(m.surface.substr(0, m.surface.size() - m.scope_head.size()));
    const auto place = places.place_for(m.scope_level, mark, m.scope_head);
    if (!place || !places.proposed(*place)) continue;
    m.label = places.with_level(*place, mark, m.scope_level) + m.scope_head;
  }
}

}  // namespace kg::extract
