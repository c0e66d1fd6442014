#include <catch2/catch.hpp>

#include "kg/export/gexf.h"
#include "kg/graph/builder.h"
#include "support.h"

TEST_CASE("GEXF gives the relation as the edge kind, the year as its time and viz attributes per node") {
  kg::graph::GraphBuilder b;
  b.add(kg::test::extract_text(
      "2024年，东坝县财政局投入资金100万元实施农村道路改造工程。东坝县财政局为农村道路改造工程提供服务。"));
  const std::string gexf = kg::exports::to_gexf(b.build());
  CHECK(gexf.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", 0) == 0);
  CHECK_THAT(gexf, Catch::Contains("version=\"1.2\"") && Catch::Contains("mode=\"dynamic\""));
  CHECK_THAT(gexf, Catch::Contains("kind=\"funds\"") && Catch::Contains("start=\"2024\" end=\"2024\""));
  CHECK_THAT(gexf, Catch::Contains("<viz:color r=") && Catch::Contains("<viz:size value=") &&
                       Catch::Contains("<viz:position x="));
  CHECK_THAT(gexf, Catch::Contains("label=\"东坝县财政局\""));
  CHECK_THAT(gexf, !Catch::Contains("value=\"\""));  // a missing value is left out
}
