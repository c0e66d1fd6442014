#include "extract_command.h"

#include "divisions.h"
#include "rules_location.h"

#include "kg/document/document.h"
#include "kg/error.h"
#include "kg/export/writer.h"
#include "kg/extract/pipeline.h"
#include "kg/graph/filter.h"
#include "kg/graph/knowledge_graph.h"
#include "kg/rules/rule_set.h"

namespace kg::cli {

int run_extract(const ExtractOptions& options, const std::string& argv0) {
  for (const auto& out : options.outputs) exports::check_output_path(out);
  const rules::RuleSet rules =
      rules::load_rule_dir(options.rules_dir.empty() ? default_rules_dir(argv0) : options.rules_dir);
  const auto divisions = open_divisions(options, argv0);
  const extract::Extractor extractor(rules, gazetteering(divisions, options));
  graph::GraphBuilder builder;
  for (const auto& path : document::expand_inputs(options.inputs))
    builder.add(extractor.run(document::read_document(path)));
  graph::Graph g = builder.build();
  if (!options.filter.empty()) g = graph::filter(g, options.filter);
  for (const auto& out : options.outputs) exports::write_graph(g, out);
  return 0;
}

}  // namespace kg::cli
