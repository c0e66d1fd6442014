// Diagrams of a corpus that a reader can take in: who does what among organisations and programs,
// and where the money goes. Each view is a new, small graph (about `top` nodes) for DOT.
//
//   kg::graph::Graph orgs = kg::graph::organisation_view(g, 60);
//   kg::graph::Graph money = kg::graph::money_view(g, 40);
#pragma once

#include <string>

#include "kg/graph/knowledge_graph.h"

namespace kg::graph {

// Organisations and programs joined by funds, serves, organises, establishes, issues and
// cooperates_with, the `top` of them by weighted degree (mentions of those edges). Places are not
// nodes: each organisation is drawn inside the place it is located in (Node::cluster).
Graph organisation_view(const Graph& g, std::size_t top);

// The funds edges with amounts, one edge per payer and recipient summing every amount, among the
// `top` payers and recipients by money paid or received; the edge lists the years.
Graph money_view(const Graph& g, std::size_t top);

// "orgs" or "money"; throws kg::Error for another name.
Graph view(const Graph& g, const std::string& name, std::size_t top);

}  // namespace kg::graph
