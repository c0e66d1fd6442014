#include "kg/export/partial_graph.h"

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "kg/error.h"

namespace kg::exports {

namespace {

using Json = nlohmann::ordered_json;
constexpr const char* kFormat = "kgbuild partial graph";

Json key_json(const graph::NodeKey& k) {
  return Json{{"type", k.type}, {"label", k.label}, {"code", k.code}};
}

graph::NodeKey node_key(const Json& j) {
  return {j.at("type").get<std::string>(), j.at("label").get<std::string>(), j.at("code").get<std::string>()};
}

// Empty fields are left out: most nodes have no code, most facts no amount.
template <typename T>
void put(Json& j, const char* name, const T& value) {
  if (!value.empty()) j[name] = value;
}

template <typename T>
void get(const Json& j, const char* name, T& value) {
  if (const auto it = j.find(name); it != j.end()) it->get_to(value);
}

Json node_json(const graph::NodeKey& key, const graph::NodeFacts& n) {
  Json j{{"node", key_json(key)}};
  put(j, "official_name", n.official_name);
  if (n.candidates) j["candidates"] = *n.candidates;
  j["mentions"] = n.mentions;
  put(j, "labels", n.labels);
  put(j, "linked_levels", n.linked_levels);
  put(j, "mention_levels", n.mention_levels);
  put(j, "surfaces", n.surfaces);
  put(j, "rules", n.rules);
  put(j, "documents", n.documents);
  return j;
}

graph::NodeFacts node_facts(const Json& j) {
  graph::NodeFacts n;
  get(j, "official_name", n.official_name);
  if (j.contains("candidates")) n.candidates = j.at("candidates").get<std::size_t>();
  get(j, "mentions", n.mentions);
  get(j, "labels", n.labels);
  get(j, "linked_levels", n.linked_levels);
  get(j, "mention_levels", n.mention_levels);
  get(j, "surfaces", n.surfaces);
  get(j, "rules", n.rules);
  get(j, "documents", n.documents);
  return n;
}

Json fact_key_json(const graph::FactKey& k) {
  Json j{{"source", key_json(k.source)}, {"relation", k.relation}, {"target", key_json(k.target)}};
  if (k.amount) j["amount"] = *k.amount;
  if (k.year) j["year"] = *k.year;
  return j;
}

graph::FactKey fact_key(const Json& j) {
  graph::FactKey k{node_key(j.at("source")), j.at("relation").get<std::string>(), node_key(j.at("target")), {}, {}};
  if (j.contains("amount")) k.amount = j.at("amount").get<double>();
  if (j.contains("year")) k.year = j.at("year").get<int>();
  return k;
}

Json fact_json(const graph::FactKey& key, const graph::FactData& f) {
  Json j{{"fact", fact_key_json(key)}};
  if (f.approximate) j["approximate"] = true;
  j["mentions"] = f.mentions;
  put(j, "listed", f.listed);
  put(j, "rules", f.rules);
  put(j, "documents", f.documents);
  if (f.evidence)
    j["evidence"] = Json{
        {"document", f.evidence->document}, {"offset", f.evidence->offset}, {"sentence", f.evidence->sentence}};
  return j;
}

graph::FactData fact_data(const Json& j) {
  graph::FactData f;
  get(j, "approximate", f.approximate);
  get(j, "mentions", f.mentions);
  get(j, "listed", f.listed);
  get(j, "rules", f.rules);
  get(j, "documents", f.documents);
  if (const auto it = j.find("evidence"); it != j.end())
    f.evidence = graph::Evidence{it->at("document").get<std::string>(), it->at("offset").get<std::size_t>(),
                                 it->at("sentence").get<std::string>()};
  return f;
}

void append(std::string& out, const Json& j) {
  out += j.dump();
  out += '\n';
}

void read_header(const Json& j) {
  if (!j.is_object() || j.value("format", "") != kFormat) throw std::invalid_argument("not a kgbuild partial graph");
  const int version = j.at("version").get<int>();
  if (version != kPartialGraphVersion)
    throw std::invalid_argument("partial graph version " + std::to_string(version) + "; this kgbuild reads version " +
                                std::to_string(kPartialGraphVersion));
}

void read_record(const Json& j, graph::GraphBuilder& into) {
  if (const auto it = j.find("node"); it != j.end())
    into.add_node(node_key(*it), node_facts(j));
  else if (const auto f = j.find("fact"); f != j.end())
    into.add_fact(fact_key(*f), fact_data(j));
  else
    throw std::invalid_argument("a line that is neither a node nor a fact");
}

}  // namespace

bool is_partial_graph(const std::string& path) {
  return std::filesystem::path(path).extension() == ".kgf";
}

std::string to_partial_graph(const graph::GraphBuilder& facts) {
  std::string out;
  append(out, Json{{"format", kFormat}, {"version", kPartialGraphVersion}, {"documents", facts.documents()}});
  for (const auto& [key, node] : facts.nodes()) append(out, node_json(key, node));
  for (const auto& [key, fact] : facts.facts()) append(out, fact_json(key, fact));
  return out;
}

void read_partial_graph(const std::string& path, graph::GraphBuilder& into) {
  std::ifstream in(path == "-" ? "/dev/stdin" : path, std::ios::binary);
  if (!in) throw Error(path, 0, "cannot open the partial graph");
  graph::GraphBuilder part;  // whole or nothing: a bad line leaves `into` as it was
  std::string line;
  std::size_t number = 0;
  try {
    while (std::getline(in, line)) {
      ++number;
      const Json j = Json::parse(line);
      // Files written one after another (cat a.kgf b.kgf) are one stream: each header starts a part.
      if (j.is_object() && j.contains("format")) {
        read_header(j);
        part.count_documents(j.at("documents").get<std::size_t>());
      } else if (number == 1) {
        throw std::invalid_argument("not a kgbuild partial graph");
      } else {
        read_record(j, part);
      }
    }
  } catch (const std::exception& e) {
    throw Error(path, number, e.what());
  }
  if (number == 0) throw Error(path, 0, "empty file: not a kgbuild partial graph");
  if (in.bad()) throw Error(path, number, "read error");
  into.merge(part);
}

}  // namespace kg::exports
