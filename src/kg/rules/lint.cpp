#include "kg/rules/lint.h"

#include "kg/rules/bounded_regex.h"

#include <map>
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

// Every rule, by id, with where it is defined (a lexicon is one rule, whatever its entries).
std::map<std::string, Location> all_rules(const RuleSet& rules) {
  std::map<std::string, Location> out;
  for (const auto& e : rules.lexicon) out.emplace(e.id.substr(0, e.id.find('/')), e.where);
  for (const auto& r : rules.suffixes) out.emplace(r.id, r.where);
  for (const auto& r : rules.word_lists) out.emplace(r.id, r.where);
  for (const auto& r : rules.entity_patterns) out.emplace(r.id, r.where);
  for (const auto& r : rules.amount_patterns) out.emplace(r.id, r.where);
  for (const auto& r : rules.relations) out.emplace(r.id, r.where);
  for (const auto& r : rules.structures) out.emplace(r.id, r.where);
  for (const auto& r : rules.aliases) out.emplace(r.id, r.where);
  for (const auto& r : rules.scopes) out.emplace(r.id, r.where);
  return out;
}

}  // namespace

std::vector<Problem> lint(const RuleSet& rules) {
  std::vector<Problem> problems;
  const std::set<std::string> types = produced_types(rules);
  for (const auto& r : rules.relations)
    for (const auto& slot : r.slots)
      for (const auto& t : slot.types)
        if (!types.count(t))
          problems.push_back({r.where, "rule '" + r.id + "': slot type '" + t + "' is produced by no entity rule"});
  for (const auto& p : rules.entity_patterns)
    if (const auto why = probe(*p.compiled); !why.empty()) problems.push_back({p.where, "rule '" + p.id + "': " + why});
  for (const auto& p : rules.amount_patterns)
    if (const auto why = probe(*p.compiled); !why.empty()) problems.push_back({p.where, "rule '" + p.id + "': " + why});
  std::set<std::string> with_examples;
  for (const auto& e : rules.examples) with_examples.insert(e.rule);
  for (const auto& [id, where] : all_rules(rules))
    if (!with_examples.count(id)) problems.push_back({where, "rule '" + id + "' has no <example>"});
  return problems;
}

}  // namespace kg::rules
