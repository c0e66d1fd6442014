#include "kg/extract/places/place_forms.h"

#include <algorithm>
#include <set>

#include "kg/extract/names/names.h"
#include "kg/rules/rule_set.h"
#include "kg/text/utf8.h"

namespace kg::extract {

namespace {

// A place's label, and for a city of two syllables or more its bare name (拉萨 in 拉萨经开区).
void add_place_forms(const std::string& label, std::map<std::string, std::string>& forms) {
  forms.emplace(label, label);
  // A body or a site named after a city's, prefecture's or county's bare name lies there.
  if (const auto bare = bare_place_name(label)) forms.emplace(*bare, label);
}

// 东沟 for 东沟村, 鲁朗 for 鲁朗镇: a village's or a township's name without its level character,
// where it is a name of its own: no common word of the dictionary (团结 of 团结村, 幸福 of 幸福村),
// no number (阿扎镇5村, 罗玛镇十村) and no start of another place the document names (柳梧 of 柳梧乡
// opens 柳梧新区). The bodies and sites whose names open with it lie there (东沟红色旅游景区,
// 东沟革命烈士陵园); within a chain (三江源国家公园黄河源…) it is a word like any other.
void add_local_stems(const std::vector<Mention>& mentions, const words::Segmenter& segmenter,
                     std::map<std::string, std::string>& forms) {
  constexpr std::size_t kShortest = 2;
  std::map<std::string, std::string> places;  // label -> level
  for (const auto& m : mentions)
    if (m.type == rules::kPlace) places.emplace(m.label, m.level);
  // A division or a zone (柳梧新区) of that name is another place; a site (东沟红色旅游景区) lies there.
  const auto opens_another = [&](const std::string& stem, const std::string& label) {
    return std::any_of(places.begin(), places.end(), [&](const auto& p) {
      return p.first != label && p.first.starts_with(stem) && (p.second != "other" || p.first.ends_with("区"));
    });
  };
  for (const auto& [label, level] : places) {
    const std::u32string cps = to_u32(label);
    if (cps.size() < kShortest + 1 || !is_local_place(label)) continue;
    const std::u32string stem = cps.substr(0, cps.size() - 1);
    static constexpr std::u32string_view kNumbering = U"一二三四五六七八九十乡镇";  // 罗玛镇十村, 卡龙乡一村
    if (std::any_of(stem.begin(), stem.end(), [](char32_t c) { return !text::is_han(c); }) ||
        kNumbering.find(stem.back()) != std::u32string_view::npos)
      continue;
    const auto words = segmenter.segment(stem);
    if (words.size() == 1 && words::is_common_tag(words.front().tag)) continue;
    const std::string utf8 = text::to_utf8(stem);
    if (!opens_another(utf8, label)) forms.emplace(utf8, label);
  }
}

}  // namespace

bool is_local_place(const std::string& label) {
  return label.ends_with("村") || label.ends_with("乡") || label.ends_with("镇");
}

std::map<std::string, std::string> forms_of_places(const std::vector<Mention>& mentions,
                                                   const words::Segmenter* segmenter) {
  std::map<std::string, std::string> forms;
  for (const auto& m : mentions)
    if (m.type == rules::kPlace) add_place_forms(m.label, forms);
  if (segmenter) add_local_stems(mentions, *segmenter, forms);
  return forms;
}

}  // namespace kg::extract
