// Measuring a graph against gold: the matching of names, the judgement of nodes and edges, and
// each rule's hits. The gold and the graph here are made up for the test.
#include <catch2/catch.hpp>

#include "kg/error.h"
#include "kg/eval/score.h"
#include "support.h"

using kg::eval::Gold;
using kg::eval::Score;
using kg::graph::Graph;

namespace {

Gold gold_of(const std::string& json) {
  const std::string file = kg::test::scratch_dir() + "/gold.json";
  kg::test::write_file(file, json);
  return kg::eval::read_gold(file);
}

kg::graph::Vertex add_node(Graph& g, const std::string& label, const std::string& type, const std::string& rule) {
  kg::graph::Node n;
  n.id = kg::graph::node_id(type, label);
  n.label = label;
  n.type = type;
  n.rules = {rule};
  return boost::add_vertex(n, g);
}

void add_edge(Graph& g, kg::graph::Vertex a, kg::graph::Vertex b, const std::string& relation, const std::string& rule,
              std::optional<double> amount = std::nullopt) {
  kg::graph::Edge e;
  e.relation = relation;
  e.rules = {rule};
  e.amount_yuan = amount;
  e.evidence = "东坝县财政局投入10万元用于牧民技能培训。";
  boost::add_edge(a, b, e, g);
}

const char* kGold = R"({"document": "a.txt",
  "entities": [
    {"name": "东坝县财政局", "type": "organisation", "required": true},
    {"name": "牧民技能培训", "type": "program", "required": true},
    {"name": "东坝县", "type": "place", "level": "county", "required": true},
    {"name": "西坝乡", "type": "place", "level": "township", "required": false}],
  "relations": [
    {"source": "东坝县财政局", "relation": "funds", "target": "牧民技能培训", "amount_yuan": 100000, "required": true},
    {"source": "东坝县财政局", "relation": "located_in", "target": "东坝县", "required": true}]})";

}  // namespace

TEST_CASE("names match after NFKC, without quotes, marks and a leading count") {
  CHECK(kg::eval::match_key("“东坝县” 财政局") == "东坝县财政局");
  CHECK(kg::eval::match_key("《牧民技能培训》") == "牧民技能培训");
  CHECK(kg::eval::match_key("２７个示范村") == "示范村");
}

TEST_CASE("nodes and edges are judged as the shared scorer judges them, and each rule is credited") {
  Graph g;
  const auto bureau = add_node(g, "东坝县财政局", "organisation", "org.suffix.bureau");
  const auto training = add_node(g, "牧民技能培训项目", "program", "program.suffix.named");  // contains 80 %
  add_node(g, "西坝乡", "place", "place.suffix.township");                               // optional
  add_node(g, "汽车修理厂", "organisation", "org.suffix.factory");                          // false
  add_edge(g, bureau, training, "funds", "funds.invest", 100000);
  add_edge(g, training, bureau, "funds", "funds.invest", 5);  // not in gold
  const Score s = kg::eval::score_graph(gold_of(kGold), g, "a");
  CHECK(s.by_type.at("organisation").tp == 1);
  CHECK(s.by_type.at("organisation").fp == 1);
  CHECK(s.by_type.at("program").tp == 1);
  CHECK(s.by_type.at("place").fn == 1);
  CHECK(s.by_type.at("place").fp == 0);
  CHECK(s.by_relation.at("funds").tp == 1);
  CHECK(s.by_relation.at("funds").fp == 1);
  CHECK(s.by_relation.at("located_in").fn == 1);
  CHECK(s.amounts_right == 1);
  CHECK(s.rules.at("org.suffix.factory").false_hits == 1);
  CHECK(s.rules.at("org.suffix.bureau").true_hits == 1);
  CHECK(s.rules.at("funds.invest").true_hits == 1);
  CHECK(s.rules.at("funds.invest").false_hits == 1);
  CHECK(s.rules.count("place.suffix.township") == 0);  // optional: neither way
  CHECK(kg::test::contains([&] {
    std::vector<std::string> lines;
    for (const auto& j : s.judgements) lines.push_back(j.line);
    return lines;
  }(), "false node organisation: 汽车修理厂 (not in gold)"));
}

TEST_CASE("a gold file that is not usable is refused with its name") {
  const std::string file = kg::test::scratch_dir() + "/bad.json";
  kg::test::write_file(file, R"({"entities": [{"name": "东坝县"}]})");
  CHECK_THROWS_WITH(kg::eval::read_gold(file), Catch::Contains(file) && Catch::Contains("name and a type"));
  kg::test::write_file(file, "{");
  CHECK_THROWS_WITH(kg::eval::read_gold(file), Catch::Contains(file) && Catch::Contains("not JSON"));
}
