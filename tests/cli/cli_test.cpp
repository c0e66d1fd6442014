// The command line as a user meets it: exit status, one-line errors, and no partial output.
#include <catch2/catch.hpp>
#include <unicode/ucnv.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "support.h"

using kg::test::file_exists;
using kg::test::quoted;
using kg::test::run_kgbuild;
using kg::test::scratch_dir;
using kg::test::write_file;
namespace fs = std::filesystem;

namespace {

int line_count(const std::string& s) {
  int n = 0;
  for (char c : s) n += c == '\n';
  return n;
}

}  // namespace

TEST_CASE("extract writes GraphML and DOT for a good article") {
  const std::string dir = scratch_dir();
  const auto r = run_kgbuild("extract " + quoted(kg::test::source_path("examples/county-news.txt")) + " -o " +
                             quoted(dir + "/g.graphml") + " -o " + quoted(dir + "/g.dot"));
  CHECK(r.status == 0);
  CHECK(file_exists(dir + "/g.graphml"));
  CHECK(file_exists(dir + "/g.dot"));
}

TEST_CASE("standard input is read with -") {
  const std::string dir = scratch_dir();
  write_file(dir + "/in.txt", "东坝县民政局开展“暖冬行动”专项救助活动。");
  const auto r = run_kgbuild("extract - -o " + quoted(dir + "/g.graphml") + " < " + quoted(dir + "/in.txt"));
  CHECK(r.status == 0);
  CHECK(file_exists(dir + "/g.graphml"));
}

TEST_CASE("bad input gives one clear line, exit 1 and no output file") {
  const std::string dir = scratch_dir();
  write_file(dir + "/bad.txt", "第一行\n\xff\xfe");
  write_file(dir + "/empty.txt", "");
  std::filesystem::create_directories(dir + "/nothing");
  write_file(dir + "/nothing/readme.md", "x");
  std::filesystem::create_directories(dir + "/rules");
  write_file(dir + "/rules/broken.xml", "<rules>\n<suffix id='a' type='place'>村</suffix>\n<words\n</rules>\n");
  write_file(dir + "/ok.txt", "东坝县民政局开展“暖冬行动”专项救助活动。");

  struct Case {
    std::string arguments;
    std::string message;
  };
  const Case cases[] = {
      {quoted(dir + "/bad.txt"), "bad.txt:2: invalid UTF-8 at byte offset 10"},
      {quoted(dir + "/empty.txt"), "empty.txt: empty input"},
      {quoted(dir + "/nothing"), "nothing: directory holds no .txt, .html or .jsonl file"},
      {quoted(dir + "/ok.txt") + " --rules " + quoted(dir + "/rules"), "broken.xml:4: malformed XML"},
  };
  for (const auto& c : cases) {
    INFO(c.arguments);
    const std::string out = dir + "/out.graphml";
    const auto r = run_kgbuild("extract " + c.arguments + " -o " + quoted(out));
    CHECK(r.status == 1);
    CHECK(line_count(r.output) == 1);
    CHECK_THAT(r.output, Catch::Contains(c.message));
    CHECK_FALSE(file_exists(out));
  }
}

TEST_CASE("a failed run leaves the user's earlier output untouched") {
  const std::string dir = scratch_dir();
  write_file(dir + "/g.graphml", "earlier result");
  write_file(dir + "/bad.txt", "\xff");
  CHECK(run_kgbuild("extract " + quoted(dir + "/bad.txt") + " -o " + quoted(dir + "/g.graphml")).status == 1);
  std::ifstream in(dir + "/g.graphml");
  std::string contents;
  std::getline(in, contents);
  CHECK(contents == "earlier result");
}

TEST_CASE("usage mistakes exit 2, help and version exit 0") {
  CHECK(run_kgbuild("extract --bogus x.txt -o g.graphml").status == 2);
  CHECK(run_kgbuild("extract x.txt").status == 2);
  CHECK(run_kgbuild("frobnicate").status == 2);
  CHECK(run_kgbuild("").status == 2);
  const auto help = run_kgbuild("--help");
  CHECK(help.status == 0);
  CHECK_THAT(help.output, Catch::Contains("kgbuild extract INPUT"));
  const auto version = run_kgbuild("--version");
  CHECK(version.status == 0);
  CHECK_THAT(version.output, Catch::StartsWith("kgbuild "));
}

