// Filters for legible diagrams: each keeps what it says and the ids stay.
#include <catch2/catch.hpp>

#include "kg/graph/builder.h"
#include "kg/error.h"
#include "kg/graph/filter.h"
#include "support.h"

using kg::graph::Graph;
using kg::graph::GraphFilter;

namespace {

Graph county_graph() {
  kg::graph::GraphBuilder b;
  b.add(kg::test::extract_text(
      "2024年，东坝县财政局投入资金100万元实施农村道路改造工程。东坝县卫健委组织开展“健康西坝”义诊活动。"
      "东坝县卫健委投入资金20万元实施卫生室标准化建设。"));
  return b.build();
}

std::vector<std::string> labels(const Graph& g) {
  std::vector<std::string> out;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) out.push_back(g[v].label);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("an ego filter keeps the entity and its neighbours within the depth") {
  const Graph g = county_graph();
  GraphFilter f;
  f.ego = "东坝县卫健委";
  const Graph ego = kg::graph::filter(g, f);
  const auto kept = labels(ego);
  CHECK(kg::test::contains(kept, "东坝县卫健委"));
  CHECK(kg::test::contains(kept, "卫生室标准化建设"));
  CHECK_FALSE(kg::test::contains(kept, "东坝县财政局"));
  CHECK_FALSE(kg::test::contains(kept, "农村道路改造工程"));
  f.depth = 2;  // through 东坝县 to the other department
  CHECK(kg::test::contains(labels(kg::graph::filter(g, f)), "东坝县财政局"));
  f.ego = "不存在的单位";
  CHECK_THROWS_AS(kg::graph::filter(g, f), kg::Error);
}

TEST_CASE("type and relation filters keep only what they name, with the same ids") {
  const Graph g = county_graph();
  GraphFilter f;
  f.relations = {"funds"};
  f.types = {"organisation", "program"};
  const Graph small = kg::graph::filter(g, f);
  for (auto e : boost::make_iterator_range(boost::edges(small))) CHECK(small[e].relation == "funds");
  for (auto v : boost::make_iterator_range(boost::vertices(small))) CHECK(small[v].type != "place");
  CHECK(boost::num_edges(small) == 2);
  std::set<std::string> ids;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) ids.insert(g[v].id);
  for (auto v : boost::make_iterator_range(boost::vertices(small))) CHECK(ids.count(small[v].id) == 1);
}

TEST_CASE("top N and k-core keep the best connected nodes") {
  const Graph g = county_graph();
  GraphFilter top;
  top.top = 2;
  const Graph two = kg::graph::filter(g, top);
  CHECK(boost::num_vertices(two) == 2);
  GraphFilter core;
  core.k_core = 2;
  for (auto v : boost::make_iterator_range(boost::vertices(kg::graph::filter(g, core))))
    CHECK(kg::graph::filter(g, core)[v].degree >= 2);
  GraphFilter mentioned;
  mentioned.min_mentions = 2;
  for (auto v : boost::make_iterator_range(boost::vertices(kg::graph::filter(g, mentioned))))
    CHECK(kg::graph::filter(g, mentioned)[v].mentions >= 2);
}
