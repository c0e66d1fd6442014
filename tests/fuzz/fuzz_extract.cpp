// A whole extraction on arbitrary text with the shipped rules (no division list or dictionary:
// the fuzzer needs the rules' paths, and those files are read-only data), then the graph and its
// exports: GraphML, DOT through cgraph, FollowTheMoney, and a partial graph read back.
#include <cstdint>
#include <memory>
#include <string>

#include "kg/document/document.h"
#include "kg/error.h"
#include "kg/export/dot.h"
#include "kg/export/ftm.h"
#include "kg/export/graphml.h"
#include "kg/export/partial_graph.h"
#include "kg/extract/pipeline.h"
#include "kg/graph/builder.h"
#include "kg/rules/rule_set.h"
#include "kg/text/utf8.h"

namespace {

const kg::extract::Extractor& extractor() {
  static const kg::rules::RuleSet rules = kg::rules::load_rule_dir(KGBUILD_FUZZ_RULES);
  static const kg::extract::Extractor x(rules);
  return x;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  if (kg::text::find_invalid_utf8(bytes) || !kg::document::has_text(bytes) ||
      bytes.find('\0') != std::string::npos)
    return 0;  // refused by the readers
  try {
    const auto doc = kg::document::make_document("fuzz.txt", "fuzz", bytes);
    kg::graph::GraphBuilder facts;
    facts.add(extractor().run(doc));
    const kg::graph::Graph g = facts.build();
    (void)kg::exports::to_graphml(g);
    (void)kg::exports::to_dot(g);
    (void)kg::exports::to_followthemoney(g);
    (void)kg::exports::to_partial_graph(facts);
  } catch (const kg::Error&) {
  }
  return 0;
}
