#include "kg/graph/builder.h"

#include <algorithm>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include "kg/graph/metrics.h"
#include "kg/rules/rule_set.h"

namespace kg::graph {

namespace {

template <typename T>
void add_all(std::set<T>& to, const std::set<T>& from) {
  to.insert(from.begin(), from.end());
}

void add_all(Tally& to, const Tally& from) {
  for (const auto& [value, count] : from) to[value] += count;
}

// The value with the most counts; among equals the first in code-point order.
std::string winner(const Tally& tally) {
  const std::pair<const std::string, std::size_t>* best = nullptr;
  for (const auto& entry : tally)
    if (!best || entry.second > best->second) best = &entry;
  return best ? best->first : std::string();
}

template <typename T>
std::vector<T> to_vector(const std::set<T>& s) {
  return {s.begin(), s.end()};
}

constexpr std::string_view kMiddleDot = "\u00B7";

// 欢乐跑•中国, 三抓三比⋅十项竞赛, 民族团结·信合杯: texts separate the parts of a name with any of
// several dots that look alike; one name is one node whichever dot a text used.
std::string spelling_key(const std::string& label) {
  static constexpr std::string_view kDots[] = {"\u2022", "\u22C5", "\u30FB", "\u2027", "\u2219", "\uFF65"};
  std::string key = label;
  for (const std::string_view dot : kDots)
    for (std::size_t at = key.find(dot); at != std::string::npos; at = key.find(dot, at + kMiddleDot.size()))
      key.replace(at, dot.size(), kMiddleDot);
  return key;
}

// Within one document, a place's label stands for the division it was linked to.
class DocumentKeys {
 public:
  explicit DocumentKeys(const std::vector<extract::PlaceLink>& places) {
    for (const auto& p : places) keys_[p.label] = of(p);
  }
  static NodeKey of(const extract::PlaceLink& p) {
    if (p.code.empty()) return {rules::kPlace, p.label, ""};
    return {rules::kPlace, "", p.code};
  }
  NodeKey operator()(const extract::EntityRef& ref) const {
    if (ref.type == rules::kPlace)
      if (const auto it = keys_.find(ref.label); it != keys_.end()) return it->second;
    return {ref.type, spelling_key(ref.label), ""};
  }

 private:
  std::map<std::string, NodeKey> keys_;
};

// The graph's node of each key one document names, found in the graph's map once: a document
// names its places and bodies dozens of times, and each search of the map compares long labels.
class DocumentNodes {
 public:
  explicit DocumentNodes(std::map<NodeKey, NodeFacts>& nodes) : nodes_(nodes) {}
  NodeFacts& operator[](const NodeKey& key) {
    std::string flat = key.type;
    flat.append(1, '\x1f').append(key.label).append(1, '\x1f').append(key.code);
    auto [it, added] = found_.try_emplace(std::move(flat), nullptr);
    if (added) it->second = &nodes_[key];
    return *it->second;
  }
  // Every node found, once each: the document is added to each at the end.
  std::vector<NodeFacts*> all() const {
    std::vector<NodeFacts*> out;
    for (const auto& [key, node] : found_) out.push_back(node);
    return out;
  }

