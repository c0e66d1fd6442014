// Smaller graphs for legible diagrams: keep node types, relations, well-mentioned nodes, a k-core,
// the top N by degree, or one entity's neighbourhood. The result is a new graph with the same
// node and edge ids and descriptions, its degree, size, components and betweenness recomputed.
//
//   kg::graph::GraphFilter f;
//   f.ego = "巴宜区卫健委"; f.depth = 1;
//   kg::graph::Graph small = kg::graph::filter(g, f);   // throws kg::Error for an unknown ego
#pragma once

#include <string>
#include <vector>

#include "kg/graph/knowledge_graph.h"

namespace kg::graph {

struct GraphFilter {
  std::vector<std::string> types;      // node types to keep; empty: all
  std::vector<std::string> relations;  // edge relations to keep; empty: all
  std::size_t min_mentions = 0;        // nodes mentioned fewer times go
  std::size_t k_core = 0;              // keep nodes with at least k neighbours among those kept
  std::size_t top = 0;                 // keep the N nodes of highest degree (ties by id)
  std::string ego;                     // a label or node id: keep its neighbourhood only
  std::size_t depth = 1;               // how many steps from the ego, either direction
  std::string view;                    // orgs or money (views.h), of `top` nodes (60 when 0)

  bool empty() const {
    return types.empty() && relations.empty() && min_mentions == 0 && k_core == 0 && top == 0 && ego.empty() &&
           view.empty();
  }
};

// A view, when asked for, comes first and takes the top N; then relations, types, mentions, ego,
// k-core, top N. Nodes left without edges stay, except after a k-core.
Graph filter(const Graph& g, const GraphFilter& f);

}  // namespace kg::graph
