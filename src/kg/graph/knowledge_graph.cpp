#include "kg/graph/knowledge_graph.h"

#include <cstdint>
#include <cstdio>

#include "kg/rules/rule_set.h"

namespace kg::graph {

namespace {

std::uint64_t fnv1a(const std::string& s) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

std::string prefix_of(const std::string& type) {
  if (type == rules::kOrganisation) return "org_";
  if (type == rules::kPlace) return "plc_";
  if (type == rules::kProgram) return "prg_";
  return "ent_";
}

template <typename T>
std::vector<T> to_vector(const std::set<T>& s) {
  return {s.begin(), s.end()};
}

}  // namespace

std::string node_id(const std::string& type, const std::string& label) {
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(fnv1a(type + '\x1f' + label)));
  return prefix_of(type) + hex;
}

GraphBuilder::NodeData& GraphBuilder::node(const extract::EntityRef& ref) {
  return nodes_[ref];
}

void GraphBuilder::add(const extract::Extraction& x) {
  for (const auto& m : x.mentions) {
    NodeData& n = node({m.type, m.label});
    if (n.level.empty()) n.level = m.level;
    ++n.mentions;
    n.surfaces.insert(m.surface);
    n.documents.insert(x.document_id);
  }
  for (const auto& r : x.relations) {
    node(r.source).documents.insert(x.document_id);
    node(r.target).documents.insert(x.document_id);
    FactData& f = facts_[{r.source, r.relation, r.target, r.amount_yuan, r.year}];
    if (f.mentions == 0) f.evidence = x.text.bytes.substr(r.evidence.begin, r.evidence.size());
    ++f.mentions;
    f.approximate = f.approximate || r.approximate;
    f.rules.insert(r.rule);
    f.documents.insert(x.document_id);
  }
}

Graph GraphBuilder::build() const {
  Graph g;
  std::map<extract::EntityRef, Vertex> vertex;
  for (const auto& [ref, data] : nodes_) {
    Node n;
    n.id = node_id(ref.type, ref.label);
    n.label = ref.label;
    n.type = ref.type;
    n.level = data.level;
    n.mentions = data.mentions;
    for (const auto& s : data.surfaces)
      if (s != ref.label) n.aliases.push_back(s);
    n.documents = to_vector(data.documents);
    vertex[ref] = boost::add_vertex(std::move(n), g);
  }
  std::size_t count = 0;
  for (const auto& [key, data] : facts_) {
    Edge e;
    e.id = "e_" + std::to_string(count++);
    e.relation = key.relation;
    e.amount_yuan = key.amount;
    e.approximate = data.approximate;
    e.year = key.year;
    e.mentions = data.mentions;
    e.rules = to_vector(data.rules);
    e.evidence = data.evidence;
    e.documents = to_vector(data.documents);
    boost::add_edge(vertex.at(key.source), vertex.at(key.target), std::move(e), g);
  }
  return g;
}

}  // namespace kg::graph

namespace kg::graph {

std::string caption(const Edge& e) {
  std::string out = e.relation;
  if (e.amount_yuan) {
    char buffer[64];
    const double wan = *e.amount_yuan / 10000.0;
    std::snprintf(buffer, sizeof buffer, "%.6g", wan);
    out.append(" ").append(buffer).append(e.approximate ? "余万元" : "万元");
  }
  if (e.year) out.append(" ").append(std::to_string(*e.year));
  return out;
}

}  // namespace kg::graph
