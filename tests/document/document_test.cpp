#include <catch2/catch.hpp>

#include "kg/document/document.h"
#include "kg/error.h"
#include "support.h"

using kg::document::make_document;

TEST_CASE("invalid UTF-8 is refused with the file, line and byte offset") {
  try {
    make_document("a.txt", "a", "第一行\n第二行\xff");
    FAIL("no error");
  } catch (const kg::Error& e) {
    CHECK(std::string(e.what()) == "a.txt:2: invalid UTF-8 at byte offset 19");
  }
}

TEST_CASE("empty, blank and binary inputs are refused") {
  CHECK_THROWS_WITH(make_document("e.txt", "e", ""), Catch::Contains("empty input"));
  CHECK_THROWS_WITH(make_document("e.txt", "e", " \n\r\n"), Catch::Contains("empty input"));
  CHECK_THROWS_WITH(make_document("e.txt", "e", "\u3000\u00a0\n\u3000"), Catch::Contains("empty input: only white space"));
  CHECK_THROWS_WITH(make_document("b.bin", "b", std::string("ab\0cd", 5)), Catch::Contains("binary data"));
}

TEST_CASE("directories expand to their .txt files in path order") {
  const std::string dir = kg::test::scratch_dir();
  kg::test::write_file(dir + "/b.txt", "乙");
  kg::test::write_file(dir + "/a.txt", "甲");
  kg::test::write_file(dir + "/notes.md", "x");
  const auto files = kg::document::expand_inputs({dir});
  REQUIRE(files.size() == 2);
  CHECK(files[0] == dir + "/a.txt");
  CHECK(files[1] == dir + "/b.txt");
}

TEST_CASE("a directory without .txt files and a missing path are errors") {
  const std::string dir = kg::test::scratch_dir();
  CHECK_THROWS_WITH(kg::document::expand_inputs({dir}), Catch::Contains("holds no .txt, .html or .jsonl file"));
  CHECK_THROWS_WITH(kg::document::expand_inputs({dir + "/missing.txt"}), Catch::Contains("no such file"));
}
