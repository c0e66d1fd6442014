// Every rule carries example sentences; each must give what it says.
#include <catch2/catch.hpp>

#include <algorithm>

#include "kg/extract/rule_examples.h"
#include "kg/rules/lint.h"
#include "support.h"

TEST_CASE("the shipped rules pass their own lint") {
  for (const auto& p : kg::rules::lint(kg::test::shipped_rules())) FAIL(p.where.str() << ": " << p.message);
}

TEST_CASE("every example of every rule gives what it says") {
  const auto results = kg::extract::run_rule_examples(kg::test::shipped_rules());
  CHECK(results.size() >= kg::test::shipped_rules().relations.size());
  for (const auto& r : results) {
    INFO(r.example->where.str() << " rule " << r.example->rule << ": " << r.example->sentence << "\n" << r.why);
    // Whole-word lists show only with the word dictionary (the rules test command runs them).
    CHECK((r.passed || (r.skipped && r.example->needs_words)));
  }
}

TEST_CASE("lint names a slot type no rule produces and a rule without an example") {
  kg::rules::RuleSet rules = kg::test::shipped_rules();
  rules.relations.front().slots.front().types = {"orgnisation"};
  const std::string last = rules.relations.back().id;
  std::erase_if(rules.examples, [&](const kg::rules::Example& e) { return e.rule == last; });
  const auto problems = kg::rules::lint(rules);
  REQUIRE(problems.size() == 2);
  CHECK_THAT(problems[0].message, Catch::Contains("slot type 'orgnisation' is produced by no entity rule"));
  CHECK_THAT(problems[1].message, Catch::Contains("rule '" + last + "' has no <example>"));
  CHECK(problems[0].where.line > 0);
}

TEST_CASE("an example that does not hold is reported with what the sentence gave") {
  kg::rules::RuleSet rules = kg::test::shipped_rules();
  rules.examples = {{"place.suffix.village", "entity", "", "东坝村的路修好了。", "西坝村", "", {"t.xml", 1}}};
  const auto results = kg::extract::run_rule_examples(rules);
  REQUIRE(results.size() == 1);
  CHECK_FALSE(results[0].passed);
  CHECK_THAT(results[0].why, Catch::Contains("no '西坝村'") && Catch::Contains("东坝村"));
}
