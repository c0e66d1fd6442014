// GEXF 1.2draft, the format Gephi reads natively: colours, sizes and positions in viz:, the
// relation as the edge kind (so funds and serves between one pair are never merged), and the
// year as the edge's time, so that Gephi's timeline works.
#pragma once

#include <string>

#include "kg/graph/knowledge_graph.h"

namespace kg::exports {

std::string to_gexf(const graph::Graph& g);

}  // namespace kg::exports
