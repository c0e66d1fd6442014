// Every relation rule carries example sentences; each must make that rule fire.
#include <catch2/catch.hpp>

#include "kg/extract/rule_examples.h"
#include "kg/rules/lint.h"
#include "support.h"

TEST_CASE("the shipped rules pass their own lint") {
  for (const auto& p : kg::rules::lint(kg::test::shipped_rules())) FAIL(p.where.str() << ": " << p.message);
}

TEST_CASE("every example of every relation rule fires its rule") {
  const auto results = kg::extract::run_rule_examples(kg::test::shipped_rules());
  CHECK(results.size() >= kg::test::shipped_rules().relations.size());
  for (const auto& r : results) {
    INFO(r.where.str() << " rule " << r.rule << ": " << r.example << "\n" << r.found);
    CHECK(r.passed);
  }
}

TEST_CASE("lint names a slot type no rule produces and a rule without an example") {
  kg::rules::RuleSet rules = kg::test::shipped_rules();
  rules.relations.front().slots.front().types = {"orgnisation"};
  rules.relations.back().examples.clear();
  const auto problems = kg::rules::lint(rules);
  REQUIRE(problems.size() == 2);
  CHECK_THAT(problems[0].message, Catch::Contains("slot type 'orgnisation' is produced by no entity rule"));
  CHECK_THAT(problems[1].message, Catch::Contains("has no <example>"));
  CHECK(problems[0].where.line > 0);
}
