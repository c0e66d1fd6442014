// End to end against the shared gold annotations, scored by the shared scorer.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "kg/text/utf8.h"
#include "support.h"

namespace fs = std::filesystem;

namespace {

struct Scores {
  double entity_f1 = 0;
  double relation_f1 = 0;
  int amounts_checked = 0;
  int amounts_right = 0;
  int place_tp = 0, place_fp = 0, place_fn = 0;
  int funds_tp = 0, funds_fn = 0;
  int years_checked = 0, years_right = 0;
  int organisation_tp = 0, organisation_fp = 0;
  int program_tp = 0, program_fp = 0;
};

std::string python() {
  return fs::exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
}

double number_after(const std::string& json, const std::string& key) {
  std::smatch m;
  if (!std::regex_search(json, m, std::regex("\"" + key + "\": \\{[^}]*\"f\": ([0-9.eE+-]+)"))) return -1;
  return std::stod(m[1]);
}

// A count in one of the scorer's objects ("place", "program", "funds", "amounts", "years").
int count_in(const std::string& json, const std::string& object, const std::string& field) {
  std::smatch m;
  if (!std::regex_search(json, m, std::regex("\"" + object + "\": \\{[^}]*\"" + field + "\": ([0-9]+)"))) return -1;
  return std::stoi(m[1]);
}

// Extracts every article named in `gold_names` (from `articles`, by default the dev corpus) into
// one directory and scores it; with a `table`, the shared scorer's printed table goes there too.
Scores score(const std::vector<std::string>& gold_names, std::string* table = nullptr, std::string articles = "") {
  if (articles.empty()) articles = kg::test::shared_path("corpus/dev");
  const std::string out = kg::test::scratch_dir();
  const std::string gold = kg::test::scratch_dir();
  for (const auto& name : gold_names) {
    const auto r =
        kg::test::run_kgbuild("extract '" + articles + "/" + name + ".txt' -o '" + out + "/" + name + ".graphml'");
    INFO(r.output);
    REQUIRE(r.status == 0);
    fs::copy_file(kg::test::shared_path("eval/gold/" + name + ".json"), gold + "/" + name + ".json");
  }
  const std::string result = out + "/score.json";
  const std::string command = python() + " '" + kg::test::shared_path("eval/score.py") + "' --gold-dir '" + gold +
                              "' --graphml-dir '" + out + "' --json > '" + result + "'";
  REQUIRE(std::system(command.c_str()) == 0);
  if (table) {
    const std::string printed = out + "/score.txt";
    const std::string plain = python() + " '" + kg::test::shared_path("eval/score.py") + "' --gold-dir '" + gold +
                              "' --graphml-dir '" + out + "' > '" + printed + "'";
    REQUIRE(std::system(plain.c_str()) == 0);
    std::ifstream t(printed);
    std::stringstream text;
    text << t.rdbuf();
    *table = text.str();
  }
  std::ifstream in(result);
  std::stringstream json;
  json << in.rdbuf();
  const std::string s = json.str();
  INFO(s);
  return {number_after(s, "entities"),   number_after(s, "relations"),  count_in(s, "amounts", "checked"),
          count_in(s, "amounts", "right"), count_in(s, "place", "tp"),     count_in(s, "place", "fp"),
          count_in(s, "place", "fn"),      count_in(s, "funds", "tp"),     count_in(s, "funds", "fn"),
          count_in(s, "years", "checked"), count_in(s, "years", "right"),  count_in(s, "organisation", "tp"),
          count_in(s, "organisation", "fp"), count_in(s, "program", "tp"),  count_in(s, "program", "fp")};
}

std::vector<std::string> all_gold_names() {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(kg::test::shared_path("eval/gold")))
    if (e.path().extension() == ".json" &&
        fs::exists(kg::test::shared_path("corpus/dev/" + e.path().stem().string() + ".txt")))
      names.push_back(e.path().stem().string());
  std::sort(names.begin(), names.end());
  return names;
}

// The article as a page of justified text through pdftotext gives it: every paragraph wrapped
// at a narrow column (`column` display columns, a Chinese character taking two), its Chinese
// characters spaced out, ASCII quotes, commas and colons.
std::string pasted_from_pdf(const std::string& article, std::size_t column) {
  const auto wide = [](char32_t c) { return c >= 0x80 && !kg::text::is_space(c); };
  std::string out;
  std::size_t width = 0;
  char32_t previous = 0;
  for (std::size_t pos = 0; pos < article.size();) {
    char32_t c = kg::text::decode_utf8(article, pos);
    if (c == U'\r') continue;
    if (c == U'\n' || (width == 0 && kg::text::is_space(c))) {
      if (c == U'\n' && width > 0) out += '\n';
      if (c == U'\n') width = 0, previous = 0;
      continue;
    }
    if (c == U'“' || c == U'”') c = U'"';
    if (c == U'，') c = U',';
    if (c == U'：') c = U':';
    const std::size_t w = c < 0x80 ? 1 : 2;
    if (width + w > column) out += '\n', width = 0, previous = 0;
    if (wide(previous) && wide(c) && width + w + 1 <= column) out += ' ', ++width;
    kg::text::append_utf8(out, c);
    width += w;
    previous = c;
  }
  return out;
}

