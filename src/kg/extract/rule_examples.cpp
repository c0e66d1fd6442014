#include "kg/extract/rule_examples.h"

#include <algorithm>

#include "kg/document/document.h"
#include "kg/extract/pipeline.h"

namespace kg::extract {

std::vector<ExampleResult> run_rule_examples(const rules::RuleSet& rules) {
  const Extractor extractor(rules);
  std::vector<ExampleResult> results;
  for (const auto& rule : rules.relations)
    for (const auto& example : rule.examples) {
      const Extraction x = extractor.run(document::make_document(rule.where.str(), rule.id, example));
      ExampleResult r{rule.id, rule.where, example, false, ""};
      r.passed = std::any_of(x.relations.begin(), x.relations.end(), [&](const RelationMention& m) {
        return m.rule == rule.id && m.relation == rule.relation;
      });
      if (!r.passed)
        for (const auto& m : x.relations)
          r.found += m.source.label + " -" + m.relation + "-> " + m.target.label + "  <- " + m.rule + "\n";
      results.push_back(std::move(r));
    }
  return results;
}

}  // namespace kg::extract
