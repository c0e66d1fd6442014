// JSON Lines corpora: what a record that is no article gets, and records that share an id.
#include <catch2/catch.hpp>

#include <string>

#include "kg/document/corpus.h"
#include "kg/document/json_lines.h"
#include "kg/error.h"
#include "support.h"

namespace {

std::string corpus_file(const std::string& lines) {
  const std::string path = kg::test::scratch_dir() + "/c.jsonl";
  kg::test::write_file(path, lines);
  return path;
}

void read_all(const std::string& path) {
  kg::document::JsonLinesReader reader(path, {});
  while (reader.next()) {
  }
}

}  // namespace

TEST_CASE("a JSON Lines field holding an escaped NUL is binary data, refused with its line") {
  const std::string path = corpus_file(R"({"id":"a","content":"东坝县民政局。"})" "\n" R"({"id":"b","content":"东坝县\u0000民政局"})" "\n");
  CHECK_THROWS_WITH(read_all(path), Catch::Contains("c.jsonl:2: field 'content' holds a NUL character"));
}

TEST_CASE("a line that is no JSON says why, with its line") {
  CHECK_THROWS_WITH(read_all(corpus_file(R"({"id":"a","content":"\ud800东坝县"})" "\n")),
                    Catch::Contains("c.jsonl:1: not valid JSON:") && Catch::Contains("surrogate"));
  CHECK_THROWS_WITH(read_all(corpus_file(R"({"id":"a","content":"东坝县")" "\n")),
                    Catch::Contains("c.jsonl:1: not valid JSON:") && Catch::Contains("unexpected end of input"));
  CHECK_THROWS_WITH(read_all(corpus_file("[1, 2]\n")), Catch::Contains("c.jsonl:1: not a JSON object"));
}

TEST_CASE("documents that share an id are read under distinct ids, and counted") {
  const std::string path = corpus_file(R"({"id":"x","content":"东坝县民政局开展走访活动。"})" "\n"
                                       R"({"id":"x","content":"西坝县民政局开展走访活动。"})" "\n"
                                       R"({"id":"y","content":"北坝县民政局开展走访活动。"})" "\n"
                                       R"({"id":"x","content":"南坝县民政局开展走访活动。"})" "\n");
  kg::document::CorpusReader corpus({path}, {}, {});
  std::vector<std::string> ids;
  while (auto doc = corpus.next()) ids.push_back(doc->id);
  CHECK(ids == std::vector<std::string>{"x", "x#2", "y", "x#3"});
  CHECK(corpus.renamed() == 2);
  CHECK_THAT(corpus.first_renamed(), Catch::Contains("c.jsonl:2: id 'x' read as 'x#2'"));
}
