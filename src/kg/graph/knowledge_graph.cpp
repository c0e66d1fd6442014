#include "kg/graph/knowledge_graph.h"

#include <cstdint>
#include <cstdio>

#include "kg/graph/metrics.h"
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

std::string node_id(const std::string& type, const std::string& label, const std::string& code) {
  if (!code.empty()) return prefix_of(type) + code;
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(fnv1a(type + '\x1f' + label)));
  return prefix_of(type) + hex;
}

GraphBuilder::NodeData& GraphBuilder::node(const extract::EntityRef& ref) {
  return nodes_[ref];
}

void GraphBuilder::add(const extract::Extraction& x) {
  // Linked places: the first document's label for a division names its node in every document.
  std::map<std::string, extract::EntityRef> renamed;
  for (const auto& p : x.places) {
    extract::EntityRef ref{rules::kPlace, p.label};
    if (!p.code.empty()) ref = by_code_.try_emplace(p.code, ref).first->second;
    renamed[p.label] = ref;
    NodeData& n = node(ref);
    if (n.code.empty()) {
      n.code = p.code;
      n.official_name = p.official_name;
      if (!p.level.empty()) n.level = p.level;
    }
    if (!n.candidates) n.candidates = p.candidates;  // a property of the name: the same in every document
  }
  const auto canonical = [&](const extract::EntityRef& ref) {
    if (ref.type != rules::kPlace) return ref;
    const auto it = renamed.find(ref.label);
    return it == renamed.end() ? ref : it->second;
  };
  for (const auto& m : x.mentions) {
    NodeData& n = node(canonical({m.type, m.label}));
    if (n.level.empty()) n.level = m.level;
    ++n.mentions;
    n.surfaces.insert(m.surface);
    n.rules.insert(m.rule);
    n.documents.insert(x.document_id);
  }
  for (const auto& r : x.relations) {
    const auto source = canonical(r.source);
    const auto target = canonical(r.target);
    if (source == target) continue;
    node(source).documents.insert(x.document_id);
    node(target).documents.insert(x.document_id);
    FactData& f = facts_[{source, r.relation, target, r.amount_yuan, r.year}];
    if (r.origin == extract::Origin::gazetteer) {
      f.listed.insert(x.document_id);
      f.rules.insert(r.rule);
      f.documents.insert(x.document_id);
      continue;
    }
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
    n.id = node_id(ref.type, ref.label, data.code);
    n.label = ref.label;
    n.type = ref.type;
    n.level = data.level;
    n.code = data.code;
    n.official_name = data.official_name;
    n.candidates = data.candidates;
    n.mentions = data.mentions;
    for (const auto& s : data.surfaces)
      if (s != ref.label) n.aliases.push_back(s);
    n.rules = to_vector(data.rules);
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
    e.mentions = data.mentions > 0 ? data.mentions : data.listed.size();
    e.source = data.mentions > 0 ? "text" : "gazetteer";
    e.rules = to_vector(data.rules);
    e.evidence = data.evidence;
    e.documents = to_vector(data.documents);
    boost::add_edge(vertex.at(key.source), vertex.at(key.target), std::move(e), g);
  }
  annotate(g);
  return g;
}

}  // namespace kg::graph

namespace kg::graph {

std::string relation_caption(const std::string& relation) {
  static const std::map<std::string, std::string> kChinese = {
      {"funds", "资助"},       {"serves", "服务"},          {"organises", "组织"},       {"issues", "发布"},
      {"establishes", "设立"}, {"participates_in", "参与"}, {"cooperates_with", "合作"}, {"supervises", "监督"},
      {"visits", "走访"},      {"part_of", "隶属"},         {"located_in", "位于"}};
  const auto it = kChinese.find(relation);
  return it == kChinese.end() ? relation : it->second;
}

std::string caption(const Edge& e) {
  std::string out = relation_caption(e.relation);
  if (e.amount_yuan) {
    char buffer[64];
    const double wan = *e.amount_yuan / 10000.0;
    std::snprintf(buffer, sizeof buffer, "%.6g", wan);
    out.append(" ").append(buffer).append(e.approximate ? "余万元" : "万元");
  }
  if (e.year) out.append(" ").append(std::to_string(*e.year)).append("年");
  return out;
}

}  // namespace kg::graph
