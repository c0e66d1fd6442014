#include "kg/graph/views.h"

#include <algorithm>
#include <map>
#include <set>

#include "kg/error.h"
#include "kg/graph/metrics.h"
#include "kg/levels.h"
#include "kg/rules/rule_set.h"

namespace kg::graph {

namespace {

const std::set<std::string> kOrganisationRelations = {"funds",  "serves", "organises",
                                                      "establishes", "issues", "cooperates_with"};

bool is_actor(const Node& n) {
  return n.type == rules::kOrganisation || n.type == rules::kProgram;
}

// The `top` vertices by score (ties by id), among those scoring above zero.
std::set<Vertex> best(const Graph& g, const std::map<Vertex, double>& score, std::size_t top) {
  std::vector<Vertex> order;
  for (const auto& [v, s] : score)
    if (s > 0) order.push_back(v);
  std::sort(order.begin(), order.end(), [&](Vertex a, Vertex b) {
    return score.at(a) != score.at(b) ? score.at(a) > score.at(b) : g[a].id < g[b].id;
  });
  if (order.size() > top) order.resize(top);
  return {order.begin(), order.end()};
}

// The most specific place a vertex is located in, or "".
std::string home_of(const Graph& g, Vertex v) {
  std::string home;
  int rank = -1;
  for (auto e : boost::make_iterator_range(boost::out_edges(v, g))) {
    const Node& place = g[boost::target(e, g)];
    if (g[e].relation != "located_in" || place.type != rules::kPlace) continue;
    const int r = level_rank(place.level);
    if (r > rank) rank = r, home = place.label;
  }
  return home;
}

// The kept vertices that have an edge, drawn inside the place they are located in, with the
// edges `keep_edge` lets through.
template <typename KeepEdge>
Graph induced(const Graph& g, const std::set<Vertex>& kept, KeepEdge keep_edge) {
  std::set<Vertex> linked;
  for (auto e : boost::make_iterator_range(boost::edges(g)))
    if (kept.count(boost::source(e, g)) && kept.count(boost::target(e, g)) && keep_edge(g[e]))
      linked.insert({boost::source(e, g), boost::target(e, g)});
  Graph out;
  std::map<Vertex, Vertex> to;
  for (Vertex v : linked) {
    Node n = g[v];
    n.cluster = home_of(g, v);
    to[v] = boost::add_vertex(std::move(n), out);
  }
  for (auto e : boost::make_iterator_range(boost::edges(g)))
    if (to.count(boost::source(e, g)) && to.count(boost::target(e, g)) && keep_edge(g[e]))
      boost::add_edge(to.at(boost::source(e, g)), to.at(boost::target(e, g)), g[e], out);
  return out;
}

// What one payer paid one recipient, over all the funds edges between them.
struct MoneyFlow {
  double yuan = 0;
  bool approximate = false;
  std::set<int> years;
  std::size_t mentions = 0;
  std::set<std::string> documents;
  std::string evidence;

  void add(const Edge& d) {
    if (evidence.empty()) evidence = d.evidence;
    yuan += *d.amount_yuan;
    approximate = approximate || d.approximate;
    if (d.year) years.insert(*d.year);
    mentions += d.mentions;
    documents.insert(d.documents.begin(), d.documents.end());
  }

  Edge edge(std::string id) const {
    Edge e;
    e.id = std::move(id);
    e.relation = "funds";
    e.amount_yuan = yuan;
    e.approximate = approximate;
    e.years.assign(years.begin(), years.end());
    e.mentions = mentions;
    e.evidence = evidence;
    e.documents.assign(documents.begin(), documents.end());
    return e;
  }
};

// Edges by the weight of their ends, heaviest first, taking both ends while there is room: the
// busiest bodies, each with a partner in the picture.
std::set<Vertex> busiest_pairs(const Graph& g, const std::vector<Graph::edge_descriptor>& edges,
                               const std::map<Vertex, double>& weight, std::size_t top) {
  std::vector<Graph::edge_descriptor> order = edges;
  const auto score = [&](Graph::edge_descriptor e) {
    return std::min(weight.at(boost::source(e, g)), weight.at(boost::target(e, g)));
  };
  std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) { return score(a) > score(b); });
  std::set<Vertex> kept;
  for (auto e : order) {
    const Vertex a = boost::source(e, g), b = boost::target(e, g);
    const std::size_t added = (kept.count(a) ? 0 : 1) + (kept.count(b) ? 0 : 1);
    if (kept.size() + added <= top) kept.insert({a, b});
  }
  return kept;
}

}  // namespace

Graph organisation_view(const Graph& g, std::size_t top) {
  const auto counted = [&](const Edge& e) { return kOrganisationRelations.count(e.relation) > 0; };
  std::map<Vertex, double> weight;
  std::vector<Graph::edge_descriptor> edges;
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const Vertex a = boost::source(e, g), b = boost::target(e, g);
    if (!counted(g[e]) || !is_actor(g[a]) || !is_actor(g[b]) || a == b) continue;
    weight[a] += static_cast<double>(g[e].mentions);
    weight[b] += static_cast<double>(g[e].mentions);
    edges.push_back(e);
  }
  Graph out = induced(g, busiest_pairs(g, edges, weight, top), counted);
  measure(out);
  return out;
}

Graph money_view(const Graph& g, std::size_t top) {
  std::map<std::pair<Vertex, Vertex>, MoneyFlow> flows;
  for (auto e : boost::make_iterator_range(boost::edges(g)))
    if (g[e].relation == "funds" && g[e].amount_yuan) flows[{boost::source(e, g), boost::target(e, g)}].add(g[e]);
  std::map<Vertex, double> money;  // paid and received
  for (const auto& [pair, f] : flows) {
    money[pair.first] += f.yuan;
    money[pair.second] += f.yuan;
  }
  const std::set<Vertex> kept = best(g, money, top);
  Graph out;
  std::map<Vertex, Vertex> to;
  std::size_t count = 0;
  for (const auto& [pair, f] : flows) {
    if (!kept.count(pair.first) || !kept.count(pair.second)) continue;
    for (Vertex v : {pair.first, pair.second})
      if (!to.count(v)) to[v] = boost::add_vertex(g[v], out);
    boost::add_edge(to.at(pair.first), to.at(pair.second), f.edge("m_" + std::to_string(count++)), out);
  }
  measure(out);
  return out;
}

Graph view(const Graph& g, const std::string& name, std::size_t top) {
  if (name == "orgs") return organisation_view(g, top);
  if (name == "money") return money_view(g, top);
  throw Error("", 0, "unknown view '" + name + "' (use orgs or money)");
}

}  // namespace kg::graph
