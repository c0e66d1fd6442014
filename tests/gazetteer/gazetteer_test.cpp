// The official division list: names as texts use them, the compiled file, and linking places
// in a document. The fixture list (tests/data/divisions) is invented, in the package's format.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

#include "kg/document/document.h"
#include "kg/error.h"
#include "kg/gazetteer/csv_source.h"
#include "kg/gazetteer/gazetteer.h"
#include "kg/gazetteer/official_names.h"
#include "kg/words/dictionary.h"
#include "support.h"

using kg::extract::Extraction;
using kg::extract::HierarchyEdges;
using kg::extract::PlaceLink;
using kg::gazetteer::Gazetteer;
using kg::gazetteer::Tier;

namespace {

const Gazetteer& fixture() {
  static const Gazetteer g = [] {
    const std::string file = kg::test::scratch_dir() + "/fixture.kgd";
    kg::gazetteer::compile_divisions(kg::test::source_path("tests/data/divisions"), "fixture list", file);
    return Gazetteer::open(file);
  }();
  return g;
}

Extraction linked(const std::string& text, HierarchyEdges edges = HierarchyEdges::named) {
  const kg::extract::Extractor extractor(kg::test::shipped_rules(), {&fixture(), edges});
  return extractor.run(kg::document::make_document("test", "test", text));
}

// The extraction of `text` with the fixture list and a word dictionary of `words` (one
// "word frequency tag" line each).
Extraction linked_with_words(const std::string& words, const std::string& text) {
  const std::string dir = kg::test::scratch_dir();
  kg::test::write_file(dir + "/words.txt", words);
  kg::words::compile_dictionary(dir + "/words.txt", "test words", dir + "/words.kgw");
  const auto dictionary = kg::words::Dictionary::open(dir + "/words.kgw");
  const kg::extract::Extractor extractor(kg::test::shipped_rules(), {&fixture(), HierarchyEdges::named}, &dictionary);
  return extractor.run(kg::document::make_document("test", "test", text));
}

const PlaceLink* place(const Extraction& x, const std::string& label) {
  const auto it = std::find_if(x.places.begin(), x.places.end(), [&](const PlaceLink& p) { return p.label == label; });
  return it == x.places.end() ? nullptr : &*it;
}

// The place of that label in the text's extraction; the test stops when there is none.
PlaceLink linked_place(const std::string& text, const std::string& label) {
  const auto x = linked(text);
  const PlaceLink* p = place(x, label);
  REQUIRE(p);
  return *p;
}

std::vector<std::string> hierarchy_lines(const Extraction& x) {
  std::vector<std::string> out;
  for (const auto& r : x.relations)
    if (r.origin == kg::extract::Origin::gazetteer)
      out.push_back(r.source.label + " -" + r.relation + "-> " + r.target.label);
  return out;
}

}  // namespace

TEST_CASE("official names become the names articles use") {
  using kg::gazetteer::match_keys;
  CHECK(match_keys("尼池社区居委会", Tier::village) == std::vector<std::string>{"尼池社区"});
  CHECK(match_keys("罗布村委会", Tier::village) == std::vector<std::string>{"罗布村"});
  CHECK(match_keys("鸳鸯村村民委员会", Tier::village) == std::vector<std::string>{"鸳鸯村"});
  CHECK(match_keys("鸳鸯村民委员会", Tier::village) == std::vector<std::string>{"鸳鸯村"});
  CHECK(match_keys("东风居委会", Tier::village) == std::vector<std::string>{"东风社区"});
  CHECK(match_keys("西藏自治区", Tier::province) == std::vector<std::string>{"西藏自治区", "西藏"});
  CHECK(match_keys("广西壮族自治区", Tier::province) == std::vector<std::string>{"广西壮族自治区", "广西"});
  CHECK(match_keys("内蒙古自治区", Tier::province) == std::vector<std::string>{"内蒙古自治区", "内蒙古"});
  CHECK(match_keys("阿坝藏族羌族自治州", Tier::city) == std::vector<std::string>{"阿坝藏族羌族自治州", "阿坝州"});
  CHECK(match_keys("伊犁哈萨克自治州", Tier::city) == std::vector<std::string>{"伊犁哈萨克自治州", "伊犁州"});
  CHECK(match_keys("更章门巴民族乡", Tier::township) == std::vector<std::string>{"更章门巴民族乡", "更章乡"});
  CHECK(match_keys("林芝市", Tier::city) == std::vector<std::string>{"林芝市"});
}

