#include <algorithm>
#include <map>
#include <set>
#include <unordered_set>

#include "kg/extract/names/names.h"
#include "kg/text/utf8.h"

namespace kg::extract {

namespace {

std::set<EntityRef> related(const std::vector<RelationMention>& relations) {
  std::set<EntityRef> out;
  for (const auto& r : relations) {
    out.insert(r.source);
    out.insert(r.target);
  }
  return out;
}

// Entities some mention names by more than common words (a place, a quoted name, a proper
// noun), or that the text returns to in another sentence.
std::set<EntityRef> named_somewhere(const std::vector<Mention>& mentions) {
  std::set<EntityRef> out;
  std::map<EntityRef, std::size_t> first_sentence;
  for (const auto& m : mentions) {
    const EntityRef ref{m.type, m.label};
    if (!m.common) out.insert(ref);
    const auto [at, fresh] = first_sentence.emplace(ref, m.sentence);
    if (!fresh && at->second != m.sentence) out.insert(ref);
  }
  return out;
}

// The labels of the document's places and bodies.
std::unordered_set<std::string> place_and_body_labels(const std::vector<Mention>& mentions) {
  std::unordered_set<std::string> out;
  for (const auto& m : mentions)
    if (m.type != rules::kProgram && !m.label.empty()) out.insert(m.label);
  return out;
}

// The document's naming may take a place or body into a label (东坝县 of
// 东坝县解决欠薪问题联席会议制度) after the words were read. Every run of whole characters of the
// label is looked up, so that a long document costs no more per name than a short one.
bool holds_named(const std::string& label, const std::unordered_set<std::string>& named) {
  const std::u32string cps = text::to_u32(label);
  for (std::size_t begin = 0; begin < cps.size(); ++begin)
    for (std::size_t end = begin + 1; end <= cps.size(); ++end)
      if ((begin > 0 || end < cps.size()) && named.count(text::to_utf8(cps.substr(begin, end - begin)))) return true;
  return false;
}

// 康定情歌国际音乐节, 当雄虫草文化旅游节: a county or city written bare at the head of the name,
// which the word dictionary knows as a common word or not at all.
bool opens_with_division(const std::string& label, const gazetteer::Gazetteer& divisions) {
  const std::u32string name = text::to_u32(label);
  for (std::size_t length = 2; length <= 3 && length < name.size(); ++length)
    for (const std::u32string level : {U"县", U"市", U"区", U"旗"})
      if (!divisions.find(text::to_utf8(name.substr(0, length) + level)).empty()) return true;
  return false;
}

}  // namespace

void drop_idle_kinds(std::vector<Mention>& mentions, const std::vector<RelationMention>& relations,
                     const gazetteer::Gazetteer* divisions) {
  const std::set<EntityRef> in_frames = related(relations);
  const std::set<EntityRef> named = named_somewhere(mentions);
  const std::unordered_set<std::string> places_and_bodies = place_and_body_labels(mentions);
  std::erase_if(mentions, [&](const Mention& m) {
    const EntityRef ref{m.type, m.label};
    return m.common && !named.count(ref) && !in_frames.count(ref) && !holds_named(m.label, places_and_bodies) &&
           !(divisions && opens_with_division(m.label, *divisions));
  });
}

}  // namespace kg::extract
