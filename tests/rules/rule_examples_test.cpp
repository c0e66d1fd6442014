// Every relation rule carries example sentences; each must make that rule fire.
#include <catch2/catch.hpp>

#include <algorithm>

#include "support.h"

TEST_CASE("every relation rule has an example and its examples fire the rule") {
  for (const auto& rule : kg::test::shipped_rules().relations) {
    INFO("rule " << rule.id << " at " << rule.where.str());
    CHECK_FALSE(rule.examples.empty());
    for (const auto& example : rule.examples) {
      INFO("example: " << example);
      const auto x = kg::test::extract_text(example);
      const bool fired = std::any_of(x.relations.begin(), x.relations.end(),
                                     [&](const auto& r) { return r.rule == rule.id && r.relation == rule.relation; });
      CHECK(fired);
    }
  }
}
