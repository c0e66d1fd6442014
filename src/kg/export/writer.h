// Writes a graph in the format its file name asks for: .graphml, .gexf, .dot, .svg, .png, .pdf,
// .ftm.json (FollowTheMoney), .html (a page with the graph drawn).
// A .jsonl output is the mention log (mention_log.h), which the extract run writes itself.
// Every file is written to a temporary name and renamed, so no partial output is ever left.
#pragma once

#include <string>

#include "kg/graph/knowledge_graph.h"

namespace kg::exports {

struct PageOptions {
  std::string libraries;  // the folder of sigma.min.js and graphology.umd.min.js (html.h)
  std::string title = "kgbuild";
};

// Throws kg::Error for an unknown extension (checked before any work: see check_output_path).
void write_graph(const graph::Graph& g, const std::string& path, const PageOptions& page = {});
void check_output_path(const std::string& path);
bool is_mention_log(const std::string& path);

}  // namespace kg::exports
