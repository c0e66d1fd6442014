// Degree, betweenness, components, pinyin and colours: what viewers size and colour by.
#include <catch2/catch.hpp>

#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <boost/graph/betweenness_centrality.hpp>

#include <memory>
#include <random>

#include "kg/graph/betweenness.h"
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

// A random directed graph with parallel edges and isolated vertices, as corpus graphs have.
Graph random_graph(std::size_t vertices, std::size_t edges, unsigned seed) {
  Graph g;
  for (std::size_t i = 0; i < vertices; ++i) add(g, std::to_string(i), "organisation");
  std::mt19937 random(seed);
  std::uniform_int_distribution<std::size_t> pick(0, vertices / 2);  // half the vertices stay isolated
  for (std::size_t i = 0; i < edges; ++i) {
    const auto s = pick(random), t = pick(random);
    if (s != t) boost::add_edge(s, t, kg::graph::Edge{}, g);
  }
  return g;
}

std::vector<double> boost_betweenness(const Graph& g) {
  std::vector<double> c(boost::num_vertices(g), 0.0);
  boost::brandes_betweenness_centrality(
      g, boost::centrality_map(boost::make_iterator_property_map(c.begin(), boost::get(boost::vertex_index, g))));
  return c;
}

std::string icu_pinyin(const std::string& label) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> t(
      icu::Transliterator::createInstance("Han-Latin/Names; Latin-ASCII; Lower", UTRANS_FORWARD, status));
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(label);
  t->transliterate(s);
  std::string out, ascii;
  s.toUTF8String(out);
  for (char c : out)
    if (static_cast<unsigned char>(c) < 0x80) ascii += c;
  return ascii;
}

}  // namespace

TEST_CASE("the node between two others carries the betweenness and components ignore direction") {
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

TEST_CASE("pinyin read character by character equals ICU's reading of the whole label") {
  // Surname readings at a name's start and after a non-Han character, the two-character words
  // ICU reads apart, Latin, digits and punctuation.
  for (const char* label : {"区长办公室",
                            "单县人民政府",
                            "曾家村",
                            "长孙村",
                            "重庆市",
                            "四川省藏文学校",
                            "西藏自治区",
                            "G318国道",
                            "2018年区运会",
                            "中国ABC公司",
                            "（区）卫生院",
                            "上海.浦东",
                            "乐山市乐都区",
                            "𠀀区",
                            "",
                            "abc",
                            "东坝县，西坝乡",
                            "“健康”卫生院",
                            "中国·拉萨",
                            "雪域——高原论坛",
                            "A、B村",
                            "1、2号楼",
                            "曾家（村）",
                            "《长孙》读书会",
                            "单县-曾家村",
                            "Happy10k（西藏站）",
                            "中国西藏文化·加德满都论坛",
                            "区长！",
                            "…藏文…"}) {
    INFO(label);
    CHECK(kg::graph::pinyin(label) == icu_pinyin(label));
  }
}

TEST_CASE("betweenness equals Boost.Graph's, whatever the number of threads") {
  const Graph g = random_graph(300, 500, 7);
  const auto expected = boost_betweenness(g);
  for (std::size_t jobs : {1, 3}) {
    const auto b = kg::graph::betweenness(g, {.jobs = jobs});
    CHECK_FALSE(b.sampled);
    REQUIRE(b.centrality.size() == expected.size());
    for (std::size_t v = 0; v < expected.size(); ++v) CHECK(b.centrality[v] == Approx(expected[v]).margin(1e-9));
  }
  CHECK(kg::graph::betweenness(g, {.jobs = 1}).centrality == kg::graph::betweenness(g, {.jobs = 4}).centrality);
}

TEST_CASE("sources with one out-edge count through the vertex it leads to, cycles included") {
  // Villages in a township in a county, one village that the township lists back (a cycle),
  // and a body with parallel edges to the township: what Boost.Graph finds, vertex by vertex.
  Graph g;
  const auto county = add(g, "东坝县", "place", "county");
  const auto township = add(g, "西坝镇", "place", "township");
  boost::add_edge(township, county, kg::graph::Edge{}, g);
  std::vector<kg::graph::Vertex> villages;
  for (int i = 0; i < 5; ++i) {
    villages.push_back(add(g, "村" + std::to_string(i), "place", "village"));
    boost::add_edge(villages.back(), township, kg::graph::Edge{}, g);
  }
  boost::add_edge(township, villages.front(), kg::graph::Edge{}, g);
  const auto body = add(g, "西坝镇卫生院", "organisation");
  boost::add_edge(body, township, kg::graph::Edge{}, g);
  boost::add_edge(body, township, kg::graph::Edge{}, g);
  const auto expected = boost_betweenness(g);
  const auto b = kg::graph::betweenness(g);
  for (std::size_t v = 0; v < expected.size(); ++v) CHECK(b.centrality[v] == Approx(expected[v]).margin(1e-9));
  CHECK(b.centrality[township] > 0);
}

TEST_CASE("above a size betweenness is estimated from a fixed sample of sources, and says so") {
  const Graph g = random_graph(400, 800, 11);
  const kg::graph::BetweennessOptions sampled{.jobs = 2, .sample_above = 100, .sample_sources = 50};
  const auto a = kg::graph::betweenness(g, sampled);
  CHECK(a.sampled);
  CHECK(a.sources == 50);
  CHECK(a.centrality == kg::graph::betweenness(g, sampled).centrality);  // the same sample every run
  // The estimate is unbiased: its total is near the exact total.
  const auto exact = boost_betweenness(g);
  double estimated_total = 0, exact_total = 0;
  for (double c : a.centrality) estimated_total += c;
  for (double c : exact) exact_total += c;
  CHECK(estimated_total == Approx(exact_total).epsilon(0.3));

  Graph big = random_graph(400, 800, 11);
  kg::graph::annotate(big);
  CHECK(big[boost::graph_bundle].betweenness == "exact");
}
