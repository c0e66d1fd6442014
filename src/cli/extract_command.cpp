#include "extract_command.h"

#include <unistd.h>

#include <filesystem>
#include <iostream>

#include "kg/document/document.h"
#include "kg/error.h"
#include "kg/export/writer.h"
#include "kg/extract/pipeline.h"
#include "kg/graph/knowledge_graph.h"
#include "kg/rules/rule_set.h"

namespace kg::cli {

namespace fs = std::filesystem;

namespace {

fs::path executable_dir(const std::string& argv0) {
  std::error_code ec;
  fs::path self = fs::read_symlink("/proc/self/exe", ec);
  if (ec) self = fs::absolute(argv0, ec);
  return self.parent_path();
}

// The shipped rules: beside the binary, then the install prefix, then the source tree.
std::string default_rules_dir(const std::string& argv0) {
  const fs::path dir = executable_dir(argv0);
  const std::vector<fs::path> candidates = {dir / "rules", dir / ".." / "share" / "kgbuild" / "rules",
                                            KGBUILD_INSTALLED_RULES, KGBUILD_SOURCE_RULES};
  std::error_code ec;
  for (const auto& c : candidates)
    if (fs::is_directory(c, ec)) return c.string();
  throw Error("", 0, "cannot find the rules directory; give one with --rules DIR");
}

}  // namespace

int run_extract(const ExtractOptions& options, const std::string& argv0) {
  for (const auto& out : options.outputs) exports::check_output_path(out);
  const rules::RuleSet rules = rules::load_rule_dir(options.rules_dir.empty() ? default_rules_dir(argv0) : options.rules_dir);
  const extract::Extractor extractor(rules);
  graph::GraphBuilder builder;
  for (const auto& path : document::expand_inputs(options.inputs))
    builder.add(extractor.run(document::read_document(path)));
  const graph::Graph g = builder.build();
  for (const auto& out : options.outputs) exports::write_graph(g, out);
  return 0;
}

}  // namespace kg::cli
