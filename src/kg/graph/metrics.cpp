#include "kg/graph/metrics.h"

#include <boost/graph/connected_components.hpp>
#include <boost/pending/disjoint_sets.hpp>

#include <cmath>
#include <map>
#include <thread>

#include "kg/graph/betweenness.h"
#include "kg/graph/pinyin.h"
#include "kg/rules/rule_set.h"

namespace kg::graph {

namespace {

// Union-find over the edges, ignoring direction; components numbered from 0 in vertex order.
void weak_components(Graph& g) {
  const std::size_t n = boost::num_vertices(g);
  std::vector<std::size_t> rank(n), parent(n);
  boost::disjoint_sets<std::size_t*, std::size_t*> sets(rank.data(), parent.data());
  for (std::size_t v = 0; v < n; ++v) sets.make_set(v);
  for (auto e : boost::make_iterator_range(boost::edges(g))) sets.union_set(boost::source(e, g), boost::target(e, g));
  std::map<std::size_t, std::size_t> number;
  for (std::size_t v = 0; v < n; ++v) {
    const auto root = sets.find_set(v);
    g[v].component = number.try_emplace(root, number.size()).first->second;
  }
}

void add_betweenness(Graph& g, std::size_t jobs) {
  const Betweenness b = betweenness(g, {.jobs = jobs});
  for (std::size_t v = 0; v < b.centrality.size(); ++v) g[v].betweenness = b.centrality[v];
  g[boost::graph_bundle].betweenness =
      b.sampled ? "estimated from a fixed-seed sample of " + std::to_string(b.sources) + " sources (Brandes-Pich)"
                : "exact";
}

}  // namespace

std::string node_colour(const Node& n) {
  if (n.type == rules::kOrganisation) return "#4e79a7";
  if (n.type == rules::kProgram) return "#f28e2b";
  if (n.type != rules::kPlace) return "#9d9d9d";
  static const std::map<std::string, std::string> kByLevel = {
      {"province", "#1b5e20"}, {"city", "#2e7d32"},        {"county", "#43a047"},  {"township", "#66bb6a"},
      {"town", "#66bb6a"},     {"subdistrict", "#66bb6a"}, {"village", "#a5d6a7"}, {"community", "#a5d6a7"}};
  const auto it = kByLevel.find(n.level);
  return it == kByLevel.end() ? "#59a14f" : it->second;
}

int colour_channel(const std::string& colour, std::size_t which) {
  if (colour.size() != 7 || colour[0] != '#' || which > 2) return 128;
  const std::string hex = colour.substr(1 + 2 * which, 2);
  if (hex.find_first_not_of("0123456789abcdefABCDEF") != std::string::npos) return 128;
  return std::stoi(hex, nullptr, 16);
}

void describe_nodes(Graph& g) {
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    Node& n = g[v];
    n.pinyin = pinyin(n.label);
    n.color = node_colour(n);
  }
}

void measure(Graph& g, std::size_t jobs) {
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    Node& n = g[v];
    n.degree = boost::in_degree(v, g) + boost::out_degree(v, g);
    n.size = 10.0 + 6.0 * std::sqrt(static_cast<double>(n.degree));
  }
  weak_components(g);
  add_betweenness(g, jobs);
}

// With threads to spare, pinyin and colours (read from labels and types) are written while the
// measures (read from the edges) are: each side writes fields of the nodes the other never reads.
void annotate(Graph& g, std::size_t jobs) {
  if (jobs < 2) {
    describe_nodes(g);
    measure(g, jobs);
    return;
  }
  const std::jthread descriptions([&g] { describe_nodes(g); });  // joined however measure ends
  measure(g, jobs);
}

}  // namespace kg::graph
