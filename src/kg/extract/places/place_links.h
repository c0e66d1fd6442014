// Places linked to official divisions (kg::gazetteer), document by document.
//
//   PlaceLinker linker(rules, gazetteer);                        // once per rule set and list
//   auto links = linker.link(mentions, sentences);               // after the naming passes
//   linker.add_hierarchy(links, relations, HierarchyEdges::named);  // after the relations
//
// A place is linked only when the document settles which division it is: the chain the text
// spells (巴宜区百巴镇拉格村), else the places the document links at a higher level. A name
// that several divisions share and the context does not settle stays unlinked, with the
// number of candidates; a name not in the list (a variant spelling, a former name) is never
// linked by similarity.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "kg/extract/mention.h"
#include "kg/extract/mentions/lexicon_matcher.h"
#include "kg/extract/sentence_text.h"
#include "kg/gazetteer/gazetteer.h"
#include "kg/rules/rule_set.h"

namespace kg::extract {

// One place entity of a document and what the division list says of it.
struct PlaceLink {
  std::string label;
  std::optional<std::uint32_t> division;  // index in the gazetteer, when linked
  std::string level;                      // the division's level, when linked
  std::string code;                       // twelve digits, when linked
  std::string official_name;
  std::size_t candidates = 0;  // divisions that bear the name
  std::string why_unlinked;
  bool named = true;  // false: an official division above a named place that the text does not name
};

// Which located_in edges the division list adds above linked places.
enum class HierarchyEdges {
  none,    // the text's own edges only
  named,   // between the places the text names: each to the nearest named one above (the default)
  filled,  // up to the highest division the document names, with the divisions between
  all,     // up to the province
};

class PlaceLinker {
 public:
  PlaceLinker(const rules::RuleSet& rules, const gazetteer::Gazetteer& gazetteer);

  // Before places are put in scope: drops what the list shows to be no place: a county or city
  // name no division bears under any suffix (贫困县, 责任地区), a quoted village it does not hold
  // (“小康建设第一村”).
  void screen(std::vector<Mention>& mentions, const std::vector<SentenceText>& sentences) const;

  // Links every place mention; may shorten a place name to the official name it ends with
  // (赴米瑞乡 is 米瑞乡) or add a place the rules missed, when that name links. Sets the level
  // of linked mentions. Returns one entry per place label, sorted by label.
  std::vector<PlaceLink> link(std::vector<Mention>& mentions, const std::vector<SentenceText>& sentences) const;

  // located_in edges from the official hierarchy above each linked place (source "gazetteer"),
  // unless the text gives the place another parent. Adds entries for divisions the text does
  // not name.
  void add_hierarchy(std::vector<PlaceLink>& links, std::vector<RelationMention>& relations,
                     HierarchyEdges edges) const;

  const gazetteer::Gazetteer& gazetteer() const { return g_; }

 private:
  struct Entity;
  struct Proposal;
  std::size_t longest_official_ending_at(const SentenceText& s, std::size_t end, std::size_t longest) const;
  std::vector<Proposal> proposals(const std::vector<Mention>& mentions,
                                  const std::vector<SentenceText>& sentences) const;
  void drop_quoted_titles(const std::vector<SentenceText>& sentences, std::vector<Mention>& mentions) const;
  void drop_unlisted_counties(std::vector<Mention>& mentions) const;
  void relabel_regions(const std::vector<Entity>& entities, std::vector<Mention>& mentions) const;
  void relabel_former_names(std::vector<Mention>& mentions) const;
  // The divisions a former name (那曲地区, 米林县) may have become: of the stem, a city for a
  // 地区, a county-level city or district for a 县 (or those names at `any_level`).
  std::set<std::uint32_t> became(const std::string& former, bool any_level) const;
  // `members`: for each paragraph that names places, the entities it names.
  void resolve(std::vector<Entity>& entities, const std::vector<std::pair<std::size_t, std::size_t>>& chains,
               const std::vector<std::vector<std::size_t>>& members) const;

  const gazetteer::Gazetteer& g_;
  std::vector<std::u32string> suffixes_;  // place suffixes of the rules: where a name may end
  WordMatcher suffix_at_;                 // the same, to find the longest at each character
  std::set<std::string> generic_;         // place words that name no place
};

}  // namespace kg::extract