TEST_CASE("explain shows each sentence's mentions, relations and the rules behind them") {
  const std::string dir = scratch_dir();
  write_file(dir + "/a.txt", "东坝县民政局开展“暖冬行动”专项救助活动。");
  const auto r = run_kgbuild("explain " + quoted(dir + "/a.txt"));
  CHECK(r.status == 0);
  CHECK_THAT(r.output, Catch::Contains("organisation  东坝县民政局"));
  CHECK_THAT(r.output, Catch::Contains("=> 东坝县民政局 -organises-> 暖冬行动专项救助活动  <- organises.run"));
  CHECK(run_kgbuild("explain " + quoted(dir + "/a.txt") + " -o x.graphml").status == 2);
}

TEST_CASE("explain shows a frame's anchor, where each role came from, and the role a near miss lacked") {
  const std::string dir = scratch_dir();
  write_file(dir + "/b.txt", "东坝县民政局关爱困难群众\n近日，还开展了“暖冬行动”。国家投入资金500万元实施东坝河综合治理。");
  const auto r = run_kgbuild("explain " + quoted(dir + "/b.txt"));
  CHECK(r.status == 0);
  CHECK_THAT(r.output, Catch::Contains("-organises-> 暖冬行动  <- organises.run [开展] source: headline actor; target: clause"));
  CHECK_THAT(r.output, Catch::Contains("funds.invest-in [投入] the source is an actor that is no node"));
}

TEST_CASE("explain reads a JSON Lines corpus record by record, as extract does") {
  const std::string dir = scratch_dir();
  write_file(dir + "/c.jsonl",
             "{\"id\": \"r1\", \"content\": \"东坝县民政局开展“暖冬行动”。\"}\n"
             "{\"id\": \"r2\", \"content\": \"西坝乡卫生院开展义诊活动。\"}\n");
  const auto r = run_kgbuild("explain " + quoted(dir + "/c.jsonl"));
  CHECK(r.status == 0);
  CHECK_THAT(r.output, Catch::Contains("c.jsonl:1 r1\n[1] 东坝县民政局开展“暖冬行动”。"));
  CHECK_THAT(r.output, Catch::Contains("c.jsonl:2 r2\n[1] 西坝乡卫生院开展义诊活动。"));
  CHECK_THAT(r.output, !Catch::Contains("\"content\""));
}

TEST_CASE("rules check and rules test pass on the shipped rules and fail on a broken set") {
  const auto check = run_kgbuild("rules check");
  CHECK(check.status == 0);
  CHECK_THAT(check.output, Catch::StartsWith("rules ok"));
  const auto test = run_kgbuild("rules test");
  CHECK(test.status == 0);
  CHECK_THAT(test.output, Catch::Contains(" passed, 0 failed") && !Catch::Contains("skipped"));
  const auto characters_only = run_kgbuild("rules test --no-words");
  CHECK(characters_only.status == 0);
  CHECK_THAT(characters_only.output, Catch::Contains("skipped (they need the word dictionary)"));

  const std::string dir = scratch_dir();
  write_file(dir + "/r.xml",
             "<rules>\n<suffix id='s' type='organisation'>局</suffix>\n"
             "<relation id='r' relation='visits'>\n<cue>走访</cue>\n"
             "<slot role='source' side='left' types='organisation'/>\n"
             "<slot role='target' side='right' types='plaec'/>\n</relation>\n</rules>\n");
  const auto broken = run_kgbuild("rules check --rules " + quoted(dir));
  CHECK(broken.status == 1);
  CHECK_THAT(broken.output, Catch::Contains("r.xml:3: rule 'r': slot type 'plaec' is produced by no entity rule"));
  CHECK_THAT(broken.output, Catch::Contains("r.xml:3: rule 'r' has no <example>"));
  CHECK(run_kgbuild("rules frob").status == 2);
}

