// Which of the names found in a sentence stand when they overlap: the longer of the same
// type, a parent name and the unit it opens, places inside other names.
#include <algorithm>
#include <string_view>

#include "kg/extract/mentions/mentions.h"

namespace kg::extract {

using rules::kOrganisation;
using rules::kPlace;

namespace {

bool contains(const Mention& outer, const Mention& inner) {
  return outer.begin <= inner.begin && inner.end <= outer.end && outer.end - outer.begin > inner.end - inner.begin;
}

// 东坝县人民医院 in 东坝县人民医院“健康驿站”: an organisation that opens a longer one is its parent
// and stays, nested.
bool is_parent_name(const Mention& outer, const Mention& inner) {
  // Only a parent that ends in a standard name: not 西坝乡中心 in 西坝乡中心卫生院.
  return outer.type == kOrganisation && inner.type == kOrganisation && inner.head && outer.begin == inner.begin &&
         inner.end < outer.end;
}

// 《国务院关于…的意见》, 《中共中央、国务院关于…》: a body named before 关于 in a document's title
// issued it; it stays, nested, for the title's issuer to be found.
bool issues_title(const Mention& title, const Mention& inner, const SentenceText& s) {
  static constexpr std::u32string_view kAbout = U"关于";
  if (title.type != rules::kProgram || inner.type != kOrganisation || title.begin == 0 ||
      s.cps[title.begin - 1] != U'《')
    return false;
  const std::u32string_view text(s.cps.data() + title.begin, title.end - title.begin);
  const std::size_t about = text.find(kAbout);
  return about != std::u32string_view::npos && inner.end <= title.begin + about;
}

}  // namespace

std::vector<Mention> resolve_overlaps(std::vector<Mention> found, const SentenceText& s) {
  std::stable_sort(found.begin(), found.end(), [](const Mention& a, const Mention& b) {
    return a.end - a.begin != b.end - b.begin ? a.end - a.begin > b.end - b.begin : a.begin < b.begin;
  });
  std::vector<Mention> kept;
  for (auto& m : found) {
    bool drop = false;
    for (const auto& k : kept) {
      const bool same_span = k.begin == m.begin && k.end == m.end;
      const bool overlap = m.begin < k.end && k.begin < m.end;
      if (same_span && (k.type == m.type || m.type != kPlace))
        drop = true;
      else if (is_parent_name(k, m) || (k.rule == kNumberedVillage && contains(k, m)) ||
               (contains(k, m) && issues_title(k, m, s)))
        continue;  // 阿扎镇 stays inside 阿扎镇5村
      else if (m.type != kPlace && k.type == m.type && overlap)
        drop = true;
      else if (m.type != kPlace && k.type != kPlace && contains(k, m))
        drop = true;
      else if (m.type == kPlace && k.type == kPlace && overlap)
        drop = true;
      if (drop) break;
    }
    if (!drop) kept.push_back(std::move(m));
  }
  std::sort(kept.begin(), kept.end(),
            [](const Mention& a, const Mention& b) { return a.begin != b.begin ? a.begin < b.begin : a.end > b.end; });
  for (auto& m : kept)
    for (const auto& k : kept)
      if (&k != &m && contains(k, m)) m.nested = true;
  return kept;
}

}  // namespace kg::extract
