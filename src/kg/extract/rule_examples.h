// Runs the example sentences that rules carry (<example yields="…" not="…">): each must give what
// it says and not what it excludes; a relation rule's example must also make the rule fire.
// Examples run on characters alone, except those of whole-word lists, which run with the word
// dictionary when one is given and are skipped otherwise.
#pragma once

#include <string>
#include <vector>

#include "kg/rules/rule_set.h"
#include "kg/words/dictionary.h"

namespace kg::extract {

struct ExampleResult {
  const rules::Example* example = nullptr;
  bool passed = false;
  bool skipped = false;  // it needs the word dictionary, and none was given
  std::string why;  // what went wrong, and what the sentence gave instead
};

std::vector<ExampleResult> run_rule_examples(const rules::RuleSet& rules, const words::Dictionary* words = nullptr);

}  // namespace kg::extract
