#include <catch2/catch.hpp>

#include "support.h"

using kg::test::contains;
using kg::test::extract_text;
using kg::test::relation_lines;

namespace {

// The year of each funds edge the text gives, in order; 0 for an edge with none.
std::vector<int> funds_years(const std::string& text) {
  std::vector<int> years;
  for (const auto& r : extract_text(text).relations)
    if (r.relation == "funds") years.push_back(r.year.value_or(0));
  return years;
}

}  // namespace

TEST_CASE("funding takes the amount in yuan and the year before it") {
  const auto x = extract_text("2023年，东坝县住建局投入资金2.5亿元实施老旧小区改造工程。");
  bool found = false;
  for (const auto& r : x.relations)
    if (r.relation == "funds") {
      CHECK(r.source.label == "东坝县住建局");
      CHECK(r.target.label == "老旧小区改造工程");
      REQUIRE(r.amount_yuan.has_value());
      CHECK(*r.amount_yuan == Approx(250000000));
      CHECK(r.year == 2023);
      found = true;
    }
  CHECK(found);
}

TEST_CASE("money this year in a text without its own date takes no earlier year of the paragraph") {
  CHECK(funds_years("2015年，东坝县启动医院改造。今年，东坝县卫健委投入资金800万元实施乡镇卫生院能力提升工程。") ==
        std::vector<int>{0});
}

TEST_CASE("an omitted subject is carried over from the paragraph's previous sentence") {
  const auto r =
      relation_lines(extract_text("东坝县卫健委推动医疗资源下沉。2024年，投入资金800万元实施乡镇卫生院能力提升工程。"));
  CHECK(contains(r, "东坝县卫健委 -funds-> 乡镇卫生院能力提升工程"));
}

TEST_CASE("the subject is not carried into the next paragraph") {
  const auto r = relation_lines(extract_text(
      "医疗资源下沉见实效\n东坝县卫健委推动医疗资源下沉。各乡镇响应。\n2024年，投入资金800万元实施乡镇卫生院能力提升工程。"));
  for (const auto& line : r) CHECK(line.find("-funds->") == std::string::npos);
}

TEST_CASE("a clause with no actor anywhere in its paragraph takes the headline's") {
  const auto r = relation_lines(
      extract_text("东坝县卫健委推动医疗资源下沉\n2024年，还开展了“健康进万家”义诊活动。"));
  CHECK(contains(r, "东坝县卫健委 -organises-> 健康进万家义诊活动"));
}

TEST_CASE("money is not paid by the headline's actor, nor by an actor that is no node") {
  const auto r = relation_lines(extract_text("东坝县卫健委推动医疗资源下沉\n2024年，投入资金800万元实施乡镇卫生院能力提升工程。"
                                             "东坝县召开会议。国家投入资金500万元实施东坝河综合治理。"));
  for (const auto& line : r) CHECK(line.find("-funds->") == std::string::npos);
}

TEST_CASE("a name after a verb or a preposition is no sentence subject") {
  const auto r = relation_lines(extract_text("医疗资源下沉\n一是成立东坝县领导小组；二是开展“暖冬行动”。"
                                             "在西坝乡，还开展了“送医下乡”活动。"));
  for (const auto& line : r) CHECK(line.find("-organises->") == std::string::npos);
}

TEST_CASE("money no clause names a target for goes to the works the sentence before ran") {
  const auto r = relation_lines(
      extract_text("东坝县实施了一批人居环境整治项目。据了解，该县共投入资金800万元，新建停车场两处。\n"
                   "西坝县开展了“暖冬行动”和“送医下乡”活动。据了解，该县共投入资金300万元，新建停车场两处。\n"
                   "南坪县实施了一批道路改造工程。该县还在北坝乡共投入资金200万元，新建停车场两处。"));
  CHECK(contains(r, "东坝县 -funds-> 人居环境整治项目"));
  for (const auto& line : r)
    CHECK((line.find("-funds->") == std::string::npos || line.rfind("东坝县 -funds->", 0) == 0));
}

TEST_CASE("a festival named after its place is that place's to hold unless a rule names who holds it") {
  const auto r = relation_lines(extract_text("东坝县油菜花节在团结村举行。\n雪川市旅游局举办西坝县青稞文化节。"));
  CHECK(contains(r, "东坝县 -organises-> 东坝县油菜花节"));
  CHECK(contains(r, "雪川市旅游局 -organises-> 西坝县青稞文化节"));
  CHECK_FALSE(contains(r, "西坝县 -organises-> 西坝县青稞文化节"));
}

TEST_CASE("income and output value are not funding") {
  const auto r =
      relation_lines(extract_text("东坝县农业农村局推动合作社发展，带动群众增收300万元，实现产值1200万元。"));
  for (const auto& line : r) CHECK(line.find("-funds->") == std::string::npos);
}

TEST_CASE("one verb with an enumeration gives an edge per member") {
  const auto r = relation_lines(extract_text("东坝县民政局工作人员前往东坝村、西坝村、南坝村和北坝村，了解群众需求。"));
  CHECK(contains(r, "东坝县民政局 -visits-> 东坝村"));
  CHECK(contains(r, "东坝县民政局 -visits-> 西坝村"));
  CHECK(contains(r, "东坝县民政局 -visits-> 南坝村"));
  CHECK(contains(r, "东坝县民政局 -visits-> 北坝村"));
}

TEST_CASE("joint organisers cooperate and each organises the event") {
  const auto r = relation_lines(extract_text("东坝县妇联、东坝县司法局联合举办“法润家庭”普法宣讲。"));
  CHECK(contains(r, "东坝县妇联 -cooperates_with-> 东坝县司法局"));
  CHECK(contains(r, "东坝县妇联 -organises-> 法润家庭普法宣讲"));
  CHECK(contains(r, "东坝县司法局 -organises-> 法润家庭普法宣讲"));
}

