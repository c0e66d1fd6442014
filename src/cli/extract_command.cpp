#include "extract_command.h"

#include <filesystem>
#include <iostream>
#include <set>
#include <thread>

#include "resources.h"
#include "kg/document/corpus.h"
#include "kg/error.h"
#include "kg/extract/parallel.h"
#include "kg/graph/builder.h"
#include "kg/graph/pinyin.h"
#include "kg/rules/rule_set.h"
#include "outputs.h"
#include "process_end.h"
#include "progress.h"
#include "rules_location.h"

namespace kg::cli {

namespace {

std::size_t total_size(const std::vector<std::string>& paths) {
  std::size_t total = 0;
  for (const auto& p : paths) {
    std::error_code ec;
    const auto size = p == "-" ? 0 : std::filesystem::file_size(p, ec);
    if (!ec) total += size;
  }
  return total;
}

// --types names node types; one no rule of the set produces would silently empty the graph.
void check_filter_types(const std::vector<std::string>& types, const rules::RuleSet& rules) {
  std::set<std::string> produced;
  for (const auto& e : rules.lexicon) produced.insert(e.type);
  for (const auto& e : rules.suffixes) produced.insert(e.type);
  for (const auto& e : rules.entity_patterns) produced.insert(e.type);
  for (const auto& t : types)
    if (!produced.count(t)) throw UsageError("no rule produces the type '" + t + "' given to --types");
}

}  // namespace

int run_extract(const ExtractOptions& options, const std::string& argv0) {
  const auto inputs = document::expand_inputs(options.inputs);
  check_outputs(inputs, options.outputs);
  Outputs outputs(options.outputs);
  outputs.set_page({default_web_folder(argv0), "kgbuild: " + join_inputs(options.inputs)});
  const auto resources = std::make_shared<const ExtractionResources>(options, argv0);
  check_filter_types(options.filter.types, resources->rules());

  document::CorpusReader corpus(inputs, json_options(options), read_options(options));
  Progress progress(total_size(inputs));
  const auto next = [&] {
    auto doc = corpus.next();
    progress.update(corpus.documents(), corpus.bytes_read());
    return doc;
  };
  const auto facts = std::make_shared<graph::GraphBuilder>();
  const auto consume = [&](extract::Extraction&& x) {
    facts->add(x);
    outputs.log(x);
  };
  const std::size_t jobs = extract::threads_for(options.jobs);
  // With more than one thread, ICU's transliterator for the pinyin of labels loads while the
  // documents are read, not after them.
  std::jthread pinyin_data;
  if (jobs > 1) pinyin_data = std::jthread(graph::prepare_pinyin);
  extract::ParallelRun(resources->extractor(), jobs).each(next, consume);
  progress.finish();
  if (corpus.skipped() > 0) std::cerr << "kgbuild: skipped " << corpus.skipped() << " JSON Lines records without text\n";
  if (corpus.renamed() > 0)
    std::cerr << "kgbuild: " << corpus.renamed() << " documents bear an id an earlier one bears; each is read under "
              << "its id with #2, #3 … added (first: " << corpus.first_renamed() << ")\n";
  outputs.finish(*facts, options.filter, jobs);
  keep_until_exit(facts);
  keep_until_exit(std::const_pointer_cast<ExtractionResources>(resources));
  return 0;
}

}  // namespace kg::cli
