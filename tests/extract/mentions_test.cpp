#include <catch2/catch.hpp>

#include "support.h"

using kg::test::contains;
using kg::test::entity_lines;
using kg::test::extract_text;

TEST_CASE("a place chain gives each place with its level") {
  const auto x = extract_text("近日，雪川市城北区昌珠镇克松村新建了文化广场。");
  const auto e = entity_lines(x);
  CHECK(contains(e, "place:雪川市"));
  CHECK(contains(e, "place:城北区"));
  CHECK(contains(e, "place:昌珠镇"));
  CHECK(contains(e, "place:克松村"));
  for (const auto& m : x.mentions)
    if (m.label == "克松村") CHECK(m.level == "village");
}

TEST_CASE("a department name keeps its place prefix and stops at the verb before it") {
  const auto e = entity_lines(extract_text("会议邀请城北区人社局、城北区文化和旅游局参加。"));
  CHECK(contains(e, "organisation:城北区人社局"));
  CHECK(contains(e, "organisation:城北区文化和旅游局"));
}

TEST_CASE("generic words are not entities") {
  const auto e = entity_lines(extract_text("全村群众和乡镇企业共同发展农村经济，城市居民也来参观。"));
  for (const auto& line : e) {
    INFO(line);
    CHECK(line.find(":全村") == std::string::npos);
    CHECK(line.find(":乡镇") == std::string::npos);
    CHECK(line.find(":农村") == std::string::npos);
    CHECK(line.find("城市") == std::string::npos);
  }
}

TEST_CASE("programs come from book titles, quoted names and program words, without the marks") {
  const auto e = entity_lines(
      extract_text("县政府印发《农牧民增收实施方案》，开展“乡村夜校”培训活动，并推进农村饮水安全提升工程。"));
  CHECK(contains(e, "program:农牧民增收实施方案"));
  CHECK(contains(e, "program:乡村夜校培训活动"));
  CHECK(contains(e, "program:农村饮水安全提升工程"));
}

TEST_CASE("a program named by its quoted name alone is the program that name opens") {
  const auto e = entity_lines(extract_text("东坝县推行“三张清单”机制。各乡镇落实“三张清单”，成效明显。"));
  CHECK(contains(e, "program:三张清单机制"));
  CHECK_FALSE(contains(e, "program:三张清单"));
  // With only a generic word after it, too: one program, not three.
  const auto city = entity_lines(extract_text(
      "东坝县开展“海绵城市”试点建设。“海绵城市”试点建设稳步推进。“海绵城市”改造让河水变清。"));
  CHECK(contains(city, "program:海绵城市试点建设"));
  CHECK_FALSE(contains(city, "program:海绵城市改造"));
}

TEST_CASE("a short later mention of a program names the same program") {
  const auto x = extract_text("县总工会举办“金秋杯”职工技能竞赛。共有20支队伍参加技能竞赛。");
  const auto e = entity_lines(x);
  CHECK(contains(e, "program:金秋杯职工技能竞赛"));
  CHECK_FALSE(contains(e, "program:技能竞赛"));
}

TEST_CASE("a named sub-unit in brackets stays with its organisation") {
  const auto e = entity_lines(extract_text("城东消防救援站（新训队）参加了比武。"));
  CHECK(contains(e, "organisation:城东消防救援站（新训队）"));
}

TEST_CASE("mentions point at the original bytes") {
  const std::string raw = "今年以来,东坝县民政局开展“暖冬行动”。";
  const auto x = extract_text(raw);
  bool found = false;
  for (const auto& m : x.mentions)
    if (m.label == "东坝县民政局") {
      const auto begin = x.text.original_begin(m.span.begin);
      const auto end = x.text.original_end(m.span.end);
      CHECK(raw.substr(begin, end - begin) == "东坝县民政局");
      found = true;
    }
  CHECK(found);
}

TEST_CASE("a department named by level only belongs to the county the article is about") {
  const auto e = entity_lines(extract_text(
      "东坝县召开乡村振兴推进会。会上，县政府部署春耕生产，该县住建局介绍了农房改造进展。东坝县多次强调。"));
  CHECK(contains(e, "organisation:东坝县政府"));
  CHECK(contains(e, "organisation:东坝县住建局"));
  CHECK_FALSE(contains(e, "organisation:县政府"));
}