TEST_CASE("a node type no rule produces is an error for --types, as an unknown relation is for --relations") {
  const std::string dir = scratch_dir();
  write_file(dir + "/a.txt", "东坝县民政局开展“暖冬行动”专项救助活动。");
  const auto bad = run_kgbuild("extract " + quoted(dir + "/a.txt") + " -o " + quoted(dir + "/g.graphml") +
                               " --types organisation,foo");
  CHECK(bad.status == 2);
  CHECK_THAT(bad.output, Catch::Contains("no rule produces the type 'foo' given to --types"));
  CHECK_FALSE(fs::exists(dir + "/g.graphml"));
  CHECK(run_kgbuild("extract " + quoted(dir + "/a.txt") + " -o " + quoted(dir + "/g.graphml") + " --types program")
            .status == 0);
}

TEST_CASE("a link that loops in an input folder stops the run naming it") {
  const std::string dir = scratch_dir();
  write_file(dir + "/a.txt", "东坝县召开会议。");
  fs::create_symlink(dir + "/loop.txt", dir + "/loop.txt");
  const auto r = run_kgbuild("extract " + quoted(dir) + " -o " + quoted(dir + "/g.graphml"));
  CHECK(r.status == 1);
  CHECK_THAT(r.output, Catch::Contains("loop.txt: cannot read"));
  CHECK_FALSE(fs::exists(dir + "/g.graphml"));
}

TEST_CASE("a runaway rule regex fails rules check and stops extract with its file and line") {
  const std::string dir = scratch_dir();
  write_file(dir + "/r.xml",
             "<rules>\n<suffix id='s' type='organisation'>局\n<example yields='东坝县民政局'>东坝县民政局开会。</example>\n"
             "</suffix>\n<pattern id='runaway' type='program'>(\\p{Han}+)+$\n"
             "<example not='x'>东坝县民政局开会。</example>\n</pattern>\n</rules>\n");
  const auto check = run_kgbuild("rules check --rules " + quoted(dir));
  CHECK(check.status == 1);
  CHECK_THAT(check.output, Catch::Contains("r.xml:5: rule 'runaway': its regex runs past ICU's time limit"));
  write_file(dir + "/a.txt", "东坝县全面推行河长制工作取得明显成效各乡镇设立河长巡河护河群众满意度不断提升。");
  const auto run = run_kgbuild("extract " + quoted(dir + "/a.txt") + " -o " + quoted(dir + "/g.graphml") +
                               " --rules " + quoted(dir) + " --no-gazetteer --no-words");
  CHECK(run.status == 1);
  CHECK_THAT(run.output, Catch::Contains("r.xml:5: rule 'runaway': its regex ran past ICU's time limit"));
  CHECK_FALSE(fs::exists(dir + "/g.graphml"));
}

TEST_CASE("a run stopped by a signal leaves no temporary file beside its outputs") {
  const std::string corpus = kg::test::shared_path("corpus/bulk");
  if (!fs::exists(corpus)) {
    WARN("../shared/corpus/bulk is not present: no long run to stop");
    return;
  }
  const std::string dir = scratch_dir();
  const std::string command = "(" + std::string(KGBUILD_TEST_BINARY) + " extract " + quoted(corpus) + " -o " +
                              quoted(dir + "/g.graphml") + " -o " + quoted(dir + "/m.jsonl") +
                              " 2>/dev/null & pid=$!; sleep 2; kill -TERM $pid; wait $pid) >/dev/null 2>&1";
  CHECK(std::system(command.c_str()) != 0);  // the run ended by the signal, not by finishing
  for (const auto& entry : fs::directory_iterator(dir)) CHECK(entry.path().filename().string().rfind(".", 0) != 0);
  CHECK_FALSE(fs::exists(dir + "/m.jsonl"));
}

TEST_CASE("output to standard output that cannot be written is a failure") {
  if (!fs::exists("/dev/full")) return;
  const std::string dir = scratch_dir();
  write_file(dir + "/a.txt", "东坝县民政局开展“暖冬行动”专项救助活动。");
  CHECK(run_kgbuild("explain " + quoted(dir + "/a.txt") + " >/dev/full").status == 1);
  CHECK(run_kgbuild("rules check >/dev/full").status == 1);
  CHECK(run_kgbuild("explain " + quoted(dir + "/a.txt") + " >/dev/null").status == 0);
}

