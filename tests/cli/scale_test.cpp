// A corpus split over threads, shards and merges gives the graph one run over it gives.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "support.h"

using kg::test::quoted;
using kg::test::run_kgbuild;
using kg::test::scratch_dir;
namespace fs = std::filesystem;

namespace {

// The dev articles dealt into `shards` folders in turn, as a user would cut a corpus.
std::vector<std::string> deal_dev_corpus(const std::string& dir, std::size_t shards) {
  std::vector<fs::path> articles;
  for (const auto& e : fs::directory_iterator(kg::test::shared_path("corpus/dev")))
    if (e.path().extension() == ".txt") articles.push_back(e.path());
  std::sort(articles.begin(), articles.end());
  std::vector<std::string> folders;
  for (std::size_t i = 0; i < shards; ++i) folders.push_back(dir + "/shard" + std::to_string(i));
  for (const auto& f : folders) fs::create_directories(f);
  for (std::size_t i = 0; i < articles.size(); ++i)
    fs::copy_file(articles[i], folders[i % shards] + "/" + articles[i].filename().string());
  return folders;
}

void extract(const std::string& input, const std::string& outputs) {
  const auto r = run_kgbuild("extract " + quoted(input) + " " + outputs);
  INFO(r.output);
  REQUIRE(r.status == 0);
}

void merge(const std::string& arguments) {
  const auto r = run_kgbuild("merge " + arguments);
  INFO(r.output);
  REQUIRE(r.status == 0);
}

}  // namespace

TEST_CASE("one thread and four write byte-identical GraphML, GEXF, DOT and mention logs") {
  const std::string dir = scratch_dir();
  const std::string dev = kg::test::shared_path("corpus/dev");
  for (const char* jobs : {"1", "4"}) {
    const std::string base = quoted(dir + "/j" + jobs);
    extract(dev, std::string("-j ") + jobs + " -o " + base + ".graphml -o " + base + ".gexf -o " + base + ".dot -o " +
                     base + ".jsonl");
  }
  for (const char* ext : {".graphml", ".gexf", ".dot", ".jsonl"}) {
    INFO(ext);
    const std::string one = kg::test::read_file(dir + "/j1" + ext);
    CHECK(one.size() > 1000);
    CHECK(one == kg::test::read_file(dir + "/j4" + ext));
  }
}

TEST_CASE("partial graphs merge in any order and grouping into the graph of one run") {
  const std::string dir = scratch_dir();
  const auto shards = deal_dev_corpus(dir + "/dev", 3);
  for (std::size_t i = 0; i < shards.size(); ++i) extract(shards[i], "-o " + quoted(dir + "/p" + std::to_string(i) + ".kgf"));
  extract(dir + "/dev", "-o " + quoted(dir + "/one.graphml") + " -o " + quoted(dir + "/one.kgf"));
  const auto part = [&](const char* name) { return quoted(dir + "/" + name); };

  merge(part("p0.kgf") + " " + part("p1.kgf") + " -o " + part("ab.kgf"));
  merge(part("ab.kgf") + " " + part("p2.kgf") + " -o " + part("ab_c.graphml") + " -o " + part("ab_c.kgf"));
  merge(part("p2.kgf") + " " + part("p1.kgf") + " " + part("p0.kgf") + " -o " + part("cba.graphml"));

  const std::string one = kg::test::read_file(dir + "/one.graphml");
  CHECK(one.find("<edge ") != std::string::npos);
  CHECK(kg::test::read_file(dir + "/ab_c.graphml") == one);
  CHECK(kg::test::read_file(dir + "/cba.graphml") == one);
  CHECK(kg::test::read_file(dir + "/ab_c.kgf") == kg::test::read_file(dir + "/one.kgf"));
}

