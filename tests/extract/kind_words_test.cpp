// Words that say what kind a body or a work is, from word lists written here.
#include <catch2/catch.hpp>

#include "kg/extract/mentions/kind_words.h"

using kg::extract::KindWords;
using kg::extract::SentenceText;
using kg::words::SentenceWords;
using kg::words::Tag;

namespace {

// A sentence and its words laid end to end from (length, tag) pairs; both live as long as it.
struct Sentence {
  std::string text;
  SentenceText s;
  SentenceWords words;
  Sentence(const std::string& utf8, std::initializer_list<std::pair<std::size_t, Tag>> parts)
      : text(utf8), s(text, kg::text::Sentence{{0, text.size()}, 0}, 0), words(laid(parts), s.cps) {}
  static std::vector<kg::words::Word> laid(std::initializer_list<std::pair<std::size_t, Tag>> parts) {
    std::vector<kg::words::Word> out;
    std::size_t at = 0;
    for (const auto& [length, tag] : parts) {
      out.push_back({at, at + length, tag});
      at += length;
    }
    return out;
  }
};

kg::rules::WordList list(const std::string& kind, const std::string& type, std::vector<std::string> words) {
  kg::rules::WordList l;
  l.id = "test." + kind;
  l.kind = kind;
  l.types = {type};
  l.words = std::move(words);
  return l;
}

}  // namespace

TEST_CASE("a word of its own that sorts into kinds makes a name a kind's, unless its head is left alone") {
  using enum Tag;
  KindWords kinds;
  auto categories = list("category", "program", {"类"});
  categories.except_heads = {"培训班"};
  kinds.add(categories, 0);
  const Sentence project("技艺类项目", {{2, noun}, {1, noun}, {2, noun}});
  CHECK(kinds.sorts_into_kinds(project.s, project.words, "program", "项目", 0, 3));
  CHECK_FALSE(kinds.sorts_into_kinds(project.s, project.words, "program", "培训班", 0, 3));
  CHECK_FALSE(kinds.sorts_into_kinds(project.s, project.words, "organisation", "项目", 0, 3));
  // 人类: the character inside a longer word sorts nothing.
  const Sentence mankind("人类项目", {{2, noun}, {2, noun}});
  CHECK_FALSE(kinds.sorts_into_kinds(mankind.s, mankind.words, "program", "项目", 0, 2));
}

TEST_CASE("descriptors are the whole words that only say what kind of body it is") {
  using enum Tag;
  KindWords kinds;
  kinds.add(list("descriptor", "organisation", {"二级", "综合"}), 0);
  const Sentence hospital("二级综合医院", {{2, distinguishing}, {2, noun}, {2, noun}});
  const auto found = kinds.descriptors(hospital.s, hospital.words, "organisation", 0, 4);
  REQUIRE(found.size() == 2);
  CHECK(found[0] == kg::words::Span{0, 2});
  CHECK(found[1] == kg::words::Span{2, 4});
}

TEST_CASE("places and then only class words name a class of the place's bodies") {
  using enum Tag;
  KindWords kinds;
  auto classes = list("descriptor", "organisation", {"三甲"});
  classes.after_place = true;
  kinds.add(classes, 0);
  std::vector<kg::extract::Mention> found(1);
  found[0].type = "place";
  found[0].begin = 0;
  found[0].end = 3;
  const Sentence classed("湖南省三甲医院", {{3, place_name}, {2, noun}, {2, noun}});
  CHECK(kinds.names_a_class(classed.s, classed.words, found, "organisation", 0, 5));
  // 湖南省人民医院: a word that classes nothing names one body.
  const Sentence one("湖南省人民医院", {{3, place_name}, {2, noun}, {2, noun}});
  CHECK_FALSE(kinds.names_a_class(one.s, one.words, found, "organisation", 0, 5));
  // A type with no class words names no class.
  CHECK_FALSE(kinds.names_a_class(classed.s, classed.words, found, "program", 0, 5));
}