namespace {

std::string converted(const std::string& utf8, const char* encoding) {
  std::string out(utf8.size() * 4 + 16, '\0');
  UErrorCode status = U_ZERO_ERROR;
  const int32_t n = ucnv_convert(encoding, "UTF-8", out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                                 static_cast<int32_t>(utf8.size()), &status);
  REQUIRE(U_SUCCESS(status));
  out.resize(static_cast<std::size_t>(n));
  return out;
}

}  // namespace

TEST_CASE("text in GB18030 or UTF-16 is read with --encoding, its offsets those of the file as given") {
  const std::string dir = scratch_dir();
  const std::string text = "东坝县民政局开展“暖冬行动”，向西坝村捐赠物资价值5万元。";
  const std::string gb = converted(text, "GB18030");
  write_file(dir + "/gb.txt", gb);
  const auto refused = run_kgbuild("extract " + quoted(dir + "/gb.txt") + " -o " + quoted(dir + "/g.graphml"));
  CHECK(refused.status == 1);
  CHECK_THAT(refused.output, Catch::Contains("it looks like GB18030: read it with --encoding GB18030"));
  const auto read = run_kgbuild("extract " + quoted(dir + "/gb.txt") + " --encoding GB18030 -o " +
                                quoted(dir + "/g.graphml") + " -o " + quoted(dir + "/m.jsonl"));
  REQUIRE(read.status == 0);
  CHECK_THAT(kg::test::read_file(dir + "/g.graphml"), Catch::Contains(">东坝县民政局<"));
  // 东坝县民政局 is six characters of two bytes each in GB18030.
  CHECK_THAT(kg::test::read_file(dir + "/m.jsonl"), Catch::Contains("\"label\":\"东坝县民政局\"") && Catch::Contains("\"begin\":0,\"end\":12"));
  write_file(dir + "/u16.txt", "\xff\xfe" + converted(text, "UTF-16LE"));
  const auto detected = run_kgbuild("extract " + quoted(dir + "/u16.txt") + " --encoding auto -o " +
                                    quoted(dir + "/u.graphml"));
  REQUIRE(detected.status == 0);
  CHECK_THAT(detected.output, Catch::Contains("read as UTF-16LE"));
  CHECK_THAT(kg::test::read_file(dir + "/u.graphml"), Catch::Contains(">东坝县民政局<"));
  CHECK(run_kgbuild("extract " + quoted(dir + "/gb.txt") + " --encoding NOSUCH -o " + quoted(dir + "/x.graphml"))
            .status == 1);
}

TEST_CASE("web pages are read for their text, in the charset they declare, offsets into the page") {
  const std::string dir = scratch_dir();
  const std::string page = "<html><head><meta charset=\"gb2312\"><script>var a='西坝县财政局';</script></head>"
                           "<body><div class=\"nav\">西坝县教育局</div><p>东坝县民政局开展“暖冬行动”。</p></body></html>";
  write_file(dir + "/page.html", converted(page, "GB18030"));
  const auto r = run_kgbuild("extract " + quoted(dir) + " -o " + quoted(dir + "/g.graphml") + " -o " + quoted(dir + "/m.jsonl"));
  REQUIRE(r.status == 0);
  const std::string graph = kg::test::read_file(dir + "/g.graphml");
  CHECK_THAT(graph, Catch::Contains(">东坝县民政局<"));
  CHECK_THAT(graph, !Catch::Contains("西坝县财政局") && !Catch::Contains("西坝县教育局"));
  const std::size_t begin = converted(page.substr(0, page.find("东坝县")), "GB18030").size();
  CHECK_THAT(kg::test::read_file(dir + "/m.jsonl"),
             Catch::Contains("\"begin\":" + std::to_string(begin) + ",\"end\":" + std::to_string(begin + 12)));
}

TEST_CASE("JSON Lines fields holding web pages are read as pages with --format html, an unknown format is a usage error") {
  const std::string dir = scratch_dir();
  write_file(dir + "/c.jsonl", R"({"id":"a","content":"<p>东坝县民政局开展活动。</p><script>var s='西坝县财政局';</script>"})" "\n");
  REQUIRE(run_kgbuild("extract " + quoted(dir + "/c.jsonl") + " --format html -o " + quoted(dir + "/h.graphml")).status == 0);
  REQUIRE(run_kgbuild("extract " + quoted(dir + "/c.jsonl") + " -o " + quoted(dir + "/t.graphml")).status == 0);
  CHECK_THAT(kg::test::read_file(dir + "/h.graphml"), !Catch::Contains("西坝县财政局"));
  CHECK_THAT(kg::test::read_file(dir + "/t.graphml"), Catch::Contains("西坝县财政局"));
  CHECK(run_kgbuild("extract " + quoted(dir + "/c.jsonl") + " --format xml -o " + quoted(dir + "/x.graphml")).status == 2);
}

