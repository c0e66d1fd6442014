#include "rules_command.h"

#include <iostream>

#include "kg/extract/rule_examples.h"
#include "kg/rules/lint.h"
#include "kg/rules/rule_set.h"
#include "options.h"
#include "rules_location.h"

namespace kg::cli {

namespace {

int check(const rules::RuleSet& rules) {
  const auto problems = rules::lint(rules);
  for (const auto& p : problems) std::cerr << p.where.str() << ": " << p.message << "\n";
  if (!problems.empty()) return 1;
  std::cout << "rules ok: " << rules.files.size() << " files, " << rules.relations.size() << " relation rules, "
            << rules.suffixes.size() << " suffixes, " << rules.lexicon.size() << " lexicon entries, "
            << rules.entity_patterns.size() << " patterns\n";
  return 0;
}

int test(const rules::RuleSet& rules) {
  std::size_t passed = 0;
  std::size_t failed = 0;
  for (const auto& r : extract::run_rule_examples(rules)) {
    if (r.passed) {
      ++passed;
      continue;
    }
    ++failed;
    std::cout << r.example->where.str() << ": rule '" << r.example->rule << "': " << r.example->sentence << "\n  "
              << r.why;
  }
  std::cout << passed << " passed, " << failed << " failed\n";
  return failed == 0 ? 0 : 1;
}

}  // namespace

int run_rules(const std::vector<std::string>& args, const std::string& argv0) {
  if (args.empty() || (args[0] != "check" && args[0] != "test"))
    throw UsageError("rules needs a subcommand: check or test");
  std::string dir;
  for (std::size_t i = 1; i < args.size(); ++i) {
    if (args[i] == "--rules" && i + 1 < args.size())
      dir = args[++i];
    else if (args[i].rfind("--rules=", 0) == 0)
      dir = args[i].substr(8);
    else
      throw UsageError("unknown argument '" + args[i] + "' for rules " + args[0]);
  }
  const rules::RuleSet rules = rules::load_rule_dir(dir.empty() ? default_rules_dir(argv0) : dir);
  return args[0] == "check" ? check(rules) : test(rules);
}

}  // namespace kg::cli