TEST_CASE("a name written with 区 takes a district, or the autonomous region when no district is named") {
  const auto county = entity_lines(extract_text("西藏自治区东坝县召开会议。区水利厅、东坝县水利局参加。"));
  CHECK(contains(county, "organisation:西藏自治区水利厅"));
  CHECK_FALSE(contains(county, "organisation:东坝县水利厅"));
  const auto district = entity_lines(extract_text("雪川市东坝区召开会议。区住建局介绍了进展。"));
  CHECK(contains(district, "organisation:东坝区住建局"));
  // A province named short keeps its level in the body's name: 四川 and 省委统战部.
  const auto province = entity_lines(extract_text("四川召开会议。省委统战部部署了工作。"));
  CHECK(contains(province, "organisation:四川省委统战部"));
}

TEST_CASE("区党委 after the region is named is the region's committee, since a district's is its 区委") {
  const auto e = entity_lines(
      extract_text("东坝区召开会议。西藏自治区党委书记王一，区党委副书记李二出席会议并讲话。区党委宣传部作了部署。"));
  CHECK(contains(e, "organisation:西藏自治区党委宣传部"));
  CHECK_FALSE(contains(e, "organisation:东坝区党委宣传部"));
  const auto district = entity_lines(extract_text("西藏自治区东坝区召开会议。区委宣传部作了部署。"));
  CHECK(contains(district, "organisation:东坝区委宣传部"));
}

TEST_CASE("a place's organ written with the level twice is named with it once, but for a one-character name") {
  const auto e = entity_lines(extract_text("东坝县县委召开会议。东坝县县政府作了部署。"));
  CHECK(contains(e, "organisation:东坝县委"));
  CHECK(contains(e, "organisation:东坝县政府"));
  CHECK_FALSE(contains(e, "organisation:东坝县县委"));
  const auto short_name = entity_lines(extract_text("索县县委召开会议。"));
  CHECK(contains(short_name, "organisation:索县县委"));
}

TEST_CASE("该县 with no county named anywhere is no entity") {
  for (const auto& line : entity_lines(extract_text("该县投入资金修建道路。")))
    CHECK(line.find("该县") == std::string::npos);
}

TEST_CASE("an organisation's name starts at the first place inside it") {
  const auto e = entity_lines(extract_text("援藏专家赴东坝县人民医院坐诊。"));
  CHECK(contains(e, "organisation:东坝县人民医院"));
}

TEST_CASE("a place settles on the shorter name the article uses elsewhere") {
  const auto e = entity_lines(extract_text("团结村位于河谷。游客们都说值得团结村一游。"));
  CHECK(contains(e, "place:团结村"));
  CHECK_FALSE(contains(e, "place:值得团结村"));
}

TEST_CASE("a count ends a name but an ordinal does not") {
  const auto e = entity_lines(extract_text("东坝县选派20名学校骨干教师，第十三批驻村工作队同时入驻。"));
  CHECK_FALSE(contains(e, "organisation:名学校"));
  CHECK(contains(e, "organisation:第十三批驻村工作队"));
  // A measure word that is also a suffix counts bodies: 百余所 is no institute.
  const auto counted = entity_lines(extract_text("东坝县建成百余所学校，东坝县四所师生参加活动。"));
  CHECK_FALSE(contains(counted, "organisation:百余所"));
  CHECK_FALSE(contains(counted, "organisation:东坝县四所"));
}

TEST_CASE("a name wholly inside quotes is a figure of speech") {
  const auto e = entity_lines(extract_text("理疗室成了老人们家门口的“养生局”。"));
  CHECK_FALSE(contains(e, "organisation:养生局"));
}

TEST_CASE("a department's abbreviation and full name are one entity under the fuller name") {
  const auto x = extract_text("东坝县人力资源和社会保障局召开会议。会后，东坝县人社局走访西坝村。");
  const auto e = entity_lines(x);
  CHECK(contains(e, "organisation:东坝县人力资源和社会保障局"));
  CHECK_FALSE(contains(e, "organisation:东坝县人社局"));
  CHECK(contains(kg::test::relation_lines(x), "东坝县人力资源和社会保障局 -visits-> 西坝村"));
}

