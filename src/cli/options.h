// Command-line parsing for kgbuild. Parsing only: no file is read or written here.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include "kg/graph/filter.h"

namespace kg::cli {

// A mistake in how kgbuild was called: printed with a hint to --help, exit status 2.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct ExtractOptions {
  std::vector<std::string> inputs;   // files, directories, "-"
  std::vector<std::string> outputs;  // format by extension
  std::string rules_dir;             // empty: the shipped rules
  std::string gazetteer_file;        // empty: the one found by default_gazetteer_file()
  bool no_gazetteer = false;         // places by the rules' patterns only
  std::string words_file;            // empty: the one found by default_words_file()
  bool no_words = false;             // names by characters only, without a word dictionary
  std::string hierarchy = "named";   // located_in edges from the division list: named | all | none
  graph::GraphFilter filter;         // applied to the merged graph before it is written
  std::vector<std::string> fields = {"title", "content"};  // JSON Lines: the text fields
  std::string id_field = "id";                             // JSON Lines: the document id
  std::string date_field = "publish_time";                 // JSON Lines: the publication date
  bool stdin_jsonl = false;                                // "-" is a JSON Lines corpus
  std::string encoding;                                    // text files: an ICU converter name, or auto
  std::string format = "auto";                             // auto (.html as HTML), text or html
  std::size_t jobs = 0;                                    // threads extracting; 0: one per core
  std::string gold_dir;  // eval: the gold annotations, NAME.json for the document NAME
  bool misses = false;   // eval: list every miss and false hit
};

ExtractOptions parse_extract(const std::vector<std::string>& args);
ExtractOptions parse_explain(const std::vector<std::string>& args);
ExtractOptions parse_eval(const std::vector<std::string>& args);
ExtractOptions parse_merge(const std::vector<std::string>& args);

std::string usage();

// The arguments of `gazetteer build` and `words build`: INPUT -o FILE [--source TEXT], after
// the subcommand's name. `usage` is the line shown when one is missing.
struct BuildArgs {
  std::string input;
  std::string output;
  std::string source;
};
BuildArgs parse_build(const std::vector<std::string>& args, const std::string& usage, std::string default_source);

}  // namespace kg::cli
