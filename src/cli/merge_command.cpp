#include "merge_command.h"

#include "kg/error.h"
#include "kg/export/partial_graph.h"
#include "kg/extract/parallel.h"
#include "kg/graph/builder.h"
#include "outputs.h"
#include "rules_location.h"

namespace kg::cli {

int run_merge(const ExtractOptions& options, const std::string& argv0) {
  for (const auto& in : options.inputs)
    if (in != "-" && !exports::is_partial_graph(in))
      throw Error(in, 0, "merge reads partial graphs (.kgf), which extract writes with -o PART.kgf");
  check_outputs(options.inputs, options.outputs);
  Outputs outputs(options.outputs);
  outputs.set_page({default_web_folder(argv0), "kgbuild: " + join_inputs(options.inputs)});
  if (outputs.has_mention_logs())
    throw UsageError("merge has no mentions to log: write the .jsonl with extract, next to the .kgf");
  graph::GraphBuilder facts;
  for (const auto& in : options.inputs) exports::read_partial_graph(in, facts);
  outputs.finish(facts, options.filter, extract::threads_for(options.jobs));
  return 0;
}

}  // namespace kg::cli
