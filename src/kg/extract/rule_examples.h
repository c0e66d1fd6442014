// Runs the example sentences that rules carry (<example yields="…" not="…">): each must give what
// it says and not what it excludes; a relation rule's example must also make the rule fire.
#pragma once

#include <string>
#include <vector>

#include "kg/rules/rule_set.h"

namespace kg::extract {

struct ExampleResult {
  const rules::Example* example = nullptr;
  bool passed = false;
  std::string why;  // what went wrong, and what the sentence gave instead
};

std::vector<ExampleResult> run_rule_examples(const rules::RuleSet& rules);

}  // namespace kg::extract
