// Runs the example sentences that relation rules carry: each must make its rule fire.
#pragma once

#include <string>
#include <vector>

#include "kg/rules/rule_set.h"

namespace kg::extract {

struct ExampleResult {
  std::string rule;
  rules::Location where;
  std::string example;
  bool passed = false;
  std::string found;  // the relations the example gave, one per line, when it failed
};

std::vector<ExampleResult> run_rule_examples(const rules::RuleSet& rules);

}  // namespace kg::extract
