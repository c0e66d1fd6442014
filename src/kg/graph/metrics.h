// What viewers size and colour by, computed once on the finished graph: degree, betweenness
// (Boost.Graph's Brandes), weakly connected component, pinyin of the label (ICU Han-Latin),
// and a colour and size per node.
//
//   kg::graph::Graph g = builder.build();   // build() calls annotate(g)
#pragma once

#include <string>

#include "kg/graph/knowledge_graph.h"

namespace kg::graph {

void annotate(Graph& g);  // describe_nodes, then measure

// What a node's own label, type and level give: pinyin and colour.
void describe_nodes(Graph& g);

// What the edges give: degree, size, component, betweenness. A subgraph keeps its nodes'
// descriptions and needs only this.
void measure(Graph& g);

// "ba yi qu wei jian wei" for 巴宜区卫健委: ICU's Han-Latin for names, accents removed.
std::string pinyin(const std::string& label);

// "#rrggbb" for a node: the type picks the hue, a place's level its shade.
std::string node_colour(const Node& n);

// One channel (0 red, 1 green, 2 blue) of a "#rrggbb" colour, 0-255; 128 for a malformed colour.
int colour_channel(const std::string& colour, std::size_t which);

}  // namespace kg::graph