 private:
  std::map<NodeKey, NodeFacts>& nodes_;
  std::unordered_map<std::string, NodeFacts*> found_;
};

}  // namespace

void NodeFacts::merge(const NodeFacts& other) {
  official_name = std::max(official_name, other.official_name);
  if (other.candidates && (!candidates || *candidates < *other.candidates)) candidates = other.candidates;
  mentions += other.mentions;
  add_all(labels, other.labels);
  add_all(linked_levels, other.linked_levels);
  add_all(mention_levels, other.mention_levels);
  add_all(surfaces, other.surfaces);
  add_all(rules, other.rules);
  add_all(documents, other.documents);
}

void FactData::merge(const FactData& other) {
  approximate = approximate || other.approximate;
  mentions += other.mentions;
  add_all(listed, other.listed);
  add_all(rules, other.rules);
  add_all(documents, other.documents);
  if (other.evidence && (!evidence || *other.evidence < *evidence)) evidence = other.evidence;
}

void GraphBuilder::add(const extract::Extraction& x) {
  if (x.section == 0) ++documents_;
  const DocumentKeys key_of(x.places);
  DocumentNodes nodes(nodes_);
  for (const auto& p : x.places) {
    NodeFacts& n = nodes_[DocumentKeys::of(p)];
    if (!p.code.empty()) {
      n.official_name = p.official_name;
      n.labels.try_emplace(p.label, 0);
    }
    if (!p.level.empty()) ++n.linked_levels[p.level];
    if (!n.candidates || *n.candidates < p.candidates) n.candidates = p.candidates;
  }
  for (const auto& m : x.mentions) {
    const NodeKey key = key_of({m.type, m.label});
    NodeFacts& n = nodes[key];
    // A label with a dot keeps its spellings, so that the node shows the one most texts use.
    if (!key.code.empty() || key.label.find(kMiddleDot) != std::string::npos) ++n.labels[m.label];
    if (!m.level.empty()) ++n.mention_levels[m.level];
    ++n.mentions;
    n.surfaces.insert(m.surface);
    n.rules.insert(m.rule);
  }
  for (const auto& r : x.relations) {
    const NodeKey source = key_of(r.source), target = key_of(r.target);
    if (source == target) continue;
    nodes[source];
    nodes[target];
    FactData& f = facts_[{source, r.relation, target, r.amount_yuan, r.year}];
    f.rules.insert(r.rule);
    f.documents.insert(x.document_id);
    if (r.origin == extract::Origin::gazetteer) {
      f.listed.insert(x.document_id);
      continue;
    }
    Evidence said{x.document_id, r.evidence.begin, x.text.bytes.substr(r.evidence.begin, r.evidence.size())};
    if (!f.evidence || said < *f.evidence) f.evidence = std::move(said);
    ++f.mentions;
    f.approximate = f.approximate || r.approximate;
  }
  for (NodeFacts* n : nodes.all()) n->documents.insert(x.document_id);
}

void GraphBuilder::merge(const GraphBuilder& other) {
  for (const auto& [key, facts] : other.nodes_) add_node(key, facts);
  for (const auto& [key, data] : other.facts_) add_fact(key, data);
  documents_ += other.documents_;
}

void GraphBuilder::add_node(const NodeKey& key, const NodeFacts& facts) {
  nodes_[key].merge(facts);
}

void GraphBuilder::add_fact(const FactKey& key, const FactData& data) {
  facts_[key].merge(data);
}

namespace {

// Which node each key ends up in, and the label each node shows. A linked place, and a name
// written with dots, is labelled by the spelling most mentions use; an unlinked place of that
// same label (a document that could not tell which division it meant) joins it when no other
// division took the label.
class Resolution {
 public:
  explicit Resolution(const std::map<NodeKey, NodeFacts>& nodes) {
    std::map<std::string, std::vector<NodeKey>> by_label;
    for (const auto& [key, facts] : nodes) {
      if (key.code.empty()) {
        if (!facts.labels.empty()) labels_[key] = winner(facts.labels);
        continue;
      }
      std::string label = winner(facts.labels);
      if (label.empty()) label = facts.official_name;
      by_label[label].push_back(key);
      labels_[key] = std::move(label);
    }
    for (const auto& [label, keys] : by_label)
      if (keys.size() == 1) joins_[NodeKey{rules::kPlace, label, ""}] = keys.front();
  }
  const NodeKey& node_of(const NodeKey& key) const {
    const auto it = joins_.find(key);
    return it == joins_.end() ? key : it->second;
  }
  const std::string& label_of(const NodeKey& node) const {
    const auto it = labels_.find(node);
    return it == labels_.end() ? node.label : it->second;
  }