TEST_CASE("levels follow the tier and the name") {
  using kg::gazetteer::Level;
  using kg::gazetteer::level_of;
  CHECK(level_of("百巴镇", Tier::township) == Level::township);
  CHECK(level_of("觉木街道", Tier::township) == Level::subdistrict);
  CHECK(level_of("东城经济开发区", Tier::township) == Level::other);
  CHECK(level_of("尼池社区", Tier::village) == Level::community);
  CHECK(level_of("拉格村", Tier::village) == Level::village);
}

TEST_CASE("the compiled list finds divisions by name and short form, with their parents") {
  const Gazetteer& g = fixture();
  CHECK(g.size() == 22);  // grouping rows (省直辖县级行政区划) are left out
  CHECK(g.find("团结村").size() == 2);
  REQUIRE(g.find("南坪州").size() == 1);
  CHECK(g.division(g.find("南坪州")[0]).official_name == "南坪藏族自治州");
  REQUIRE(g.find("雪峰乡").size() == 1);
  REQUIRE(g.find("河口市").size() == 1);
  const auto river_mouth = g.division(g.find("河口市")[0]);
  CHECK(g.division(river_mouth.parent).name == "雪域省");  // hangs from the province
  REQUIRE(g.find("拉雪村").size() == 1);
  const auto village = g.division(g.find("拉雪村")[0]);
  CHECK(kg::gazetteer::padded_code(village.code) == "910101201203");
  CHECK(g.division(village.parent).name == "米拉乡");
  CHECK(g.find("不存在村").empty());
  CHECK(g.source() == "fixture list");
}

TEST_CASE("a damaged division file is refused with its name") {
  const std::string dir = kg::test::scratch_dir();
  kg::test::write_file(dir + "/bad.kgd", std::string(200, 'x'));
  CHECK_THROWS_WITH(Gazetteer::open(dir + "/bad.kgd"), Catch::Contains(dir + "/bad.kgd") && Catch::Contains("magic"));
  CHECK_THROWS_AS(Gazetteer::open(dir + "/missing.kgd"), kg::Error);
}

TEST_CASE("a malformed CSV row is reported with file and line") {
  const std::string dir = kg::test::scratch_dir();
  for (const char* f : {"provinces.csv", "cities.csv", "areas.csv", "streets.csv", "villages.csv"})
    std::filesystem::copy_file(kg::test::source_path(std::string("tests/data/divisions/") + f), dir + "/" + f);
  kg::test::write_file(dir + "/areas.csv",
                       "code,name,cityCode,provinceCode\n910101,\"东坝县\",9101,91\n9x,\"坏\",9101,91\n");
  CHECK_THROWS_WITH(kg::gazetteer::read_division_csv(dir), Catch::Contains("areas.csv:3") && Catch::Contains("9x"));
}

TEST_CASE("an ambiguous village stays unlinked without context, with its candidates counted") {
  const PlaceLink p = linked_place("团结村修通了公路。", "团结村");
  CHECK_FALSE(p.division);
  CHECK(p.candidates == 2);
  CHECK_THAT(p.why_unlinked, Catch::Contains("2 official divisions"));
}

TEST_CASE("the county the article names settles an ambiguous village") {
  const PlaceLink p = linked_place("东坝县召开会议。团结村修通了公路。", "团结村");
  REQUIRE(p.division);
  CHECK(p.code == "910101101201");
  CHECK(p.level == "village");
}

TEST_CASE("the chain the text spells settles an ambiguous village") {
  const PlaceLink p = linked_place("西坝县城关镇团结村修通了公路。", "团结村");
  CHECK(p.code == "910102101202");
}

TEST_CASE("two counties that both hold the name leave it unlinked") {
  const PlaceLink p = linked_place("东坝县和西坝县召开会议。团结村修通了公路。", "团结村");
  CHECK_FALSE(p.division);
}

TEST_CASE("a village the list places elsewhere than the text says is not linked") {
  const PlaceLink p = linked_place("西坝县拉雪村修通了公路。", "拉雪村");
  CHECK_FALSE(p.division);
  CHECK_THAT(p.why_unlinked, Catch::Contains("where the text places it"));
}

TEST_CASE("a name the list does not hold is never linked by likeness") {
  const PlaceLink p = linked_place("东坝县召开会议。拉雪岗村修通了公路。", "拉雪岗村");
  CHECK_FALSE(p.division);
  CHECK(p.candidates == 0);
  CHECK_THAT(p.why_unlinked, Catch::Contains("not in the official list (fixture list)"));
}

