// Generic and compound words as the name finder reads them, from word lists written here.
#include <catch2/catch.hpp>

#include "kg/extract/mentions/generic_words.h"

using kg::extract::GenericWords;
using kg::extract::SentenceText;

namespace {

SentenceText sentence(const std::string& text) {
  return SentenceText(text, kg::text::Sentence{{0, text.size()}, 0}, 0);
}

kg::rules::WordList list(const std::string& kind, std::vector<std::string> types, std::vector<std::string> words) {
  kg::rules::WordList l;
  l.id = "test." + kind;
  l.kind = kind;
  l.types = std::move(types);
  l.words = std::move(words);
  return l;
}

}  // namespace

TEST_CASE("a generic word names nothing alone, and only whole") {
  GenericWords kinds;
  kinds.add(list("generic", {"program"}, {"民生工程"}), 0);
  const auto s = sentence("推进民生工程");
  CHECK(kinds.is_generic(s, 2, 6));
  CHECK_FALSE(kinds.is_generic(s, 0, 6));
  CHECK_FALSE(kinds.is_generic(s, 2, 5));
}

TEST_CASE("a suffix inside a compound word of its type is no suffix there") {
  GenericWords kinds;
  kinds.add(list("compound", {"place"}, {"争当城市"}), 0);
  const auto s = sentence("争当城市");
  CHECK(kinds.in_compound(s, 3, 4, "place"));               // 市 of 争当城市
  CHECK_FALSE(kinds.in_compound(s, 3, 4, "organisation"));  // no compound of that type
  CHECK(kinds.compound_ends_before(s, 3, 4, "place"));
  CHECK(kinds.is_generic(s, 0, 4));  // a compound word is generic too
}

TEST_CASE("a compound word of every type when its list names none") {
  GenericWords kinds;
  kinds.add(list("compound", {}, {"教育部门"}), 0);
  const auto s = sentence("教育部门");
  for (const char* type : {"organisation", "place", "program"}) {
    INFO(type);
    CHECK(kinds.compound_runs_past(s, 0, 3, type));  // 教育部 runs on into 部门
  }
  CHECK(kinds.compound_longer_at(s, 0, 3, "place"));
  CHECK_FALSE(kinds.compound_longer_at(s, 0, 4, "place"));
}

TEST_CASE("only a program word's compound may start inside the suffix") {
  GenericWords kinds;
  kinds.add(list("compound", {"program", "organisation"}, {"创建示范"}), 0);
  const auto s = sentence("团结进步创建示范");
  CHECK(kinds.in_compound(s, 2, 6, "program"));             // 创建示范 starts inside 进步创建
  CHECK_FALSE(kinds.in_compound(s, 2, 6, "organisation"));  // as 县委组织部 runs no 委组织
}

TEST_CASE("a type with no compound words vetoes nothing") {
  GenericWords kinds;
  const auto s = sentence("加木村党支部");
  CHECK_FALSE(kinds.in_compound(s, 2, 3, "place"));
  CHECK_FALSE(kinds.compound_ends_before(s, 2, 3, "place"));
  CHECK_FALSE(kinds.compound_runs_past(s, 0, 3, "place"));
  CHECK_FALSE(kinds.compound_longer_at(s, 2, 1, "place"));
}
