#include "extract_command.h"

#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>

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

}  // namespace

int run_extract(const ExtractOptions& options, const std::string& argv0) {
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
  const extract::Extractor& extractor = resources.extractor();
  graph::GraphBuilder builder;

  const auto inputs = document::expand_inputs(options.inputs);
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
      const document::Document doc = document::read_document(path);
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
