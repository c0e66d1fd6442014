// Reading what a regex's matches must contain, so sentences without it are skipped.
#include <catch2/catch.hpp>
#include <unicode/regex.h>

#include <filesystem>
#include <fstream>

#include "kg/rules/required_text.h"
#include "kg/text/utf8.h"
#include "support.h"

using kg::rules::required_text;
using Clauses = std::vector<std::vector<std::string>>;

namespace {

bool may_match(const Clauses& required, const std::string& text) {
  const kg::text::CharSignature chars(kg::text::to_u32(text));
  return kg::rules::may_match(required, text, chars);
}

}  // namespace

TEST_CASE("literal runs, alternations and groups a match cannot do without are required") {
  CHECK(required_text("《(?<name>[^《》]{1,40})》") == Clauses{{"《"}, {"》"}});
  CHECK(required_text("[0-9]+(?:亿|万元)") == Clauses{{"万元", "亿"}});
  CHECK(required_text("[0-9]+(亿元|万元|元)") == Clauses{{"元"}});  // 元 is in every one
  CHECK(required_text("\\p{Han}{2}县(?!城)") == Clauses{{"县"}});
  CHECK(required_text("ab+c") == Clauses{{"ab"}, {"c"}});
  CHECK(required_text("(?<=开展)“x") == Clauses{{"“x"}, {"开展"}});
  CHECK(required_text("\\.com") == Clauses{{".com"}});
}

TEST_CASE("optional parts, classes, negative look-arounds and unknown syntax require nothing") {
  CHECK(required_text("[^，]{2,8}(?:工程|项目)?").empty());
  CHECK(required_text("a{0,2}[0-9]").empty());
  CHECK(required_text("(?!人)\\p{Han}+").empty());
  CHECK(required_text("甲|[0-9]").empty());  // one branch requires nothing
  CHECK(required_text("(?i)abc").empty());
  CHECK(required_text("\\Qabc\\E").empty());
  CHECK(may_match({}, "anything"));
  CHECK(may_match({{"元", "万"}, {"资金"}}, "投入资金300万"));
  CHECK_FALSE(may_match({{"元", "万"}, {"资金"}}, "投入资金"));
}

TEST_CASE("no shipped pattern matches a dev sentence its required text rules out") {
  const auto& rules = kg::test::shipped_rules();
  std::vector<std::pair<const icu::RegexPattern*, const Clauses*>> patterns;
  for (const auto& p : rules.entity_patterns) patterns.emplace_back(p.compiled.get(), &p.required);
  for (const auto& p : rules.amount_patterns) patterns.emplace_back(p.compiled.get(), &p.required);
  std::size_t skipped = 0;
  for (const auto& e : std::filesystem::directory_iterator(kg::test::shared_path("corpus/dev"))) {
    std::ifstream in(e.path());
    for (std::string line; std::getline(in, line);)
      for (const auto& [pattern, required] : patterns) {
        if (may_match(*required, line)) continue;
        ++skipped;
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::RegexMatcher> m(pattern->matcher(icu::UnicodeString::fromUTF8(line), status));
        INFO(line);
        CHECK_FALSE(m->find());
      }
  }
  CHECK(skipped > 100);
}
