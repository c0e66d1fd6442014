// DOT and rendered diagrams through libcgraph and gvc: nodes shaped and coloured by type,
// edges labelled with relation and amount, a CJK font so that Chinese labels show.
#pragma once

#include <string>

#include "kg/graph/knowledge_graph.h"

namespace kg::exports {

class CgraphDocument;

std::string to_dot(const graph::Graph& g);

// Renders with dot into `format` (svg, png, pdf), in memory: the bytes of the file `path`.
std::string render(const graph::Graph& g, const std::string& format, const std::string& path);

}  // namespace kg::exports
