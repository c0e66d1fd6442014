#include "kg/extract/rule_examples.h"

#include <algorithm>
#include <memory>
#include <cmath>
#include <cstdlib>

#include "kg/document/document.h"
#include "kg/extract/relations/amounts.h"
#include "kg/extract/pipeline.h"
#include "kg/extract/sentence_text.h"

namespace kg::extract {

namespace {

// What an extraction gives, in the form examples state it.
std::vector<std::string> given(const rules::Example& e, const Extraction& x, const rules::RuleSet& rules) {
  std::vector<std::string> out;
  if (e.kind == "relation") {
    for (const auto& r : x.relations) out.push_back(r.source.label + " -" + r.relation + "-> " + r.target.label);
  } else if (e.kind == "amount") {
    for (std::size_t i = 0; i < x.sentences.size(); ++i)
      for (const auto& a : find_amounts(SentenceText(x.text.bytes, x.sentences[i], i), rules))
        out.push_back(std::to_string(static_cast<long long>(std::llround(a.yuan))));
  } else {
    for (const auto& m : x.mentions) out.push_back(m.label);
  }
  return out;
}

bool has(const std::vector<std::string>& lines, const std::string& line) {
  return std::find(lines.begin(), lines.end(), line) != lines.end();
}

std::string listed(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += "    " + l + "\n";
  return out.empty() ? "    (nothing)\n" : out;
}

ExampleResult check_example(const rules::Example& e, const Extractor& extractor, const rules::RuleSet& rules) {
  const Extraction x = extractor.run(document::make_document(e.where.str(), e.rule, e.sentence));
  const auto lines = given(e, x, rules);
  ExampleResult r{&e, true, false, ""};
  // An example that only says what must not come out may show the rule staying silent.
  const bool must_fire = !e.relation.empty() && !(e.yields.empty() && !e.not_yields.empty());
  if (must_fire && std::none_of(x.relations.begin(), x.relations.end(), [&](const RelationMention& m) {
        return m.rule == e.rule && m.relation == e.relation;
      })) {
    r.passed = false;
    r.why = "the rule did not fire";
  } else if (!e.yields.empty() && !has(lines, e.yields)) {
    r.passed = false;
    r.why = "no '" + e.yields + "'";
  } else if (!e.not_yields.empty() && has(lines, e.not_yields)) {
    r.passed = false;
    r.why = "'" + e.not_yields + "' although the example excludes it";
  }
  if (!r.passed) r.why += "; the sentence gave:\n" + listed(lines);
  return r;
}

}  // namespace

std::vector<ExampleResult> run_rule_examples(const rules::RuleSet& rules, const words::Dictionary* words) {
  const Extractor on_characters(rules);
  const std::unique_ptr<Extractor> on_words = words ? std::make_unique<Extractor>(rules, Gazetteering{}, words) : nullptr;
  std::vector<ExampleResult> results;
  for (const auto& e : rules.examples) {
    if (e.needs_words && !on_words)
      results.push_back({&e, false, true, "needs the word dictionary"});
    else
      results.push_back(check_example(e, e.needs_words ? *on_words : on_characters, rules));
  }
  return results;
}

}  // namespace kg::extract
