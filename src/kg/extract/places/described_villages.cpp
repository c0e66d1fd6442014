#include "kg/extract/places/described_villages.h"

#include <algorithm>

#include "kg/rules/rule_set.h"
#include "kg/text/utf8.h"

namespace kg::extract {

namespace {

// Built by a suffix rule of the rule set (not the division list, a pattern or a lexicon).
bool built_village(const Mention& m) {
  return m.type == rules::kPlace && (m.level == "village" || m.level == "community" || m.level == "town") &&
         m.rule.starts_with("place.suffix.");
}

// Does the part of the name before its level word hold only words that name no place?
bool describes(const std::string& label, const words::Segmenter& segmenter) {
  const std::u32string name = text::to_u32(label);
  std::u32string_view stem = name;
  for (const std::u32string_view level :
       {std::u32string_view(U"社区"), std::u32string_view(U"小镇"), std::u32string_view(U"村")})
    if (stem.size() > level.size() && stem.ends_with(level)) {
      stem.remove_suffix(level.size());
      break;
    }
  // A lone character may be a syllable of a transliterated name (俄满村), unless it is a
  // function word (在新村, 他处村).
  const auto syllable = [](const words::Word& w) { return w.end - w.begin == 1 && words::may_stand_in_name(w.tag); };
  const auto words = segmenter.segment(stem);
  return !words.empty() && std::none_of(words.begin(), words.end(), [&](const words::Word& w) {
    return words::is_distinctive(w.tag) || syllable(w);
  });
}

}  // namespace

void drop_described_villages(std::vector<Mention>& mentions, const gazetteer::Gazetteer& divisions,
                             const words::Segmenter& segmenter) {
  std::erase_if(mentions, [&](const Mention& m) {
    return built_village(m) && divisions.find(m.label).empty() && describes(m.label, segmenter);
  });
}

}  // namespace kg::extract
