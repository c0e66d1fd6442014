#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "kg/export/graphml.h"
#include "kg/graph/builder.h"
#include "support.h"

namespace {

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

kg::graph::Graph graph_of(const std::string& text) {
  kg::graph::GraphBuilder b;
  b.add(kg::test::extract_text(text));
  return b.build();
}

}  // namespace

TEST_CASE("numbers are written in full, never in exponent form") {
  CHECK(kg::exports::format_number(10000000) == "10000000");
  CHECK(kg::exports::format_number(144900) == "144900");
  CHECK(kg::exports::format_number(1234567.89) == "1234567.89");
  CHECK(kg::exports::format_number(0.5) == "0.5");
}

TEST_CASE("XML text is escaped and control characters are dropped") {
  CHECK(kg::exports::xml_escape("a&b<c>d\"e\ff") == "a&amp;b&lt;c&gt;d&quot;ef");
}

TEST_CASE("GraphML declares UTF-8, typed per-domain keys and the contract's attribute names") {
  const std::string g = kg::exports::to_graphml(graph_of("2024年，东坝县财政局投入资金100万元实施农村道路改造工程。"));
  CHECK(g.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", 0) == 0);
  CHECK(g.find("for=\"all\"") == std::string::npos);
  for (const char* key : {"attr.name=\"label\" attr.type=\"string\"", "attr.name=\"type\"", "attr.name=\"level\"",
                          "attr.name=\"relation\"", "attr.name=\"amount_yuan\" attr.type=\"double\"",
                          "attr.name=\"year\" attr.type=\"int\"", "attr.name=\"mentions\" attr.type=\"int\""})
    CHECK(g.find(key) != std::string::npos);
  CHECK(g.find(">1000000<") != std::string::npos);
  CHECK(g.find(">2024<") != std::string::npos);
}

// The golden file shows the whole output for a small article; regenerate it with
// KGBUILD_UPDATE_GOLDEN=1 after an intended change and review the diff.
TEST_CASE("the GraphML of the golden article matches the golden file") {
  const std::string input = kg::test::source_path("tests/golden/small.txt");
  const std::string golden = kg::test::source_path("tests/golden/small.graphml");
  kg::graph::GraphBuilder b;
  b.add(kg::test::extract_text(read(input)));
  const std::string actual = kg::exports::to_graphml(b.build());
  if (std::getenv("KGBUILD_UPDATE_GOLDEN")) kg::test::write_file(golden, actual);
  CHECK(actual == read(golden));
}

TEST_CASE("two runs on the same input give byte-identical GraphML") {
  const std::string text = read(kg::test::source_path("examples/county-news.txt"));
  CHECK(kg::exports::to_graphml(graph_of(text)) == kg::exports::to_graphml(graph_of(text)));
}
