// The HTML page: libraries inlined, every node and edge in its data, no text that ends a script.
#include <catch2/catch.hpp>

#include <filesystem>

#include "kg/export/html.h"
#include "kg/graph/builder.h"
#include "support.h"

namespace {

kg::graph::Graph small_graph() {
  kg::graph::GraphBuilder b;
  b.add(kg::test::extract_text("2024年，东坝县财政局投入资金100万元实施“</script>”农村道路改造工程。"));
  return b.build();
}

}  // namespace

TEST_CASE("the page inlines its libraries and holds the graph where no text can end a script") {
  const std::string libs = kg::test::scratch_dir();
  kg::test::write_file(libs + "/sigma.min.js", "var Sigma = 1; // </script> in a comment");
  kg::test::write_file(libs + "/graphology.umd.min.js", "var graphology = 2;");
  const std::string page = kg::exports::to_html(small_graph(), libs, "东坝县", "g.html");
  CHECK(page.find("var Sigma = 1;") != std::string::npos);
  CHECK(page.find("var graphology = 2;") != std::string::npos);
  CHECK(page.find("东坝县财政局") != std::string::npos);
  CHECK(page.find("\"x\":null") == std::string::npos);  // small graphs are drawn whole
  // Only the page's own script elements close: four of them.
  std::size_t closes = 0;
  for (std::size_t at = page.find("</script"); at != std::string::npos; at = page.find("</script", at + 1)) ++closes;
  CHECK(closes == 4);
}

TEST_CASE("without its libraries the page is refused with the command that fetches them") {
  CHECK_THROWS_WITH(kg::exports::to_html(small_graph(), kg::test::scratch_dir(), "t", "g.html"),
                    Catch::Contains("g.html") && Catch::Contains("scripts/fetch-web.sh"));
}