TEST_CASE("a division list links places: codes in the GraphML, the hierarchy marked by source") {
  const std::string dir = scratch_dir();
  const auto built = run_kgbuild("gazetteer build " + quoted(kg::test::source_path("tests/data/divisions")) + " -o " +
                                 quoted(dir + "/d.kgd") + " --source fixture");
  REQUIRE(built.status == 0);
  write_file(dir + "/in.txt", "东坝县召开会议。拉雪村修通了公路。");
  const auto r = run_kgbuild("extract " + quoted(dir + "/in.txt") + " --gazetteer " + quoted(dir + "/d.kgd") + " -o " +
                             quoted(dir + "/g.graphml"));
  REQUIRE(r.status == 0);
  CHECK(r.output.empty());
  const std::string xml = kg::test::read_file(dir + "/g.graphml");
  CHECK_THAT(xml, Catch::Contains("attr.name=\"code\"") && Catch::Contains("attr.name=\"source\""));
  CHECK_THAT(xml, Catch::Contains("<node id=\"plc_910101201203\">"));
  CHECK_THAT(xml, !Catch::Contains(">米拉乡<") && Catch::Contains(">gazetteer<"));  // named: no township the text leaves out
  const auto filled = run_kgbuild("extract " + quoted(dir + "/in.txt") + " --gazetteer " + quoted(dir + "/d.kgd") +
                                  " --hierarchy filled -o " + quoted(dir + "/filled.graphml"));
  REQUIRE(filled.status == 0);
  CHECK_THAT(kg::test::read_file(dir + "/filled.graphml"), Catch::Contains(">米拉乡<"));

  const auto bare = run_kgbuild("extract " + quoted(dir + "/in.txt") + " --gazetteer " + quoted(dir + "/d.kgd") +
                                " --hierarchy none -o " + quoted(dir + "/bare.graphml"));
  REQUIRE(bare.status == 0);
  const std::string bare_xml = kg::test::read_file(dir + "/bare.graphml");
  CHECK_THAT(bare_xml, !Catch::Contains(">米拉乡<"));

  const auto lookup = run_kgbuild("gazetteer lookup 团结村 --gazetteer " + quoted(dir + "/d.kgd"));
  CHECK(lookup.status == 0);
  CHECK_THAT(lookup.output, Catch::Contains("团结村: 2 divisions") && Catch::Contains("910102101202"));
}

namespace {

// The GraphML that `text` gives with the fixture division list.
std::string graph_with_fixture_divisions(const std::string& text) {
  const std::string dir = scratch_dir();
  REQUIRE(run_kgbuild("gazetteer build " + quoted(kg::test::source_path("tests/data/divisions")) + " -o " +
                      quoted(dir + "/d.kgd") + " --source fixture")
              .status == 0);
  write_file(dir + "/in.txt", text);
  REQUIRE(run_kgbuild("extract " + quoted(dir + "/in.txt") + " --gazetteer " + quoted(dir + "/d.kgd") + " -o " +
                      quoted(dir + "/g.graphml"))
              .status == 0);
  return kg::test::read_file(dir + "/g.graphml");
}

}  // namespace

TEST_CASE("a department written with its level only is the last such place's, one the division list named too") {
  const std::string xml =
      graph_with_fixture_divisions("家住东坝县老城镇的村民说，镇政府筹集资金修了路。西坝镇也修了路，西坝镇还建了桥。");
  CHECK_THAT(xml, Catch::Contains(">老城镇政府<") && !Catch::Contains(">西坝镇政府<"));
}

TEST_CASE("a city's bare name is that city unless the rules list it as a common word") {
  const std::string xml = graph_with_fixture_divisions("林芝举办桃花节。东坝县水利局开展黑河健康评估。");
  CHECK_THAT(xml, Catch::Contains(">林芝市<") && !Catch::Contains(">黑河市<"));
}

