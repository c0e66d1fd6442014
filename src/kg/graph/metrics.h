// What viewers size and colour by, computed once on the finished graph: degree, betweenness
// (Boost.Graph's Brandes), weakly connected component, pinyin of the label (ICU Han-Latin),
// and a colour and size per node.
//
//   kg::graph::Graph g = builder.build();   // build() calls annotate(g)
#pragma once

#include <string>

#include "kg/graph/knowledge_graph.h"

namespace kg::graph {

void annotate(Graph& g);

// "ba yi qu wei jian wei" for 巴宜区卫健委: ICU's Han-Latin for names, accents removed.
std::string pinyin(const std::string& label);

// "#rrggbb" for a node: the type picks the hue, a place's level its shade.
std::string node_colour(const Node& n);

}  // namespace kg::graph
