// Writes a small graph of awkward cases in every format kgbuild exports, for the consumers to
// read back: markup characters, a form feed as PDF text carries, a character outside the BMP,
// parallel edges, a self-loop and an amount larger than a float holds.
//   edge_case_graph OUT_DIR   -> OUT_DIR/edge.{graphml,gexf,dot,svg}
#include <iostream>

#include "kg/export/writer.h"
#include "kg/graph/metrics.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: edge_case_graph OUT_DIR\n";
    return 2;
  }
  using kg::graph::Edge;
  using kg::graph::Node;
  kg::graph::Graph g;
  const auto node = [](std::string id, std::string label, std::string type, std::string level) {
    Node n;
    n.id = std::move(id);
    n.label = std::move(label);
    n.type = std::move(type);
    n.level = std::move(level);
    n.mentions = 1;
    return n;
  };
  const auto edge = [](std::string id, std::string relation, std::size_t mentions) {
    Edge e;
    e.id = std::move(id);
    e.relation = std::move(relation);
    e.mentions = mentions;
    return e;
  };
  const Node office = node("org_edge1", "东坝县“A&B”<联合>办公室'\f", "organisation", "");
  const Node village = node("plc_edge2", "𠀀村", "place", "village");
  const auto a = boost::add_vertex(office, g);
  const auto b = boost::add_vertex(village, g);
  Edge funds = edge("e_0", "funds", 1);
  funds.amount_yuan = 123456789012.34;
  funds.year = 2024;
  funds.evidence = "东坝县“A&B”<联合>办公室'\f投入资金1234.5678901234亿元。";
  funds.documents = {"edge"};
  boost::add_edge(a, b, funds, g);
  boost::add_edge(a, b, edge("e_1", "serves", 3), g);
  boost::add_edge(a, a, edge("e_2", "supervises", 1), g);
  kg::graph::annotate(g);
  const std::string dir = argv[1];
  for (const char* ext : {".graphml", ".gexf", ".dot", ".svg"}) kg::exports::write_graph(g, dir + "/edge" + ext);
  return 0;
}