TEST_CASE("a missing or damaged division list is an error and --no-gazetteer does without") {
  const std::string dir = scratch_dir();
  write_file(dir + "/in.txt", "东坝县召开会议。");
  const auto missing = run_kgbuild("extract " + quoted(dir + "/in.txt") + " --gazetteer " + quoted(dir + "/none.kgd") +
                                   " -o " + quoted(dir + "/g.graphml"));
  CHECK(missing.status == 1);
  CHECK_THAT(missing.output, Catch::Contains(dir + "/none.kgd"));
  CHECK(line_count(missing.output) == 1);
  CHECK_FALSE(file_exists(dir + "/g.graphml"));
  const auto without =
      run_kgbuild("extract " + quoted(dir + "/in.txt") + " --no-gazetteer -o " + quoted(dir + "/g.graphml"));
  CHECK(without.status == 0);
  CHECK(without.output.empty());
  CHECK(run_kgbuild("extract " + quoted(dir + "/in.txt") + " --hierarchy sideways -o " + quoted(dir + "/g.graphml"))
            .status == 2);
  CHECK(run_kgbuild("gazetteer build").status == 2);
}

TEST_CASE("a JSON Lines corpus becomes one graph, with every mention logged at its byte offsets") {
  const std::string dir = scratch_dir();
  write_file(dir + "/news.jsonl",
             "{\"id\": \"a1\", \"title\": \"东坝县卫健委开展义诊\", \"content\": "
             "\"东坝县卫健委投入资金20万元实施卫生室标准化建设。\"}\n"
             "{\"id\": \"a2\", \"title\": \"\", \"content\": \"\"}\n"
             "{\"id\": \"a3\", \"title\": \"西坝镇消息\", \"content\": \"东坝县卫健委组织开展“健康西坝”义诊活动。\", "
             "\"channel\": 7}\n");
  const auto r = run_kgbuild("extract " + quoted(dir + "/news.jsonl") + " -o " + quoted(dir + "/g.graphml") + " -o " +
                             quoted(dir + "/m.jsonl"));
  REQUIRE(r.status == 0);
  CHECK_THAT(r.output, Catch::Contains("skipped 1 JSON Lines records without text"));
  CHECK_THAT(r.output, !Catch::Contains("MB/s"));  // no progress when standard error is not a terminal
  const std::string xml = kg::test::read_file(dir + "/g.graphml");
  CHECK_THAT(xml, Catch::Contains(">东坝县卫健委<") && Catch::Contains("a1 | a3"));
  const std::string log = kg::test::read_file(dir + "/m.jsonl");
  CHECK_THAT(log, Catch::Contains("\"kind\":\"mention\",\"document\":\"a1\"") &&
                      Catch::Contains("\"kind\":\"relation\",\"document\":\"a1\""));
  // The first mention of a1 is its title's first name: bytes 0-18 of "title\n\ncontent".
  CHECK_THAT(log, Catch::Contains("\"label\":\"东坝县卫健委\",\"surface\":\"东坝县卫健委\"") &&
                      Catch::Contains("\"begin\":0,\"end\":18"));
}

TEST_CASE("a record's publication date gives 今年 and 去年 their years") {
  const std::string dir = scratch_dir();
  write_file(dir + "/dated.jsonl",
             "{\"id\": \"d1\", \"publish_time\": \"发布时间：2018-09-2618:05:00\", \"content\": "
             "\"东坝县卫健委今年投入资金20万元实施卫生室标准化建设。去年，东坝县卫健委投入资金10万元实施卫生室标准化建设。\"}\n"
             "{\"id\": \"d2\", \"day\": \"2016年5月\", \"content\": \"东坝县卫健委今年投入资金30万元实施卫生室标准化建设。\"}\n");
  const auto r = run_kgbuild("extract " + quoted(dir + "/dated.jsonl") + " -o " + quoted(dir + "/m.jsonl"));
  REQUIRE(r.status == 0);
  const std::string log = kg::test::read_file(dir + "/m.jsonl");
  CHECK_THAT(log, Catch::Contains("\"amount_yuan\":200000.0,\"year\":2018"));
  CHECK_THAT(log, Catch::Contains("\"amount_yuan\":100000.0,\"year\":2017"));
  CHECK_THAT(log, Catch::Contains("\"amount_yuan\":300000.0,\"origin\""));  // no date field: no year
  const auto other = run_kgbuild("extract " + quoted(dir + "/dated.jsonl") + " --date-field day -o " +
                                 quoted(dir + "/m2.jsonl"));
  REQUIRE(other.status == 0);
  CHECK_THAT(kg::test::read_file(dir + "/m2.jsonl"), Catch::Contains("\"amount_yuan\":300000.0,\"year\":2016"));
}

