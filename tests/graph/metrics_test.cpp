// Degree, betweenness, components, pinyin and colours: what viewers size and colour by.
#include <catch2/catch.hpp>

#include "kg/graph/metrics.h"

using kg::graph::Graph;

namespace {

kg::graph::Vertex add(Graph& g, const std::string& label, const std::string& type, const std::string& level = "") {
  kg::graph::Node n;
  n.label = label;
  n.type = type;
  n.level = level;
  return boost::add_vertex(n, g);
}

}  // namespace

TEST_CASE("the node between two others carries the betweenness; components ignore direction") {
  Graph g;
  const auto a = add(g, "东坝县人社局", "organisation");
  const auto b = add(g, "西坝镇", "place", "township");
  const auto c = add(g, "团结村", "place", "village");
  const auto lone = add(g, "雪川市", "place", "city");
  boost::add_edge(a, b, kg::graph::Edge{}, g);
  boost::add_edge(c, b, kg::graph::Edge{}, g);
  kg::graph::annotate(g);
  CHECK(g[b].degree == 2);
  CHECK(g[a].degree == 1);
  CHECK(g[b].betweenness == 0);  // directed: no path runs a -> b -> c
  CHECK(g[a].component == g[c].component);
  CHECK(g[lone].component != g[a].component);
  CHECK(g[b].size > g[a].size);
  CHECK(g[a].color == "#4e79a7");
  CHECK(g[c].color != g[lone].color);  // places shade by level

  Graph path;
  const auto x = add(path, "甲", "organisation");
  const auto y = add(path, "乙", "organisation");
  const auto z = add(path, "丙", "organisation");
  boost::add_edge(x, y, kg::graph::Edge{}, path);
  boost::add_edge(y, z, kg::graph::Edge{}, path);
  kg::graph::annotate(path);
  CHECK(path[y].betweenness == 1);
  CHECK(path[x].betweenness == 0);
}

TEST_CASE("labels get pinyin for readers without Chinese") {
  CHECK(kg::graph::pinyin("巴宜区卫健委") == "ba yi qu wei jian wei");
  CHECK(kg::graph::pinyin("东坝县") == "dong ba xian");
}
