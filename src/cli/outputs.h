// The outputs of extract and merge, by kind: mention logs grow as documents pass; partial graphs
// (.kgf) and graphs are written at the end, every one through a temporary file.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "kg/export/atomic_file.h"
#include "kg/export/writer.h"
#include "kg/extract/pipeline.h"
#include "kg/graph/builder.h"
#include "kg/graph/filter.h"

namespace kg::cli {

// Refused before any work: an output that is one of the inputs (also through a link), the same
// output twice, and an output whose folder does not exist.
void check_outputs(const std::vector<std::string>& inputs, const std::vector<std::string>& outputs);

// "a.jsonl, b.kgf": the inputs as a page title names them.
std::string join_inputs(const std::vector<std::string>& inputs);

class Outputs {
 public:
  // Checks every path's extension before any work.
  explicit Outputs(const std::vector<std::string>& paths);
  // Where a .html output finds its libraries, and its title.
  void set_page(exports::PageOptions page) { page_ = std::move(page); }
  bool has_mention_logs() const { return !logs_.empty(); }
  void log(const extract::Extraction& x);
  // Filters apply to graphs; a partial graph keeps every fact, for later merges. `jobs` threads
  // compute the graph-wide measures.
  void finish(const graph::GraphBuilder& facts, const graph::GraphFilter& filter, std::size_t jobs);

 private:
  std::vector<std::unique_ptr<exports::AtomicOutputFile>> logs_;
  std::vector<std::string> partials_;
  std::vector<std::string> graphs_;
  exports::PageOptions page_;
};

}  // namespace kg::cli