TEST_CASE("a damaged partial graph stops merge with its file and line, writing nothing") {
  const std::string dir = scratch_dir();
  extract(kg::test::source_path("examples/county-news.txt"), "-o " + quoted(dir + "/good.kgf"));
  std::string text = kg::test::read_file(dir + "/good.kgf");
  text.insert(text.find('\n') + 1, "{\"node\": 3\n");
  kg::test::write_file(dir + "/bad.kgf", text);
  auto r = run_kgbuild("merge " + quoted(dir + "/good.kgf") + " " + quoted(dir + "/bad.kgf") + " -o " +
                       quoted(dir + "/g.graphml"));
  CHECK(r.status == 1);
  CHECK(r.output.find("bad.kgf:2:") != std::string::npos);
  CHECK_FALSE(kg::test::file_exists(dir + "/g.graphml"));

  kg::test::write_file(dir + "/old.kgf", "{\"format\":\"kgbuild partial graph\",\"version\":99,\"documents\":1}\n");
  r = run_kgbuild("merge " + quoted(dir + "/old.kgf") + " -o " + quoted(dir + "/g.graphml"));
  CHECK(r.status == 1);
  CHECK(r.output.find("old.kgf:1: partial graph version 99") != std::string::npos);

  r = run_kgbuild("merge " + quoted(kg::test::source_path("examples/county-news.txt")) + " -o " +
                  quoted(dir + "/g.graphml"));
  CHECK(r.status == 1);
  CHECK(r.output.find("merge reads partial graphs") != std::string::npos);
}

TEST_CASE("the number of threads given to -j is at least one") {
  const std::string in = quoted(kg::test::source_path("examples/county-news.txt"));
  CHECK(run_kgbuild("extract " + in + " -o /tmp/x.graphml -j 0").status == 2);
  CHECK(run_kgbuild("extract " + in + " -o /tmp/x.graphml -j many").status == 2);
  CHECK(run_kgbuild("merge a.kgf -o /tmp/x.graphml --rules rules").status == 2);
}

TEST_CASE("a JSON Lines corpus piped in and partial graphs piped out and back give the graph of one run") {
  const std::string dir = scratch_dir();
  const std::string corpus = dir + "/news.jsonl";
  kg::test::write_file(corpus,
                       "{\"id\":\"a\",\"title\":\"东坝县民政局开展“暖冬行动”\",\"content\":\"东坝县民政局走访西坝村。\"}\n"
                       "{\"id\":\"b\",\"content\":\"2024年，东坝县财政局投入资金300万元实施农村饮水安全工程。\"}\n");
  extract(corpus, "-o " + quoted(dir + "/one.graphml") + " -o " + quoted(dir + "/one.kgf"));
  auto r = run_kgbuild("extract --stdin-jsonl - -o " + quoted(dir + "/piped.kgf") + " < " + quoted(corpus));
  REQUIRE(r.status == 0);
  CHECK(kg::test::read_file(dir + "/piped.kgf") == kg::test::read_file(dir + "/one.kgf"));
  // Without the flag, standard input is one article: two records read as one text.
  r = run_kgbuild("extract - -o " + quoted(dir + "/article.kgf") + " < " + quoted(corpus));
  REQUIRE(r.status == 0);
  CHECK(kg::test::read_file(dir + "/article.kgf").find("\"documents\":1}") != std::string::npos);

  const std::string records = kg::test::read_file(corpus);
  kg::test::write_file(dir + "/a.jsonl", records.substr(0, records.find('\n') + 1));
  kg::test::write_file(dir + "/b.jsonl", records.substr(records.find('\n') + 1));
  extract(dir + "/a.jsonl", "-o " + quoted(dir + "/a.kgf"));
  extract(dir + "/b.jsonl", "-o " + quoted(dir + "/b.kgf"));
  // cat b.kgf a.kgf | kgbuild merge -
  kg::test::write_file(dir + "/stream", kg::test::read_file(dir + "/b.kgf") + kg::test::read_file(dir + "/a.kgf"));
  r = run_kgbuild("merge - -o " + quoted(dir + "/cat.graphml") + " < " + quoted(dir + "/stream"));
  INFO(r.output);
  REQUIRE(r.status == 0);
  CHECK(kg::test::read_file(dir + "/cat.graphml") == kg::test::read_file(dir + "/one.graphml"));
}
