// GraphML that Gephi, Gephi Lite, NetworkX and igraph all read, typed, with the attribute names
// of the output contract (docs/output.md). Written by hand rather than with Boost's
// write_graphml, which rounds numbers, writes booleans as 1/0 and names nodes by index.
#pragma once

#include <string>
#include <vector>

#include "kg/graph/knowledge_graph.h"

namespace kg::exports {

std::string to_graphml(const graph::Graph& g);

// Shortest fixed-notation text that reads back as the same double ("19070000", "0.5");
// empty for NaN and infinities, which consumers reject.
std::string format_number(double value);

// A list attribute as one value: "a | b | c" (never a separator that readers split on: ; or ,).
std::string join_values(const std::vector<std::string>& items);

// XML text: escapes & < > " and drops characters XML 1.0 forbids.
std::string xml_escape(const std::string& s);

}  // namespace kg::exports
