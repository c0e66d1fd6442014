#include <catch2/catch.hpp>

#include "kg/text/normalize.h"

using kg::text::normalize;

TEST_CASE("full-width digits and letters become ASCII, Chinese punctuation stays") {
  CHECK(normalize("投入１０００万元，ＡＢ").bytes == "投入1000万元，AB");
}

TEST_CASE("ASCII punctuation inside Chinese text becomes full-width") {
  CHECK(normalize("今年以来,县里(试点)完成;").bytes == "今年以来，县里（试点）完成；");
  CHECK(normalize("3,5 and (x)").bytes == "3,5 and (x)");  // plain ASCII context stays
  CHECK(normalize("资金137.6万元\n,\"雨露计划\"").bytes == "资金137.6万元\n，“雨露计划”");  // a line may open with it
}

TEST_CASE("an ASCII full stop after Chinese text ends a sentence, a decimal point stays") {
  CHECK(normalize("完成任务.下一步投入3.5万元.7月起\nNo.1").bytes == "完成任务。下一步投入3.5万元。7月起\nNo.1");
}

TEST_CASE("straight double quotes in Chinese text pair up as curly quotes") {
  CHECK(normalize("开展\"清洁家园\"行动和\"12349\"热线").bytes == "开展“清洁家园”行动和“12349”热线");
  // A straight quote closes a curly one, and the other way round.
  CHECK(normalize("“木碗故乡\"，\"光明行”活动").bytes == "“木碗故乡”，“光明行”活动");
  CHECK(normalize("He said \"yes\".").bytes == "He said \"yes\".");  // plain ASCII context stays
}

TEST_CASE("a blank line closes a quote left open, a line's end does not") {
  CHECK(normalize("他说\"好。\n\n\"清洁家园\"行动").bytes == "他说“好。\n\n“清洁家园”行动");
  CHECK(normalize("他说：\"很高兴。\n\"据悉，\"清洁\n家园\"行动").bytes == "他说：“很高兴。\n”据悉，“清洁\n家园”行动");
}

TEST_CASE("a letter-spaced line loses the spaces between its characters") {
  CHECK(normalize("东 坝 县 投 入 1 2 0 万 元 ， 用 于 Wi-Fi 建 设\n本报记者 张三 李四").bytes ==
        "东坝县投入120万元，用于Wi-Fi建设\n本报记者 张三 李四");
}

TEST_CASE("CR LF and lone CR become LF, form feeds become spaces") {
  CHECK(normalize("甲\r\n乙\r丙\f丁").bytes == "甲\n乙\n丙 丁");
}

TEST_CASE("every normalised byte maps back to its original byte") {
  const std::string raw = "１年,\r\n林";
  const auto t = normalize(raw);
  REQUIRE(t.bytes == "1年，\n林");
  REQUIRE(t.origin.size() == t.bytes.size() + 1);
  CHECK(t.origin[0] == 0);  // '1' from the 3-byte '１'
  CHECK(t.origin[1] == 3);  // 年
  CHECK(t.origin[4] == 6);  // '，' from ','
  CHECK(t.origin[7] == 8);  // '\n' from the LF of CR LF
  CHECK(t.origin[8] == 9);  // 林
  CHECK(t.origin.back() == raw.size());
}
