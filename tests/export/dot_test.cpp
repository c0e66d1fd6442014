#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "kg/export/dot.h"
#include "kg/export/writer.h"
#include "kg/graph/builder.h"
#include "support.h"

namespace {

kg::graph::Graph small_graph() {
  kg::graph::GraphBuilder b;
  b.add(kg::test::extract_text("2024年，东坝县财政局投入资金100万元实施农村道路改造工程。"));
  return b.build();
}

}  // namespace

TEST_CASE("DOT names a CJK font and labels edges with relation and amount") {
  const std::string dot = kg::exports::to_dot(small_graph());
  CHECK(dot.rfind("digraph", 0) == 0);
  CHECK(dot.find("Noto Sans CJK SC") != std::string::npos);
  CHECK(dot.find("东坝县财政局") != std::string::npos);
  CHECK(dot.find("资助 100万元 2024年") != std::string::npos);
}

TEST_CASE("SVG rendered in-process holds the Chinese labels as text") {
  const std::string path = kg::test::scratch_dir() + "/g.svg";
  kg::exports::write_graph(small_graph(), path);
  std::ifstream in(path);
  std::ostringstream s;
  s << in.rdbuf();
  CHECK(s.str().find(">东坝县财政局</text>") != std::string::npos);
}

TEST_CASE("an unknown output extension is refused before anything is written") {
  const std::string path = kg::test::scratch_dir() + "/g.xlsx";
  CHECK_THROWS_WITH(kg::exports::write_graph(small_graph(), path), Catch::Contains("unknown output format"));
  CHECK_FALSE(kg::test::file_exists(path));
}

TEST_CASE("DOT draws the place hierarchy as nested clusters and shapes places by level") {
  kg::graph::GraphBuilder b;
  b.add(kg::test::extract_text("东坝县西坝镇团结村修通了公路。"));
  const std::string dot = kg::exports::to_dot(b.build());
  const auto county = dot.find("subgraph cluster_");
  REQUIRE(county != std::string::npos);
  const auto township = dot.find("subgraph cluster_", county + 1);
  REQUIRE(township != std::string::npos);
  CHECK(dot.find("label=东坝县", county) < township);  // the county's box holds the township's
  CHECK(dot.find("hexagon") != std::string::npos);     // a county
}