// The lines of a report from its table header through the closing summary.
std::string table_of(const std::string& report) {
  const std::size_t begin = report.find("  tp   fp   fn");
  const std::size_t summary = report.find("entities P=");
  if (begin == std::string::npos || summary == std::string::npos) return "no table in:\n" + report;
  const std::size_t line_start = report.rfind('\n', begin) + 1;
  return report.substr(line_start, report.find('\n', summary) - line_start);
}

}  // namespace

TEST_CASE("kgbuild eval agrees with the shared scorer on every gold file") {
  if (!fs::exists(kg::test::shared_path("eval/score.py"))) {
    WARN("../shared/eval is not present: nothing to score");
    return;
  }
  std::string scorer;
  score(all_gold_names(), &scorer);
  const auto r = kg::test::run_kgbuild("eval --gold '" + kg::test::shared_path("eval/gold") + "' '" +
                                       kg::test::shared_path("corpus/dev") + "'");
  REQUIRE(r.status == 0);
  CHECK_THAT(r.output, Catch::Contains(std::to_string(all_gold_names().size()) + " documents measured"));
  CHECK(table_of(r.output) == table_of(scorer));
}

TEST_CASE("the seed page scores above the bar, with every funds amount right") {
  if (!fs::exists(kg::test::shared_path("eval/score.py"))) {
    WARN("../shared/eval is not present: nothing to score");
    return;
  }
  const Scores s = score({"000_046523daf5b7182a"});
  CHECK(s.entity_f1 >= 0.70);
  CHECK(s.relation_f1 >= 0.40);
  CHECK(s.amounts_checked > 0);
  CHECK(s.amounts_right == s.amounts_checked);
}

TEST_CASE("every dev article with gold stays above the regression floor") {
  if (!fs::exists(kg::test::shared_path("eval/score.py"))) {
    WARN("../shared/eval is not present: nothing to score");
    return;
  }
  const Scores s = score(all_gold_names());
  // Measured on all 29 gold files (0.8961 and 0.8152; funds recall 42 of 56); raised with every gain.
  CHECK(s.entity_f1 >= 0.896);
  CHECK(s.relation_f1 >= 0.815);
  REQUIRE(s.funds_tp > 0);
  CHECK(double(s.funds_tp) / (s.funds_tp + s.funds_fn) >= 0.75);
  REQUIRE(s.amounts_checked > 0);
  CHECK(s.amounts_right == s.amounts_checked);  // every matched funds edge has the right amount
  REQUIRE(s.years_checked > 0);
  CHECK(s.years_right == s.years_checked);  // and every year the text states
  REQUIRE(s.place_tp > 0);
  CHECK(double(s.place_tp) / (s.place_tp + s.place_fn) >= 0.915);
  CHECK(double(s.place_tp) / (s.place_tp + s.place_fp) >= 0.945);
  // Names a reader accepts: measured 189 of 196 organisations and 189 of 202 programs.
  REQUIRE(s.organisation_tp > 0);
  CHECK(double(s.organisation_tp) / (s.organisation_tp + s.organisation_fp) >= 0.96);
  REQUIRE(s.program_tp > 0);
  CHECK(double(s.program_tp) / (s.program_tp + s.program_fp) >= 0.93);
}

TEST_CASE("every dev article pasted from a justified PDF column stays above its floor") {
  if (!fs::exists(kg::test::shared_path("eval/score.py"))) {
    WARN("../shared/eval is not present: nothing to score");
    return;
  }
  const std::string pages = kg::test::scratch_dir();
  for (const auto& name : all_gold_names()) {
    std::ifstream in(kg::test::shared_path("corpus/dev/" + name + ".txt"), std::ios::binary);
    std::stringstream article;
    article << in.rdbuf();
    std::ofstream(pages + "/" + name + ".txt", std::ios::binary) << pasted_from_pdf(article.str(), 36);
  }
  const Scores s = score(all_gold_names(), nullptr, pages);
  // Measured at 0.8953 and 0.8118 (the articles as published: 0.8961 and 0.8152); before
  // narrow columns and letter spacing were recognised such a page scored 0.00 and 0.00.
  CHECK(s.entity_f1 >= 0.895);
  CHECK(s.relation_f1 >= 0.811);
  REQUIRE(s.amounts_checked > 0);
  CHECK(s.amounts_right == s.amounts_checked);
}
