#include <catch2/catch.hpp>

#include "kg/extract/relations/amounts.h"
#include "kg/text/segment.h"
#include "support.h"

namespace {

std::vector<kg::extract::Amount> amounts_in(const std::string& sentence) {
  kg::text::Sentence s{{0, sentence.size()}, 0};
  return kg::extract::find_amounts(kg::extract::SentenceText(sentence, s, 0), kg::test::shipped_rules());
}

}  // namespace

TEST_CASE("money in 万元 and 亿元 with decimals is normalised to yuan") {
  const auto a = amounts_in("投入1000万元，其中14.49万元用于救助，总投资2.3亿元，另有500元补贴。");
  REQUIRE(a.size() == 4);
  CHECK(a[0].yuan == Approx(10000000));
  CHECK(a[1].yuan == Approx(144900));
  CHECK(a[2].yuan == Approx(230000000));
  CHECK(a[3].yuan == Approx(500));
}

TEST_CASE("余 and 多 mark an amount as approximate") {
  const auto a = amounts_in("发放补助资金300余万元。");
  REQUIRE(a.size() == 1);
  CHECK(a[0].yuan == Approx(3000000));
  CHECK(a[0].approximate);
}

TEST_CASE("people, households and areas counted in 万 are not money") {
  CHECK(amounts_in("惠及群众1.2万人，覆盖3万户，种植5万亩。").empty());
}

TEST_CASE("years are four digits before 年") {
  const std::string s = "2024年，投入资金；12345年不是年份。";
  kg::text::Sentence sentence{{0, s.size()}, 0};
  const auto years = kg::extract::find_years(kg::extract::SentenceText(s, sentence, 0));
  REQUIRE(years.size() == 1);
  CHECK(years[0].year == 2024);
}

TEST_CASE("今年, 去年 and 明年 count from the document's year, and are unknown without it") {
  const std::string s = "去年投入资金，今年又投入，明年再投入；2016年也投入。";
  kg::text::Sentence sentence{{0, s.size()}, 0};
  const kg::extract::SentenceText text(s, sentence, 0);
  const auto years = kg::extract::find_years(text, 2018);
  REQUIRE(years.size() == 4);
  CHECK(years[0].year == 2017);
  CHECK(years[1].year == 2018);
  CHECK(years[2].year == 2019);
  CHECK(years[3].year == 2016);
  const auto unknown = kg::extract::find_years(text);
  REQUIRE(unknown.size() == 4);
  CHECK(unknown[1].year == 0);
  CHECK(unknown[3].year == 2016);
}

TEST_CASE("a year that dates a founding is not shared with the sentences after it") {
  const std::string s = "2016年，医院扩建病房，医院于1987年成立。";
  kg::text::Sentence sentence{{0, s.size()}, 0};
  const kg::extract::SentenceText text(s, sentence, 0);
  const auto years = kg::extract::find_years(text);
  REQUIRE(years.size() == 2);
  CHECK(kg::extract::shared_year(text, years) == 2016);
  const std::string founded = "医院于1987年3月成立。";
  kg::text::Sentence whole{{0, founded.size()}, 0};
  const kg::extract::SentenceText only(founded, whole, 0);
  CHECK_FALSE(kg::extract::shared_year(only, kg::extract::find_years(only)).has_value());
}

TEST_CASE("money in Chinese numerals is read") {
  const auto a = amounts_in("县里拨付一千万元，又筹集三亿五千万元和十五万元，另有一百二十元。");
  REQUIRE(a.size() == 4);
  CHECK(a[0].yuan == Approx(10000000));
  CHECK(a[1].yuan == Approx(350000000));
  CHECK(a[2].yuan == Approx(150000));
  CHECK(a[3].yuan == Approx(120));
}

TEST_CASE("an amount in 亿 carries no floating-point noise") {
  const auto x = kg::test::extract_text("东坝县投入5.1亿元实施牧区道路工程。");
  bool seen = false;
  for (const auto& r : x.relations)
    if (r.amount_yuan) {
      seen = true;
      CHECK(*r.amount_yuan == 510000000.0);
    }
  CHECK(seen);
}