TEST_CASE("the object of one verb is not the subject of the next") {
  const auto r = relation_lines(extract_text("东坝县人社局走访东坝县雪域建材有限公司，并开展就业政策宣讲。"));
  CHECK(contains(r, "东坝县人社局 -visits-> 东坝县雪域建材有限公司"));
  CHECK(contains(r, "东坝县人社局 -organises-> 就业政策宣讲"));
  CHECK_FALSE(contains(r, "东坝县雪域建材有限公司 -organises-> 就业政策宣讲"));
}

TEST_CASE("place chains and name prefixes give located_in") {
  const auto r = relation_lines(extract_text("雪川市东坝县西坝镇团结村的卫生室由东坝县卫健委管理。"));
  CHECK(contains(r, "东坝县 -located_in-> 雪川市"));
  CHECK(contains(r, "西坝镇 -located_in-> 东坝县"));
  CHECK(contains(r, "团结村 -located_in-> 西坝镇"));
  CHECK(contains(r, "东坝县卫健委 -located_in-> 东坝县"));
}

TEST_CASE("a numbered village is named with its township, lies in it and names its bodies") {
  const auto r = relation_lines(extract_text("西坝镇3村党支部组织党员修路。"));
  CHECK(contains(r, "西坝镇3村 -located_in-> 西坝镇"));
  CHECK(contains(r, "西坝镇3村党支部 -located_in-> 西坝镇3村"));
}

TEST_CASE("a policy document is issued, and each title in a row is one edge") {
  const auto r = relation_lines(extract_text("东坝县人民政府制定《就业见习管理办法》《返乡创业扶持办法》。"));
  CHECK(contains(r, "东坝县人民政府 -issues-> 就业见习管理办法"));
  CHECK(contains(r, "东坝县人民政府 -issues-> 返乡创业扶持办法"));
}

TEST_CASE("loans and fines are not funding") {
  const auto r = relation_lines(
      extract_text("东坝县农商银行发放贷款500万元支持青稞种植项目。东坝县市场监管局发放罚款通知2万元。"));
  for (const auto& line : r) CHECK(line.find("-funds->") == std::string::npos);
}

TEST_CASE("money stated without a year takes the year stated earlier in the paragraph") {
  CHECK(funds_years("2021年，东坝县启动医疗帮扶。东坝县卫健委投入资金60万元实施乡镇卫生院设备更新工程。") ==
        std::vector<int>{2021});
}

TEST_CASE("money counted over years takes no year stated earlier in the paragraph") {
  CHECK(funds_years("2021年，东坝县启动医疗帮扶。三年来，东坝县卫健委累计投入资金60万元实施乡镇卫生院设备更新工程。") ==
        std::vector<int>{0});
}

TEST_CASE("money restated without its year keeps the year the document gave it") {
  CHECK(funds_years("2023年，东坝县财政局投入资金100万元实施农村道路改造工程。\n"
                    "东坝县财政局投入资金100万元实施农村道路改造工程，惠及群众。") == std::vector<int>{2023, 2023});
}

TEST_CASE("a head written alone is the one body of the document that ends with it") {
  const auto r = relation_lines(extract_text("东坝县雪峰青稞种植合作社成立于2015年。东坝县召开会议。今年，合作社开展"
                                             "“青稞良种推广”活动。群众按照“公司+合作社”的方式参与。"));
  CHECK(contains(r, "东坝县雪峰青稞种植合作社 -organises-> 青稞良种推广活动"));
  CHECK_FALSE(contains(r, "东坝县 -organises-> 青稞良种推广活动"));
}

TEST_CASE("overlapping names after a verb are read without fault") {
  // “美丽西坝”乡村建设活动 and 乡村建设活动领导小组 overlap; a role filled after 成立 meets both.
  const auto x = extract_text("西坝县专门成立了由县领导担任组长的“美丽西坝”乡村建设活动领导小组，把改善人居环境作为“一把手”工程来抓。");
  CHECK_FALSE(x.mentions.empty());
}

TEST_CASE("listed amounts are each a fact, until one names another payer") {
  const auto listed = extract_text("2023年，东坝县财政局落实乡村振兴补助资金300万元、整合涉农资金200万元，实施青稞种植示范工程。");
  std::vector<double> amounts;
  for (const auto& r : listed.relations)
    if (r.relation == "funds") amounts.push_back(*r.amount_yuan);
  CHECK(amounts == std::vector<double>{3000000, 2000000});
  const auto other = extract_text("由西坝县援藏队投资1000万元、中央预算资金500万元建设的进安乡幼儿园已投用。");
  for (const auto& r : other.relations)
    if (r.relation == "funds") CHECK(*r.amount_yuan == Approx(10000000));
}

TEST_CASE("an article in traditional script is read in simplified script, offsets unmoved") {
  const auto traditional = extract_text("東壩縣民政局開展“暖冬行動”專項救助活動。");
  const auto simplified = extract_text("东坝县民政局开展“暖冬行动”专项救助活动。");
  CHECK(relation_lines(traditional) == relation_lines(simplified));
  CHECK(contains(relation_lines(traditional), "东坝县民政局 -organises-> 暖冬行动专项救助活动"));
  REQUIRE_FALSE(traditional.mentions.empty());
  CHECK(traditional.text.original_begin(traditional.mentions.front().span.begin) == 0);
  CHECK(traditional.text.original_end(traditional.mentions.front().span.end) == 18);
}

TEST_CASE("a simplified article keeps its rare characters that look traditional") {
  const auto x = extract_text("东坝县乾隆年间修建的寺庙由东坝县文物局保护。");
  CHECK_THAT(x.text.bytes, Catch::Contains("乾隆"));
}
