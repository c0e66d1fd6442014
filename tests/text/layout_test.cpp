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

TEST_CASE("text wrapped at a narrow column is joined into its paragraphs") {
  // A page through pdftotext: a headline, then two paragraphs wrapped at twelve characters; a
  // line full of figures holds more of them, and a full line may end a sentence mid-paragraph.
  const std::string raw =
      "东坝县兑现农牧民奖补资金\n"
      "　　2023年，东坝县财政局向\n"
      "西坝镇拨付草原生态保护奖励\n"
      "资金1250.5万元，惠及牧户\n"
      "3000余户。县农业农村局同步\n"
      "开展牧民技能培训。\n"
      "　　今年以来，县里还启动了\n"
      "“雪域牧歌”文化惠民活动，\n"
      "已举办演出40场。\n";
  CHECK(repaired(raw) ==
        "东坝县兑现农牧民奖补资金\n"
        "2023年，东坝县财政局向西坝镇拨付草原生态保护奖励资金1250.5万元，惠及牧户3000余户。"
        "县农业农村局同步开展牧民技能培训。\n"
        "今年以来，县里还启动了“雪域牧歌”文化惠民活动，已举办演出40场。");
}

TEST_CASE("short paragraphs of one width that end their sentences are no narrow column") {
  const std::string raw =
      "东坝县举办赛马节\n开幕式举行。骑手入场。\n比赛开始了。牧民观看。\n骑手夺冠了。合影留念。\n"
      "闭幕式举行。节日结束。\n明年再相聚。大家离场。\n";
  CHECK(repaired(raw) ==
        "东坝县举办赛马节\n开幕式举行。骑手入场。\n比赛开始了。牧民观看。\n骑手夺冠了。合影留念。\n"
        "闭幕式举行。节日结束。\n明年再相聚。大家离场。");
}

TEST_CASE("sentences set one a line run on as one paragraph until a headline") {
  const std::string raw =
      "东坝县推进饮水安全工程\n东坝县财政局今年推进农村饮水安全工作。\n共投入资金300万元。\n"
      "还投入200万元用于南坝乡。\n全县12个村受益。\n西坝镇\n西坝镇开展“清洁家园”行动。\n共清理垃圾80吨。\n";
  CHECK(repaired(raw) ==
        "东坝县推进饮水安全工程\n东坝县财政局今年推进农村饮水安全工作。共投入资金300万元。还投入200万元用于南坝乡。"
        "全县12个村受益。\n西坝镇\n西坝镇开展“清洁家园”行动。共清理垃圾80吨。");
}

TEST_CASE("paragraphs of several sentences stay apart") {
  const std::string raw = "东坝县推进饮水安全工程。共投入资金300万元。\n西坝镇开展“清洁家园”行动。共清理垃圾80吨。\n";
  CHECK(repaired(raw) == "东坝县推进饮水安全工程。共投入资金300万元。\n西坝镇开展“清洁家园”行动。共清理垃圾80吨。");
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