TEST_CASE("the official hierarchy joins the places the text names, and fills the divisions between on request") {
  const auto named = linked("东坝县召开会议。拉雪村修通了公路。");
  CHECK(kg::test::contains(hierarchy_lines(named), "拉雪村 -located_in-> 东坝县"));
  CHECK_FALSE(place(named, "米拉乡"));  // the text never names the township

  const auto x = linked("东坝县召开会议。拉雪村修通了公路。", HierarchyEdges::filled);
  const auto lines = hierarchy_lines(x);
  CHECK(kg::test::contains(lines, "拉雪村 -located_in-> 米拉乡"));
  CHECK(kg::test::contains(lines, "米拉乡 -located_in-> 东坝县"));
  CHECK_FALSE(kg::test::contains(lines, "东坝县 -located_in-> 雪川市"));  // the text names no city
  const PlaceLink* township = place(x, "米拉乡");
  REQUIRE(township);
  CHECK_FALSE(township->named);
  CHECK(township->code == "910101201000");

  const auto all = hierarchy_lines(linked("东坝县召开会议。拉雪村修通了公路。", HierarchyEdges::all));
  CHECK(kg::test::contains(all, "雪川市 -located_in-> 雪域省"));
  CHECK(hierarchy_lines(linked("东坝县召开会议。拉雪村修通了公路。", HierarchyEdges::none)).empty());
}

TEST_CASE("the region of a linked city is that city") {
  const auto x = linked("雪川市召开会议，雪川地区牧民增收。");
  CHECK(kg::test::contains(kg::test::entity_lines(x), "place:雪川市"));
  CHECK_FALSE(kg::test::contains(kg::test::entity_lines(x), "place:雪川地区"));
}

TEST_CASE("a prefecture or county named by its former name is the division it became") {
  const auto x = linked("雪川地区召开会议。河口县召开会议。");
  const auto entities = kg::test::entity_lines(x);
  CHECK(kg::test::contains(entities, "place:雪川市"));
  CHECK(kg::test::contains(entities, "place:河口市"));  // a county that became a county-level city
  CHECK_FALSE(kg::test::contains(entities, "place:雪川地区"));
  CHECK_FALSE(kg::test::contains(entities, "place:河口县"));
  for (const char* now : {"雪川市", "河口市"}) {
    const PlaceLink* p = place(x, now);
    REQUIRE(p);
    CHECK(p->division);
  }
}

TEST_CASE("a quoted village the list does not hold is a title, not a place") {
  const auto x = linked("东坝县开展“小康示范第一村”创建。");
  for (const auto& p : x.places) CHECK(p.label.find("第一村") == std::string::npos);
  const auto listed = linked("东坝县开展“拉雪村”帮扶。");  // a listed village keeps its quotes
  CHECK(kg::test::contains(kg::test::entity_lines(listed), "place:拉雪村"));
}

TEST_CASE("a village before 村民 is found with the list and without it") {
  const std::string text = "东坝县拉雪村村民增收。";
  CHECK(kg::test::contains(kg::test::entity_lines(kg::test::extract_text(text)), "place:拉雪村"));
  CHECK(kg::test::contains(kg::test::entity_lines(linked(text)), "place:拉雪村"));
}

TEST_CASE("the list restores the first word of a village that the grammar cut off") {
  // The words read 四季 as a numeral, which opens no name; the list knows 四季吉祥村 in 米拉乡.
  const std::string words = "四季 1000 m\n吉祥村 1000 nr\n村民 1000 n\n";
  const auto lines = kg::test::entity_lines(linked_with_words(words, "东坝县米拉乡四季吉祥村村民增收。"));
  CHECK(kg::test::contains(lines, "place:四季吉祥村"));
  CHECK_FALSE(kg::test::contains(lines, "place:吉祥村"));
}