 private:
  std::map<NodeKey, std::string> labels_;
  std::map<NodeKey, NodeKey> joins_;
};

// What several keys joined in one node or edge say together; most have one, read in place.
template <typename Facts>
const Facts& merged(const std::vector<const Facts*>& parts, Facts& scratch) {
  if (parts.size() == 1) return *parts.front();
  scratch = Facts{};
  for (const Facts* p : parts) scratch.merge(*p);
  return scratch;
}

Node make_node(const NodeKey& key, const std::string& label, const NodeFacts& data) {
  Node n;
  n.id = node_id(key.type, label, key.code);
  n.label = label;
  n.type = key.type;
  n.level = data.linked_levels.empty() ? winner(data.mention_levels) : winner(data.linked_levels);
  n.code = key.code;
  n.official_name = data.official_name;
  n.candidates = data.candidates;
  n.mentions = data.mentions;
  for (const auto& s : data.surfaces)
    if (s != label) n.aliases.push_back(s);
  n.rules = to_vector(data.rules);
  n.documents = to_vector(data.documents);
  return n;
}

Edge make_edge(const FactKey& key, const FactData& data) {
  Edge e;
  e.relation = key.relation;
  e.amount_yuan = key.amount;
  e.approximate = data.approximate;
  e.year = key.year;
  e.mentions = data.mentions > 0 ? data.mentions : data.listed.size();
  e.source = data.mentions > 0 ? "text" : "gazetteer";
  e.rules = to_vector(data.rules);
  if (data.evidence) e.evidence = data.evidence->sentence;
  e.documents = to_vector(data.documents);
  return e;
}

}  // namespace

namespace {

// One vertex per node the keys resolve to, in (type, label, code) order, as a reader scanning
// the file would expect.
std::map<NodeKey, Vertex> add_vertices(const std::map<NodeKey, NodeFacts>& nodes, const Resolution& resolution,
                                       Graph& g) {
  std::map<NodeKey, std::vector<const NodeFacts*>> joined;
  for (const auto& [key, facts] : nodes) joined[resolution.node_of(key)].push_back(&facts);
  std::vector<std::tuple<std::string, std::string, std::string, const NodeKey*>> order;
  for (const auto& [key, facts] : joined) order.emplace_back(key.type, resolution.label_of(key), key.code, &key);
  std::sort(order.begin(), order.end());
  std::map<NodeKey, Vertex> vertex;
  NodeFacts scratch;
  for (const auto& [type, label, code, key] : order)
    vertex[*key] = boost::add_vertex(make_node(*key, label, merged(joined.at(*key), scratch)), g);
  return vertex;
}

// One edge per fact between the resolved vertices, numbered in their order.
void add_edges(const std::map<FactKey, FactData>& facts, const Resolution& resolution,
               const std::map<NodeKey, Vertex>& vertex, Graph& g) {
  using EdgeKey = std::tuple<Vertex, std::string, Vertex, std::optional<double>, std::optional<int>>;
  struct Parts {
    const FactKey* key = nullptr;
    std::vector<const FactData*> data;
  };
  std::map<EdgeKey, Parts> edges;
  for (const auto& [key, data] : facts) {
    const Vertex s = vertex.at(resolution.node_of(key.source)), t = vertex.at(resolution.node_of(key.target));
    if (s == t) continue;
    Parts& parts = edges[{s, key.relation, t, key.amount, key.year}];
    parts.key = &key;
    parts.data.push_back(&data);
  }
  std::size_t count = 0;
  FactData scratch;
  for (const auto& [edge, parts] : edges) {
    Edge e = make_edge(*parts.key, merged(parts.data, scratch));
    e.id = "e_" + std::to_string(count++);
    boost::add_edge(std::get<0>(edge), std::get<2>(edge), std::move(e), g);
  }
}

}  // namespace

Graph GraphBuilder::build(std::size_t jobs) const {
  const Resolution resolution(nodes_);
  Graph g;
  const auto vertex = add_vertices(nodes_, resolution, g);
  add_edges(facts_, resolution, vertex, g);
  annotate(g, jobs);
  return g;
}

}  // namespace kg::graph
