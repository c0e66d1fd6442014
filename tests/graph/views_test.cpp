// Corpus diagrams: organisations and programs in the places they sit in, and the money.
#include <catch2/catch.hpp>

#include "kg/graph/builder.h"
#include "kg/graph/views.h"
#include "support.h"

namespace {

kg::graph::Graph corpus_graph() {
  kg::graph::GraphBuilder b;
  b.add(kg::test::extract_text(
      "2023年，东坝县财政局投入资金100万元实施农村道路改造工程。\n"
      "2024年，东坝县财政局投入资金300万元实施农村道路改造工程。\n"
      "2024年，西坝市援藏工作队投入资金2亿元实施雪域高原建设项目。\n"
      "东坝县民政局开展“暖冬行动”专项救助活动。东坝县民政局与东坝县卫健委联合开展义诊活动。"));
  return b.build();
}

}  // namespace

TEST_CASE("the organisation view keeps organisations and programs, each with a partner, inside their place") {
  const auto g = kg::graph::organisation_view(corpus_graph(), 4);
  CHECK(boost::num_vertices(g) > 1);
  CHECK(boost::num_vertices(g) <= 4);
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    INFO(g[v].label);
    CHECK(g[v].type != "place");
    CHECK(boost::in_degree(v, g) + boost::out_degree(v, g) > 0);
    if (g[v].label == "东坝县民政局") CHECK(g[v].cluster == "东坝县");
  }
  for (auto e : boost::make_iterator_range(boost::edges(g))) CHECK(g[e].relation != "located_in");
}

TEST_CASE("the money view sums the amounts between a payer and a recipient, with their years") {
  const auto g = kg::graph::money_view(corpus_graph(), 10);
  bool summed = false;
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    CHECK(g[e].relation == "funds");
    if (g[boost::source(e, g)].label != "东坝县财政局") continue;
    summed = true;
    CHECK(*g[e].amount_yuan == 4000000.0);
    CHECK(g[e].years == std::vector<int>{2023, 2024});
    CHECK(kg::graph::caption(g[e]) == "资助 400万元 2023–2024年");
  }
  CHECK(summed);
  kg::graph::Edge big;
  big.relation = "funds";
  big.amount_yuan = 1708000000.0;
  CHECK(kg::graph::caption(big) == "资助 17.08亿元");
  CHECK_THROWS(kg::graph::view(corpus_graph(), "places", 10));
}