TEST_CASE("the seed article's places carry their official codes") {
  const std::string file = kg::test::source_path("out/gazetteer/divisions.kgd");
  INFO("the real division list comes from scripts/fetch-divisions.sh");
  REQUIRE(std::filesystem::exists(file));
  const Gazetteer g = Gazetteer::open(file);
  const std::string path = kg::test::shared_path("corpus/dev/000_046523daf5b7182a.txt");
  const kg::extract::Extractor extractor(kg::test::shipped_rules(), {&g, HierarchyEdges::named});
  const auto x = extractor.run(kg::document::read_document(path));
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"拉格村", "540402101204"}, {"甲日卡村", "540402202202"}, {"尼西村", "540402102211"},
      {"多布村", "540402102202"}, {"泽列村", "540402203205"},   {"觉木街道", "540402002000"},
      {"百巴镇", "540402101000"}, {"巴宜区", "540402000000"},   {"林芝市", "540400000000"}};
  for (const auto& [label, code] : expected) {
    INFO(label);
    const PlaceLink* p = place(x, label);
    REQUIRE(p);
    CHECK(p->code == code);
  }
  // The text names 泽列村 and 巴宜区, not the township between them.
  CHECK(kg::test::contains(hierarchy_lines(x), "泽列村 -located_in-> 巴宜区"));
  CHECK_FALSE(place(x, "米瑞乡"));
  const kg::extract::Extractor filling(kg::test::shipped_rules(), {&g, HierarchyEdges::filled});
  const auto filled = filling.run(kg::document::read_document(path));
  CHECK(kg::test::contains(hierarchy_lines(filled), "泽列村 -located_in-> 米瑞乡"));
  const PlaceLink* township = place(filled, "米瑞乡");
  REQUIRE(township);
  CHECK(township->code == "540402203000");
  const PlaceLink* variant = place(x, "色果拉村");  // the list spells it 色果绕村
  REQUIRE(variant);
  CHECK_FALSE(variant->division);
}

TEST_CASE("where the article names two counties, the one named in the same paragraph settles a village") {
  const PlaceLink p = linked_place("东坝县和西坝县召开联席会议。\n西坝县召开会议，团结村修通了公路。\n", "团结村");
  CHECK(p.code == "910102101202");
}

TEST_CASE("a name shortened to the official one keeps the place it lost as a place of its own") {
  // 县城 (county town) keeps the grammar from ending the county at 县: 坝县城关镇.
  const auto x = linked("西坝县城关镇召开会议。");
  CHECK(kg::test::contains(kg::test::entity_lines(x), "place:西坝县"));
  CHECK(kg::test::contains(kg::test::entity_lines(x), "place:城关镇"));
  CHECK(kg::test::contains(kg::test::relation_lines(x), "城关镇 -located_in-> 西坝县"));
}

TEST_CASE("a city written after its county is no chain: the county's river bears the city's name") {
  const auto x = linked("东坝县雪川河段水质达标。雪川市召开会议。");
  const PlaceLink* city = place(x, "雪川市");
  REQUIRE(city);
  CHECK(city->code == "910100000000");
}

TEST_CASE("a county or city name that no division bears under any suffix is a description") {
  const auto x = linked("东坝县召开会议，全县已退出贫困县序列，各责任地区抓好落实。雪川县于去年撤县设市。");
  const auto entities = kg::test::entity_lines(x);
  CHECK_FALSE(kg::test::contains(entities, "place:贫困县"));
  CHECK_FALSE(kg::test::contains(entities, "place:各责任地区"));
  CHECK_FALSE(kg::test::contains(entities, "place:责任地区"));
  CHECK(kg::test::contains(entities, "place:东坝县"));
  CHECK(kg::test::contains(entities, "place:雪川县"));  // a former name: 雪川市 is listed
  const PlaceLink* former = place(x, "雪川县");
  REQUIRE(former);
  CHECK_FALSE(former->division);
}

TEST_CASE("a village no division bears and named only by common words is a description") {
  const auto x = linked_with_words("生态 300 n\n民俗 200 n\n文化 300 n\n发展 300 vn\n打造 200 v\n",
                                   "东坝县打造生态村和民俗文化村，冻坡甲村发展旅游。");
  const auto entities = kg::test::entity_lines(x);
  CHECK_FALSE(kg::test::contains(entities, "place:生态村"));
  CHECK_FALSE(kg::test::contains(entities, "place:民俗文化村"));
  CHECK(kg::test::contains(entities, "place:冻坡甲村"));  // syllables the dictionary does not know
}

TEST_CASE("a city named without 市 is found when words say it is a place name") {
  const auto x = linked_with_words("雪川 20 ns\n记者 300 n\n来到 200 v\n东坝 20 ns\n", "记者来到雪川，走访东坝。");
  bool city = false;
  for (const auto& m : x.mentions) {
    CHECK(m.label != "东坝市");  // 东坝 is a county's name less 县, no city's
    if (m.label == "雪川市") {
      city = true;
      CHECK(m.surface == "雪川");
      CHECK(m.level == "city");
    }
  }
  CHECK(city);
}

