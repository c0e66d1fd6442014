// What viewers size and colour by, computed once on the finished graph: degree, betweenness
// (betweenness.h), weakly connected component, pinyin of the label (ICU Han-Latin),
// and a colour and size per node.
//
//   kg::graph::Graph g = builder.build();   // build() calls annotate(g)
#pragma once

#include <string>

#include "kg/graph/knowledge_graph.h"
#include "kg/graph/pinyin.h"

namespace kg::graph {

void annotate(Graph& g, std::size_t jobs = 1);  // describe_nodes, then measure

// What a node's own label, type and level give: pinyin and colour.
void describe_nodes(Graph& g);

// What the edges give: degree, size, component, betweenness. A subgraph keeps its nodes'
// descriptions and needs only this.
void measure(Graph& g, std::size_t jobs = 1);  // jobs: threads for betweenness

// "#rrggbb" for a node: the type picks the hue, a place's level its shade.
std::string node_colour(const Node& n);

// One channel (0 red, 1 green, 2 blue) of a "#rrggbb" colour, 0-255; 128 for a malformed colour.
int colour_channel(const std::string& colour, std::size_t which);

}  // namespace kg::graph
