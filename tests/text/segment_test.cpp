#include <catch2/catch.hpp>

#include "kg/text/layout.h"
#include "kg/text/normalize.h"
#include "kg/text/segment.h"

namespace {

// The sentences of a raw text, as text.
std::vector<std::string> sentence_texts(const std::string& raw) {
  const auto t = kg::text::repair_layout(kg::text::normalize(raw));
  std::vector<std::string> texts;
  for (const auto& piece : kg::text::segment(t))
    texts.emplace_back(t.bytes.substr(piece.span.begin, piece.span.size()));
  return texts;
}

}  // namespace

TEST_CASE("sentences end at Chinese full stops and never cross paragraphs") {
  const auto t = kg::text::repair_layout(kg::text::normalize("标题\n第一句。第二句！\n第三句"));
  const auto s = kg::text::segment(t);
  REQUIRE(s.size() == 4);
  CHECK(t.bytes.substr(s[1].span.begin, s[1].span.size()) == "第一句。");
  CHECK(t.bytes.substr(s[2].span.begin, s[2].span.size()) == "第二句！");
  CHECK(s[0].paragraph == 0);
  CHECK(s[1].paragraph == 1);
  CHECK(s[2].paragraph == 1);
  CHECK(s[3].paragraph == 2);
}

TEST_CASE("a run without sentence ends is cut into bounded pieces at clause marks") {
  std::string raw;
  for (int i = 0; i < 400; ++i) raw += "县里开展活动，";
  const auto t = kg::text::repair_layout(kg::text::normalize(raw));
  const auto s = kg::text::segment(t);
  REQUIRE(s.size() > 1);
  std::size_t covered = 0;
  for (const auto& piece : s) {
    CHECK(piece.span.size() <= kg::text::kMaxSentenceBytes);
    CHECK(t.bytes.substr(piece.span.begin, piece.span.size()).rfind("，") == piece.span.size() - 3);
    covered += piece.span.size();
  }
  CHECK(covered == t.bytes.size());
}

TEST_CASE("an opening quote or title mark after a full stop opens the next sentence") {
  // A closing quote stays with its sentence (他说：“好。”).
  const std::vector<std::string> expected = {"县里推进振兴。", "“兴边富民”项目开工。", "《办法》出台。", "他说：“好。”",
                                             "大家笑了。"};
  CHECK(sentence_texts("县里推进振兴。“兴边富民”项目开工。《办法》出台。他说：“好。”大家笑了。") == expected);
}

TEST_CASE("a dash after a full stop opens the next item of a list as a sentence of its own") {
  // A dash inside a sentence cuts nothing (他说——好。).
  const std::vector<std::string> expected = {"县里出台一揽子制度。", "——制定了《实施方案》。", "——成立领导小组。", "他说——好。"};
  CHECK(sentence_texts("县里出台一揽子制度。——制定了《实施方案》。——成立领导小组。他说——好。") == expected);
}

TEST_CASE("a photo's credit set off by spaces ends before the story that runs on after it") {
  // The credit and the story are two sentences; 摄影 and 摄入 are words of taking, no credit.
  const std::vector<std::string> expected = {"河谷风光。",       "记者 王小明 摄",       "东坝县推行河长制。",
                                             "新华社记者李平摄", "西坝乡开展植树活动。", "摄影爱好者 张三来到西坝乡。"};
  CHECK(sentence_texts("河谷风光。记者 王小明 摄 东坝县推行河长制。新华社记者李平摄　　西坝乡开展植树活动。"
                       "摄影爱好者 张三来到西坝乡。") == expected);
}
