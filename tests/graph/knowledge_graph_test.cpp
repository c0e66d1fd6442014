#include <catch2/catch.hpp>

#include "kg/graph/knowledge_graph.h"
#include "support.h"

namespace {

std::size_t count_edges(const kg::graph::Graph& g, const std::string& relation) {
  std::size_t n = 0;
  for (auto e : boost::make_iterator_range(boost::edges(g)))
    if (g[e].relation == relation) ++n;
  return n;
}

}  // namespace

TEST_CASE("the same fact stated twice is one edge with two mentions") {
  kg::graph::GraphBuilder b;
  b.add(kg::test::extract_text("东坝县民政局开展“暖冬行动”专项救助活动。"));
  b.add(kg::test::extract_text("东坝县民政局开展“暖冬行动”专项救助活动。"));
  const auto g = b.build();
  REQUIRE(count_edges(g, "organises") == 1);
  for (auto e : boost::make_iterator_range(boost::edges(g)))
    if (g[e].relation == "organises") CHECK(g[e].mentions == 2);
}

TEST_CASE("funding the same target with two amounts is two facts") {
  kg::graph::GraphBuilder b;
  b.add(
      kg::test::extract_text("2023年，东坝县财政局投入资金100万元实施农村道路改造工程。\n"
                             "2024年，东坝县财政局投入资金300万元实施农村道路改造工程。"));
  CHECK(count_edges(b.build(), "funds") == 2);
}

TEST_CASE("one node per entity, with a stable ASCII id") {
  kg::graph::GraphBuilder b;
  b.add(kg::test::extract_text("东坝县民政局开展“暖冬行动”专项救助活动。东坝县民政局走访西坝村。"));
  const auto g = b.build();
  std::size_t bureaus = 0;
  for (auto v : boost::make_iterator_range(boost::vertices(g)))
    if (g[v].label == "东坝县民政局") {
      ++bureaus;
      CHECK(g[v].id == kg::graph::node_id("organisation", "东坝县民政局"));
      CHECK(g[v].id.rfind("org_", 0) == 0);
      CHECK(g[v].mentions == 2);
    }
  CHECK(bureaus == 1);
}
