#include "extract_command.h"

#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <set>

#include "resources.h"
#include "kg/document/document.h"
#include "kg/document/json_lines.h"
#include "kg/error.h"
#include "kg/export/atomic_file.h"
#include "kg/export/mention_log.h"
#include "kg/export/writer.h"
#include "kg/extract/pipeline.h"
#include "kg/graph/filter.h"
#include "kg/graph/knowledge_graph.h"
#include "kg/rules/rule_set.h"
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

// Refused before any work: an output that is one of the inputs (by file identity, so also
// through a link or another spelling of the path), the same output twice, and an output whose
// folder does not exist. Otherwise a finished run would overwrite what the user had, or fail
// after earlier outputs were already replaced.
void check_outputs(const std::vector<std::string>& inputs, const std::vector<std::string>& outputs) {
  namespace fs = std::filesystem;
  std::vector<fs::path> seen;
  for (const auto& out : outputs) {
    std::error_code ec;
    const fs::path folder = fs::absolute(out, ec).parent_path();
    if (!fs::is_directory(folder, ec)) throw Error(out, 0, "the folder '" + folder.string() + "' does not exist");
    for (const auto& in : inputs)
      if (in != "-" && fs::exists(out, ec) && fs::equivalent(in, out, ec))
        throw Error(out, 0, "this output is the input '" + in + "': refusing to overwrite it");
    const fs::path normal = fs::weakly_canonical(out, ec);
    for (const auto& earlier : seen)
      if (earlier == normal) throw Error(out, 0, "this output is given twice");
    seen.push_back(normal);
  }
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
  std::vector<std::string> graph_outputs;
  std::vector<std::unique_ptr<exports::AtomicOutputFile>> logs;
  for (const auto& out : options.outputs) {
    exports::check_output_path(out);
    if (exports::is_mention_log(out))
      logs.push_back(std::make_unique<exports::AtomicOutputFile>(out));
    else
      graph_outputs.push_back(out);
  }
  const ExtractionResources resources(options, argv0);
  check_filter_types(options.filter.types, resources.rules());
  const extract::Extractor& extractor = resources.extractor();
  graph::GraphBuilder builder;

  Progress progress(total_size(inputs));
  std::size_t documents = 0, bytes_done = 0, skipped = 0;
  const auto process = [&](const document::Document& doc) {
    const extract::Extraction x = extractor.run(doc);
    builder.add(x);
    if (!logs.empty()) {
      const std::string lines = exports::mention_log(x);
      for (auto& log : logs) log->stream() << lines;
    }
    ++documents;
  };
  for (const auto& path : inputs) {
    if (document::is_json_lines(path)) {
      document::JsonLinesReader reader(path, {options.fields, options.id_field, options.date_field});
      while (const auto doc = reader.next()) {
        process(*doc);
        progress.update(documents, bytes_done + reader.bytes_read());
      }
      bytes_done += reader.bytes_read();
      skipped += reader.skipped();
    } else {
      const document::Document doc = document::read_document(path, options.encoding);
      bytes_done += doc.bytes.size();
      process(doc);
      progress.update(documents, bytes_done);
    }
  }
  progress.finish();
  if (skipped > 0) std::cerr << "kgbuild: skipped " << skipped << " JSON Lines records without text\n";

  graph::Graph g = builder.build();
  if (!options.filter.empty()) g = graph::filter(g, options.filter);
  for (const auto& out : graph_outputs) exports::write_graph(g, out);
  for (auto& log : logs) log->commit();
  return 0;
}

}  // namespace kg::cli
