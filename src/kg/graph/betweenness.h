// Betweenness centrality (Brandes 2001) for the directed graph, counting parallel edges as
// separate paths, as Boost.Graph's brandes_betweenness_centrality does.
//
// Boost's resets state for every vertex from every source: O(V^2) before any path is walked, on
// a corpus graph where most vertices are isolated. Here each search resets only what it reached,
// sources without out-edges are skipped, and sources are searched on several threads in a fixed
// partition whose sums are added in a fixed order, so the result is the same for any number of
// threads. Above `sample_above` vertices, the exact measure would not end on a graph of a million
// nodes: it is estimated from a fixed-seed sample of sources, scaled up (Brandes and Pich 2007).
#pragma once

#include <cstddef>
#include <vector>

#include "kg/graph/knowledge_graph.h"

namespace kg::graph {

struct BetweennessOptions {
  std::size_t jobs = 1;
  std::size_t sample_above = 50000;  // vertices
  std::size_t sample_sources = 2000;
  unsigned seed = 20240601;
};

struct Betweenness {
  std::vector<double> centrality;  // by vertex index
  std::size_t sources = 0;         // searched from
  bool sampled = false;
};

Betweenness betweenness(const Graph& g, const BetweennessOptions& options = {});

}  // namespace kg::graph
