// The knowledge graph: one Boost.Graph vertex per entity, one edge per fact.
//
//   kg::graph::GraphBuilder builder;
//   builder.add(extraction);                 // any number of documents
//   kg::graph::Graph g = builder.build();    // sorted, so the same input gives the same graph
//
// A fact is (source, relation, target), and for funds also the amount and year: the same fact
// stated twice is one edge with two mentions; the same target funded with two amounts is two.
// Places linked to one official division are one node across documents, whatever the spelling.
#pragma once

#include <boost/graph/adjacency_list.hpp>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "kg/extract/pipeline.h"

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
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, Node, Edge>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;

class GraphBuilder {
 public:
  void add(const extract::Extraction& extraction);
  Graph build() const;

 private:
  struct NodeData {
    std::string level;
    std::string code;
    std::string official_name;
    std::optional<std::size_t> candidates;
    std::size_t mentions = 0;
    std::set<std::string> surfaces;
    std::set<std::string> rules;
    std::set<std::string> documents;
  };
  struct FactKey {
    extract::EntityRef source;
    std::string relation;
    extract::EntityRef target;
    std::optional<double> amount;
    std::optional<int> year;
    friend auto operator<=>(const FactKey&, const FactKey&) = default;
  };
  struct FactData {
    bool approximate = false;
    std::size_t mentions = 0;      // in sentences
    std::set<std::string> listed;  // documents whose division list gave it
    std::set<std::string> rules;
    std::string evidence;
    std::set<std::string> documents;
  };
  NodeData& node(const extract::EntityRef& ref);

  std::map<extract::EntityRef, NodeData> nodes_;
  std::map<std::string, extract::EntityRef> by_code_;  // one node per official division
  std::map<FactKey, FactData> facts_;
};

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
