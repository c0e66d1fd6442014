// Checks a loaded rule set for what loads but cannot be right: a slot type no rule produces
// (a typo such as "orgnisation"), a relation rule without an example sentence.
//
//   for (const auto& p : kg::rules::lint(rules)) std::cerr << p.where.str() << ": " << p.message;
#pragma once

#include <string>
#include <vector>

#include "kg/rules/rule_set.h"

namespace kg::rules {

struct Problem {
  Location where;
  std::string message;
};

std::vector<Problem> lint(const RuleSet& rules);

}  // namespace kg::rules
