// The knowledge graph: one Boost.Graph vertex per entity, one edge per fact (builder.h makes it).
#pragma once

#include <boost/graph/adjacency_list.hpp>

#include <optional>
#include <string>
#include <vector>

namespace kg::graph {

struct Node {
  std::string id;  // stable ASCII id derived from type and label
  std::string label;
  std::string type;
  std::string level;                      // places only
  std::string code;                       // linked places: the official division code, twelve digits
  std::string official_name;              // linked places: the name in the official list
  std::optional<std::size_t> candidates;  // places, with a division list: divisions bearing the name
  std::size_t mentions = 0;
  std::vector<std::string> aliases;    // surface forms other than the label, sorted
  std::vector<std::string> rules;      // ids of the rules that found its mentions, sorted
  std::vector<std::string> documents;  // sorted document ids
  // Filled by annotate() (metrics.h) once the graph is whole.
  std::string pinyin;
  std::size_t degree = 0;
  double betweenness = 0;
  std::size_t component = 0;
  std::string color;  // #rrggbb
  double size = 0;
  std::string cluster;  // views: the place a diagram draws the node inside
};

struct Edge {
  std::string id;
  std::string relation;
  std::optional<double> amount_yuan;
  bool approximate = false;  // the text said 余/多: at least the amount
  std::optional<int> year;
  std::size_t mentions = 0;
  std::string source = "text";     // text, or gazetteer: only the official hierarchy gives it
  std::vector<std::string> rules;  // ids of the rules that found it, sorted
  std::string evidence;            // the first sentence that states it
  std::vector<std::string> documents;
  std::vector<int> years;  // views: the years of the facts an edge of a view sums
};

// What holds for the graph as a whole; written as GraphML graph attributes.
struct GraphInfo {
  std::string betweenness;  // how it was computed: exact, or estimated from a sample of sources
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, Node, Edge, GraphInfo>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;

// "org_" / "plc_" / "prg_" / "ent_" followed by a hash of the label: ASCII, stable across runs
// and corpora. A place linked to an official division is "plc_" and its code.
std::string node_id(const std::string& type, const std::string& label, const std::string& code = "");

}  // namespace kg::graph

namespace kg::graph {

// The relation as a reader of Chinese says it: funds -> 资助.
std::string relation_caption(const std::string& relation);

// A short readable caption for an edge: "资助 1000万元 2024年".
std::string caption(const Edge& e);

}  // namespace kg::graph