TEST_CASE("an alias is a form of the name, not a verb glued before it") {
  const auto x = kg::test::extract_text("工作组看望团结村群众。团结村位于东坝县。");
  std::size_t seen = 0;
  for (const auto& m : x.mentions)
    if (m.label == "团结村") {
      ++seen;
      CHECK(m.surface == "团结村");
      CHECK(x.text.bytes.substr(m.span.begin, m.span.size()) == "团结村");
    }
  CHECK(seen == 2);
}

TEST_CASE("a glued character is no form of a name, though a place of the text begins with it") {
  const auto x = kg::test::extract_text("称多县干部说，团结村变化很大。记者称团结村位于东坝县。");
  for (const auto& m : x.mentions)
    if (m.label == "团结村") CHECK(m.surface == "团结村");
}

TEST_CASE("a body's head refers back to it, but not where a quoted phrase opens with it") {
  const auto x = kg::test::extract_text("东坝县成立课题研究小组。该小组完成课题两项。医院推行“小组团、大协作”模式。");
  bool in_quote = false;
  for (const auto& m : x.mentions)
    if (m.label == "课题研究小组" && m.sentence == 2) in_quote = true;
  CHECK_FALSE(in_quote);
}

TEST_CASE("a place's Party committee and government named together are two bodies") {
  const auto x = kg::test::extract_text("东坝县委县政府高度重视教育工作。西坝市委市人民政府召开会议。");
  const auto entities = kg::test::entity_lines(x);
  CHECK(kg::test::contains(entities, "organisation:东坝县委"));
  CHECK(kg::test::contains(entities, "organisation:东坝县政府"));
  CHECK(kg::test::contains(entities, "organisation:西坝市委"));
  CHECK(kg::test::contains(entities, "organisation:西坝市人民政府"));
  CHECK_FALSE(kg::test::contains(entities, "organisation:东坝县委县政府"));
  for (const auto& m : x.mentions)
    if (m.label == "东坝县委") CHECK(x.text.bytes.substr(m.span.begin, m.span.end - m.span.begin) == "东坝县委");
}

TEST_CASE("standard departments listed bare after a body named with its place are that place's") {
  const auto e = entity_lines(
      extract_text("东坝县召开会议。由雪川市文明办、卫计委、残联共同举办的志愿服务交流会在东坝县开幕。"));
  CHECK(contains(e, "organisation:雪川市卫计委"));
  CHECK(contains(e, "organisation:雪川市残联"));
  CHECK_FALSE(contains(e, "organisation:东坝县卫计委"));
}

TEST_CASE("a body named once with its city's full name and once with its short name is one body") {
  const auto e =
      entity_lines(extract_text("雪川市青稞协会举办品鉴会。雪川市位于河谷。当天，雪川青稞协会还发布了新品。"));
  CHECK(contains(e, "organisation:雪川市青稞协会"));
  CHECK_FALSE(contains(e, "organisation:雪川青稞协会"));
}

TEST_CASE("a program named with and without the word 工作 after it is one program") {
  const auto e = entity_lines(extract_text("东坝县推进雪峰河小流域综合治理工作。雪峰河小流域综合治理成效明显。"));
  CHECK(contains(e, "program:雪峰河小流域综合治理工作"));
  CHECK_FALSE(contains(e, "program:雪峰河小流域综合治理"));
}

TEST_CASE("a program's short name ends its full name less the word 工作 after it") {
  const auto e = entity_lines(extract_text("东坝县推进雪峰河小流域综合治理工作。小流域综合治理成效明显。"));
  CHECK(contains(e, "program:雪峰河小流域综合治理工作"));
  CHECK_FALSE(contains(e, "program:小流域综合治理"));
}

TEST_CASE("an event named by its theme has its composed name as its one form, no frame of words") {
  const auto x = extract_text("东坝县举办以“雪域春光”为主题的摄影展。");
  bool found = false;
  for (const auto& m : x.mentions)
    if (m.label == "雪域春光主题摄影展") {
      found = true;
      CHECK(m.surface == m.label);
    }
  CHECK(found);
}
