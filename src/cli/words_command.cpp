#include "words_command.h"

#include <iostream>

#include "kg/error.h"
#include "kg/extract/mentions/lexicon_matcher.h"
#include "kg/extract/pipeline.h"
#include "kg/rules/rule_set.h"
#include "kg/text/utf8.h"
#include "kg/words/dictionary.h"
#include "kg/words/segmenter.h"
#include "options.h"
#include "rules_location.h"

namespace kg::cli {

namespace {

int build(const std::vector<std::string>& args) {
  const BuildArgs b =
      parse_build(args, "usage: kgbuild words build WORD_LIST -o FILE [--source TEXT]", "jieba dictionary");
  const std::size_t n = words::compile_dictionary(b.input, b.source, b.output);
  std::cout << "wrote " << b.output << ": " << n << " words from " << b.source << "\n";
  return 0;
}

// Prints each text as words, each followed by its part of speech: 研究所/noun 成立/verb.
int segment(const std::vector<std::string>& args, const std::string& argv0) {
  std::string file, rules_dir;
  std::vector<std::string> texts;
  for (std::size_t i = 1; i < args.size(); ++i) {
    if (args[i] == "--words" && i + 1 < args.size())
      file = args[++i];
    else if (args[i] == "--rules" && i + 1 < args.size())
      rules_dir = args[++i];
    else if (args[i].size() > 1 && args[i][0] == '-')
      throw UsageError("unknown option '" + args[i] + "' for words segment");
    else
      texts.push_back(args[i]);
  }
  if (texts.empty()) throw UsageError("usage: kgbuild words segment TEXT... [--words FILE] [--rules DIR]");
  if (file.empty()) file = default_words_file(argv0);
  if (file.empty()) throw UsageError("no word file found; give one with --words FILE");
  const auto dictionary = words::Dictionary::open(file);
  // As extract segments: with the rule set's names as words.
  const rules::RuleSet rules = rules::load_rule_dir(rules_dir.empty() ? default_rules_dir(argv0) : rules_dir);
  const words::Segmenter segmenter = extract::segmenter_for(rules, dictionary);
  for (const auto& t : texts) {
    if (const auto bad = text::find_invalid_utf8(t)) throw Error("", 0, "invalid UTF-8 in argument at byte " + std::to_string(*bad));
    const std::u32string cps = extract::to_u32(t);
    const char* separator = "";
    for (const auto& w : segmenter.segment(cps)) {
      std::string word;
      for (std::size_t k = w.begin; k < w.end; ++k) text::append_utf8(word, cps[k]);
      std::cout << separator << word << "/" << words::tag_name(w.tag);
      separator = " ";
    }
    std::cout << "\n";
  }
  return 0;
}

}  // namespace

int run_words(const std::vector<std::string>& args, const std::string& argv0) {
  if (!args.empty() && args[0] == "build") return build(args);
  if (!args.empty() && args[0] == "segment") return segment(args, argv0);
  throw UsageError("words needs a subcommand: build or segment");
}

}  // namespace kg::cli
