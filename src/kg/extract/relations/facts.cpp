#include "kg/extract/relations/facts.h"

#include <map>
#include <set>
#include <tuple>

namespace kg::extract {

namespace {

using FactKey = std::tuple<EntityRef, std::string, EntityRef, double>;

FactKey key_of(const RelationMention& r) {
  return {r.source, r.relation, r.target, *r.amount_yuan};
}

}  // namespace

void complete_restated_facts(std::vector<RelationMention>& relations) {
  std::map<FactKey, std::set<int>> years;
  for (const auto& r : relations)
    if (r.amount_yuan && r.year) years[key_of(r)].insert(*r.year);
  for (auto& r : relations) {
    if (!r.amount_yuan || r.year) continue;
    const auto it = years.find(key_of(r));
    if (it != years.end() && it->second.size() == 1) r.year = *it->second.begin();
  }
}

}  // namespace kg::extract
