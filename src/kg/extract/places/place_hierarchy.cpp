// located_in edges from the official hierarchy above the places a document links.
#include <algorithm>
#include <map>
#include <set>

#include "kg/extract/places/place_links.h"
#include "kg/extract/places/place_links_internal.h"

namespace kg::extract {

void PlaceLinker::add_hierarchy(std::vector<PlaceLink>& links, std::vector<RelationMention>& relations,
                                HierarchyEdges edges) const {
  if (edges == HierarchyEdges::none) return;
  std::map<std::uint32_t, std::string> named;  // division -> the document's label for it
  std::map<std::string, std::optional<std::uint32_t>> division_of;
  for (const auto& l : links) {
    division_of[l.label] = l.division;
    if (l.division) named.emplace(*l.division, l.label);
  }
  std::map<std::string, std::set<std::string>> text_parents;
  for (const auto& r : relations)
    if (r.relation == "located_in" && r.source.type == rules::kPlace && r.target.type == rules::kPlace)
      text_parents[r.source.label].insert(r.target.label);

  const std::map<std::uint32_t, std::string> document_names = named;
  std::set<std::pair<std::string, std::string>> emitted;
  std::vector<PlaceLink> unnamed;
  const std::vector<PlaceLink> named_links = links;
  for (const auto& link : named_links) {
    if (!link.division) continue;
    const std::uint32_t d = *link.division;
    // The text gives this place a parent the list does not (a development zone that runs the
    // village): the text knows better, and the list adds nothing above it.
    bool text_knows = false;
    for (const auto& parent : text_parents[link.label]) {
      const auto it = division_of.find(parent);
      text_knows = text_knows || it == division_of.end() || !it->second || !g_.is_below(d, *it->second);
    }
    if (text_knows) continue;
    const auto up = divisions::ancestors(g_, d);
    std::size_t top = 0;  // how many steps up
    for (std::size_t i = 0; i < up.size(); ++i)
      if (edges == HierarchyEdges::all || document_names.count(up[i])) top = i + 1;
    std::string lower = link.label;
    for (std::size_t i = 0; i < top; ++i) {
      auto it = named.find(up[i]);
      // Named: an edge from each place the text names to the next one above it that the text
      // names; the divisions between stay out of the graph (泽列村 → 巴宜区, no 米瑞乡).
      if (it == named.end() && edges == HierarchyEdges::named) continue;
      if (it == named.end()) {
        const auto division = g_.division(up[i]);
        PlaceLink extra;
        extra.label = std::string(division.name);
        extra.division = up[i];
        extra.level = gazetteer::level_name(division.level);
        extra.code = gazetteer::padded_code(division.code);
        extra.official_name = division.official_name;
        extra.candidates = g_.find(extra.label).size();
        extra.named = false;
        if (division_of.count(extra.label)) break;  // the document uses that name for another place
        division_of[extra.label] = up[i];
        it = named.emplace(up[i], extra.label).first;
        unnamed.push_back(std::move(extra));
      }
      if (emitted.emplace(lower, it->second).second) {
        RelationMention r;
        r.source = {rules::kPlace, lower};
        r.relation = "located_in";
        r.target = {rules::kPlace, it->second};
        r.rule = "gazetteer";
        r.origin = Origin::gazetteer;
        r.sentence = kNoSentence;
        relations.push_back(std::move(r));
      }
      lower = it->second;
    }
  }
  links.insert(links.end(), unnamed.begin(), unnamed.end());
  std::sort(links.begin(), links.end(), [](const PlaceLink& a, const PlaceLink& b) { return a.label < b.label; });
}

}  // namespace kg::extract
