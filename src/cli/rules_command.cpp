#include "rules_command.h"

#include <iostream>

#include "kg/extract/rule_examples.h"
#include "kg/rules/lint.h"
#include "kg/rules/rule_set.h"
#include "options.h"
#include "resources.h"
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

int test(const rules::RuleSet& rules, const words::Dictionary* words) {
  std::size_t passed = 0;
  std::size_t failed = 0;
  std::size_t skipped = 0;
  for (const auto& r : extract::run_rule_examples(rules, words)) {
    if (r.passed || r.skipped) {
      ++(r.passed ? passed : skipped);
      continue;
    }
    ++failed;
    std::cout << r.example->where.str() << ": rule '" << r.example->rule << "': " << r.example->sentence << "\n  "
              << r.why;
  }
  std::cout << passed << " passed, " << failed << " failed";
  if (skipped > 0) std::cout << ", " << skipped << " skipped (they need the word dictionary)";
  std::cout << "\n";
  return failed == 0 ? 0 : 1;
}

}  // namespace

int run_rules(const std::vector<std::string>& args, const std::string& argv0) {
  if (args.empty() || (args[0] != "check" && args[0] != "test"))
    throw UsageError("rules needs a subcommand: check or test");
  ExtractOptions options;
  for (std::size_t i = 1; i < args.size(); ++i) {
    if (args[i] == "--rules" && i + 1 < args.size())
      options.rules_dir = args[++i];
    else if (args[i].rfind("--rules=", 0) == 0)
      options.rules_dir = args[i].substr(8);
    else if (args[0] == "test" && args[i] == "--words" && i + 1 < args.size())
      options.words_file = args[++i];
    else if (args[0] == "test" && args[i] == "--no-words")
      options.no_words = true;
    else
      throw UsageError("unknown argument '" + args[i] + "' for rules " + args[0]);
  }
  const rules::RuleSet rules =
      rules::load_rule_dir(options.rules_dir.empty() ? default_rules_dir(argv0) : options.rules_dir);
  if (args[0] == "check") return check(rules);
  const auto words = open_words(options, argv0);
  return test(rules, words ? &*words : nullptr);
}

}  // namespace kg::cli
