#include "outputs.h"

#include <filesystem>

#include "kg/error.h"
#include "kg/export/mention_log.h"
#include "kg/export/partial_graph.h"
#include "kg/export/writer.h"
#include "process_end.h"

namespace kg::cli {

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

Outputs::Outputs(const std::vector<std::string>& paths) {
  for (const auto& out : paths) {
    exports::check_output_path(out);
    if (exports::is_mention_log(out))
      logs_.push_back(std::make_unique<exports::AtomicOutputFile>(out));
    else if (exports::is_partial_graph(out))
      partials_.push_back(out);
    else
      graphs_.push_back(out);
  }
}

std::string join_inputs(const std::vector<std::string>& inputs) {
  std::string out;
  for (const auto& in : inputs) out += (out.empty() ? "" : ", ") + std::filesystem::path(in).filename().string();
  return out;
}

void Outputs::log(const extract::Extraction& x) {
  if (logs_.empty()) return;
  const std::string lines = exports::mention_log(x);
  for (auto& log : logs_) log->stream() << lines;
}

void Outputs::finish(const graph::GraphBuilder& facts, const graph::GraphFilter& filter, std::size_t jobs) {
  if (!partials_.empty()) {
    const std::string text = exports::to_partial_graph(facts);
    for (const auto& out : partials_) exports::write_text_atomically(out, text);
  }
  if (!graphs_.empty()) {
    auto g = std::make_shared<graph::Graph>(facts.build(jobs));
    if (!filter.empty()) *g = graph::filter(*g, filter);
    for (const auto& out : graphs_) exports::write_graph(*g, out, page_);
    keep_until_exit(std::move(g));
  }
  for (auto& log : logs_) log->commit();
}

}  // namespace kg::cli