TEST_CASE("a city's bare name is a place whatever the dictionary calls it, unless the rules call it a noun") {
  // 雪川 as a verb here, as the dictionary reads 开封 and 遵义; 黑河 a noun of the rule set.
  const auto x =
      linked_with_words("雪川 20 v\n黑河 20 n\n记者 300 n\n来到 200 v\n走过 200 v\n", "记者来到雪川，走过黑河。");
  const auto entities = kg::test::entity_lines(x);
  CHECK(kg::test::contains(entities, "place:雪川市"));
  CHECK_FALSE(kg::test::contains(entities, "place:黑河市"));
}

TEST_CASE("a province's short name that opens another division's official name is no province") {
  // The fixture's 河北藏族自治州 lies in 雪域省; 河北 alone is the province of the lexicon.
  const auto entities = kg::test::entity_lines(linked("河北藏族自治州召开会议。河北省召开会议。"));
  std::string all;
  for (const auto& e : entities) all += e + " ";
  INFO(all);
  CHECK(kg::test::contains(entities, "place:河北藏族自治州"));
  CHECK(kg::test::contains(entities, "place:河北省"));
  CHECK_FALSE(kg::test::contains(entities, "place:河北"));
}

TEST_CASE("a county whose name opens with a level character opens a body's name as itself") {
  // 县城 in 乡坝县城关小学 hides the county's level from the suffix rules; 乡 is no township in scope.
  const auto entities = kg::test::entity_lines(linked_with_words("乡坝县 20 ns\n城关 20 ns\n小学 300 n\n东坝镇 20 ns\n",
                                                                 "东坝镇召开会议。乡坝县城关小学举行升旗仪式。"));
  std::string all;
  for (const auto& e : entities) all += e + " ";
  CHECK_THAT(all, Catch::Contains("乡坝县城关小学"));
  CHECK_THAT(all, !Catch::Contains("东坝镇坝县"));
}

TEST_CASE("a noun glued before a county's official name stays out of the place and of its bodies") {
  // The dictionary reads 改造 as a noun: it would open 改造东坝县, and the cooperative would lose its county.
  const auto entities = kg::test::entity_lines(linked_with_words(
      "改造 300 n\n东坝 20 ns\n奶牛 100 n\n养殖 100 vn\n合作社 200 n\n", "他们改造东坝县奶牛养殖合作社。"));
  CHECK(kg::test::contains(entities, "organisation:东坝县奶牛养殖合作社"));
  CHECK(kg::test::contains(entities, "place:东坝县"));
  CHECK(!kg::test::contains(entities, "place:改造东坝县"));
}

TEST_CASE("a program of common words is kept where a county opens it, a frame holds it or it recurs") {
  const std::string words =
      "东坝 20 n\n高原 300 n\n虫草 300 n\n文化 300 n\n吸引 200 v\n游客 300 n\n理论 300 n\n人员 300 n\n";
  const auto passing = kg::test::entity_lines(
      linked_with_words(words, "东坝虫草文化旅游节吸引游客，高原虫草文化旅游节也吸引游客。人员理论培训结束。"));
  CHECK(kg::test::contains(passing, "program:东坝虫草文化旅游节"));
  CHECK_FALSE(kg::test::contains(passing, "program:高原虫草文化旅游节"));
  CHECK_FALSE(kg::test::contains(passing, "program:人员理论培训"));
  const auto again =
      kg::test::entity_lines(linked_with_words(words, "高原虫草文化旅游节吸引游客。高原虫草文化旅游节结束。"));
  CHECK(kg::test::contains(again, "program:高原虫草文化旅游节"));
  const auto framed = kg::test::entity_lines(linked_with_words(words, "东坝县举办高原虫草文化旅游节。"));
  CHECK(kg::test::contains(framed, "program:高原虫草文化旅游节"));
}

TEST_CASE("two levels in a row before a body name every body of them, and a listed place's name none") {
  const auto lines = kg::test::entity_lines(linked("东坝县召开大会，对口援藏省市科协代表出席，雪川市卫计委主持。"));
  CHECK_FALSE(kg::test::contains(lines, "organisation:援藏省市科协"));
  CHECK(kg::test::contains(lines, "organisation:雪川市卫计委"));
}