TEST_CASE("an output that is an input, given twice, or in a missing folder is refused before any work") {
  const std::string dir = scratch_dir();
  const std::string corpus = "{\"id\": \"a1\", \"content\": \"东坝县卫健委开展义诊活动。\"}\n";
  write_file(dir + "/c.jsonl", corpus);
  const auto same = run_kgbuild("extract " + quoted(dir + "/c.jsonl") + " -o " + quoted(dir + "/g.graphml") + " -o " +
                                quoted(dir + "/c.jsonl"));
  CHECK(same.status == 1);
  CHECK_THAT(same.output, Catch::Contains("c.jsonl: this output is the input"));
  CHECK(kg::test::read_file(dir + "/c.jsonl") == corpus);
  CHECK_FALSE(fs::exists(dir + "/g.graphml"));
  fs::create_symlink(dir + "/c.jsonl", dir + "/link.jsonl");
  CHECK(run_kgbuild("extract " + quoted(dir + "/c.jsonl") + " -o " + quoted(dir + "/link.jsonl")).status == 1);
  CHECK(kg::test::read_file(dir + "/c.jsonl") == corpus);
  const auto twice = run_kgbuild("extract " + quoted(dir + "/c.jsonl") + " -o " + quoted(dir + "/g.graphml") + " -o " +
                                 quoted(dir + "/./g.graphml"));
  CHECK(twice.status == 1);
  CHECK_THAT(twice.output, Catch::Contains("this output is given twice"));
  const auto missing = run_kgbuild("extract " + quoted(dir + "/c.jsonl") + " -o " + quoted(dir + "/g.graphml") +
                                   " -o " + quoted(dir + "/nowhere/g.dot"));
  CHECK(missing.status == 1);
  CHECK_THAT(missing.output, Catch::Contains("nowhere/g.dot: the folder"));
  CHECK_FALSE(fs::exists(dir + "/g.graphml"));
}

TEST_CASE("a malformed JSON Lines record stops the run with file and line, writing nothing") {
  const std::string dir = scratch_dir();
  write_file(dir + "/bad.jsonl",
             "{\"id\": \"a1\", \"content\": \"东坝县召开会议。\"}\n{\"id\": \"a2\", \"content\": \n");
  const auto r = run_kgbuild("extract " + quoted(dir + "/bad.jsonl") + " -o " + quoted(dir + "/g.graphml") + " -o " +
                             quoted(dir + "/m.jsonl"));
  CHECK(r.status == 1);
  CHECK_THAT(r.output, Catch::Contains("bad.jsonl:2: not valid JSON: ") && Catch::Contains("unexpected end of input"));
  CHECK_FALSE(file_exists(dir + "/g.graphml"));
  CHECK_FALSE(file_exists(dir + "/m.jsonl"));
  CHECK(std::distance(std::filesystem::directory_iterator(dir), std::filesystem::directory_iterator()) == 1);
}

TEST_CASE("two runs on the same input write byte-identical GraphML, GEXF and DOT") {
  const std::string dir = scratch_dir();
  const std::string input = quoted(kg::test::shared_path("corpus/dev"));
  for (const char* run : {"1", "2"}) {
    const std::string base = dir + "/run" + run;
    REQUIRE(run_kgbuild("extract " + input + " -o " + quoted(base + ".graphml") + " -o " + quoted(base + ".gexf") +
                        " -o " + quoted(base + ".dot"))
                .status == 0);
  }
  for (const char* ext : {".graphml", ".gexf", ".dot"}) {
    INFO(ext);
    const std::string first = kg::test::read_file(dir + "/run1" + ext);
    CHECK(first.size() > 1000);
    CHECK(first == kg::test::read_file(dir + "/run2" + ext));
  }
}
