#include "kg/rules/lint.h"

#include <set>

namespace kg::rules {

namespace {

std::set<std::string> produced_types(const RuleSet& rules) {
  std::set<std::string> types;
  for (const auto& e : rules.lexicon) types.insert(e.type);
  for (const auto& s : rules.suffixes) types.insert(s.type);
  for (const auto& p : rules.entity_patterns) types.insert(p.type);
  return types;
}

}  // namespace

std::vector<Problem> lint(const RuleSet& rules) {
  std::vector<Problem> problems;
  const std::set<std::string> types = produced_types(rules);
  for (const auto& r : rules.relations) {
    for (const auto& slot : r.slots)
      for (const auto& t : slot.types)
        if (!types.count(t))
          problems.push_back({r.where, "rule '" + r.id + "': slot type '" + t + "' is produced by no entity rule"});
    if (r.examples.empty()) problems.push_back({r.where, "rule '" + r.id + "' has no <example>"});
  }
  return problems;
}

}  // namespace kg::rules
