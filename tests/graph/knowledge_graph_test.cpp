#include <catch2/catch.hpp>

#include "kg/graph/builder.h"
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

TEST_CASE("a name written with different dots is one node, labelled as most texts write it") {
  kg::graph::GraphBuilder b;
  b.add(kg::test::extract_text("东坝县民政局开展“同心•暖冬”专项救助活动。"));
  b.add(kg::test::extract_text("东坝县民政局开展“同心⋅暖冬”专项救助活动。"));
  b.add(kg::test::extract_text("西坝县民政局开展“同心⋅暖冬”专项救助活动。"));
  const auto g = b.build();
  std::vector<std::string> programs;
  for (auto v : boost::make_iterator_range(boost::vertices(g)))
    if (g[v].type == "program") programs.push_back(g[v].label);
  CHECK(programs == std::vector<std::string>{"同心⋅暖冬专项救助活动"});
  CHECK(count_edges(g, "organises") == 2);
}

TEST_CASE("facts gathered in any order and grouping build the same graph") {
  const auto a = kg::test::extract_text("东坝县财政局投入资金100万元实施农村道路改造工程。");
  const auto b = kg::test::extract_text("东坝县民政局开展“暖冬行动”专项救助活动。东坝县民政局走访西坝村。");
  const auto c = kg::test::extract_text("西坝村党支部组织开展“暖冬行动”。东坝县财政局投入资金100万元实施农村道路改造工程。");
  kg::graph::GraphBuilder in_order, ab, ab_c, cba;
  for (const auto* x : {&a, &b, &c}) in_order.add(*x);
  ab.add(a);
  ab.add(b);
  ab_c.merge(ab);
  kg::graph::GraphBuilder only_c;
  only_c.add(c);
  ab_c.merge(only_c);
  for (const auto* x : {&c, &b, &a}) cba.add(*x);
  const auto labels = [](const kg::graph::Graph& g) {
    std::vector<std::string> out;
    for (auto v : boost::make_iterator_range(boost::vertices(g))) out.push_back(g[v].id + " " + g[v].label);
    for (auto e : boost::make_iterator_range(boost::edges(g)))
      out.push_back(g[e].id + " " + g[e].relation + " " + std::to_string(g[e].mentions) + " " + g[e].evidence);
    return out;
  };
  const auto expected = labels(in_order.build());
  CHECK(expected.size() > 5);
  CHECK(labels(ab_c.build()) == expected);
  CHECK(labels(cba.build()) == expected);
  CHECK(ab_c.documents() == 3);
}

TEST_CASE("the parts of a text read in parts count as one document") {
  auto first = kg::test::extract_text("东坝县民政局开展“暖冬行动”专项救助活动。");
  auto second = kg::test::extract_text("东坝县民政局走访西坝村。");
  second.document_id = first.document_id;
  second.section = 1;
  kg::graph::GraphBuilder b;
  b.add(first);
  b.add(second);
  CHECK(b.documents() == 1);
  const auto g = b.build();
  for (auto v : boost::make_iterator_range(boost::vertices(g)))
    if (g[v].label == "东坝县民政局") CHECK(g[v].mentions == 2);
}
