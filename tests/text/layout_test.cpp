#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "kg/text/layout.h"
#include "kg/text/normalize.h"

namespace {
std::string repaired(const std::string& raw) {
  return kg::text::repair_layout(kg::text::normalize(raw)).bytes;
}
}  // namespace

TEST_CASE("a sentence broken across a blank line by page layout is joined") {
  const std::string raw =
      "2023年，东坝县教育局向考入高校的农牧民子女兑现奖学金和资\n\n助金120万元，惠及学生300余名。\n";
  CHECK(repaired(raw) == "2023年，东坝县教育局向考入高校的农牧民子女兑现奖学金和资助金120万元，惠及学生300余名。");
}

TEST_CASE("headlines, kickers and datelines stay on their own lines") {
  const std::string raw = "东坝县\n\n举办职工技能竞赛\n\n本报东坝电（记者 张三）近日，东坝县总工会举办职工技能竞赛。\n";
  CHECK(repaired(raw) == "东坝县\n举办职工技能竞赛\n本报东坝电（记者 张三）近日，东坝县总工会举办职工技能竞赛。");
}

TEST_CASE("joined text keeps its map to the original bytes") {
  const std::string raw = "县民政局工作人员首先前往东坝村、西坝村和南坝村，了解残疾人家庭的实际\n\n需求。";
  const auto t = kg::text::repair_layout(kg::text::normalize(raw));
  const auto at = t.bytes.find("需求");
  REQUIRE(at != std::string::npos);
  CHECK(raw.substr(t.origin[at], 6) == "需求");
}

TEST_CASE("the seed page's six mid-sentence breaks are joined and its headlines stay apart") {
  std::ifstream in(KGBUILD_TEST_SHARED_DIR "/corpus/dev/000_046523daf5b7182a.txt", std::ios::binary);
  if (!in) {
    WARN("../shared/corpus is not present");
    return;
  }
  std::ostringstream raw;
  raw << in.rdbuf();
  const std::string text = repaired(raw.str());
  for (const char* joined : {"兑现大学生奖励和资助金341万元", "推广和宣传小城特色文化", "用人需求332个",
                             "福州大道消防救援站（新训队）", "巴宜区农业农村组织调柔性援藏", "组织作用发挥"})
    CHECK(text.find(joined) != std::string::npos);
  for (const char* apart : {"\n巴宜区\n举办“安康杯”技能比武竞赛\n本报巴宜电（记者 谢筱纯 王珊）",
                            "\n巴宜区民政局\n深入实施残疾人家庭无障碍改造\n"})
    CHECK(text.find(apart) != std::string::npos);
}
