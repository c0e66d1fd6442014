#include "kg/graph/filter.h"

#include <algorithm>
#include <deque>
#include <set>

#include "kg/error.h"
#include "kg/graph/metrics.h"
#include "kg/graph/views.h"

namespace kg::graph {

namespace {

bool listed(const std::vector<std::string>& list, const std::string& value) {
  return list.empty() || std::find(list.begin(), list.end(), value) != list.end();
}

// What survives so far: per vertex and per edge (edges by their id, unique in a graph).
struct Selection {
  std::vector<bool> vertex;
  std::set<std::string> edges;
};

std::vector<std::vector<Vertex>> neighbours(const Graph& g, const Selection& s) {
  std::vector<std::vector<Vertex>> out(boost::num_vertices(g));
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const Vertex a = boost::source(e, g), b = boost::target(e, g);
    if (!s.edges.count(g[e].id) || !s.vertex[a] || !s.vertex[b] || a == b) continue;
    out[a].push_back(b);
    out[b].push_back(a);
  }
  return out;
}

void keep_ego(const Graph& g, const GraphFilter& f, Selection& s) {
  std::deque<std::pair<Vertex, std::size_t>> queue;
  std::vector<bool> seen(boost::num_vertices(g), false);
  for (auto v : boost::make_iterator_range(boost::vertices(g)))
    if (s.vertex[v] && (g[v].label == f.ego || g[v].id == f.ego)) {
      queue.emplace_back(v, 0);
      seen[v] = true;
    }
  if (queue.empty()) throw Error("", 0, "no node named '" + f.ego + "' in the graph (give a label or a node id)");
  const auto next = neighbours(g, s);
  while (!queue.empty()) {
    const auto [v, d] = queue.front();
    queue.pop_front();
    if (d == f.depth) continue;
    for (Vertex w : next[v])
      if (!seen[w]) {
        seen[w] = true;
        queue.emplace_back(w, d + 1);
      }
  }
  s.vertex = seen;
}

void keep_core(const Graph& g, std::size_t k, Selection& s) {
  // Peel nodes with fewer than k distinct neighbours until none is left to peel.
  for (bool changed = true; changed;) {
    changed = false;
    const auto next = neighbours(g, s);
    for (std::size_t v = 0; v < next.size(); ++v) {
      if (!s.vertex[v]) continue;
      const std::set<Vertex> distinct(next[v].begin(), next[v].end());
      if (distinct.size() < k) {
        s.vertex[v] = false;
        changed = true;
      }
    }
  }
}

void keep_top(const Graph& g, std::size_t n, Selection& s) {
  const auto next = neighbours(g, s);
  std::vector<Vertex> order;
  for (std::size_t v = 0; v < next.size(); ++v)
    if (s.vertex[v] && !next[v].empty()) order.push_back(v);
  std::sort(order.begin(), order.end(), [&](Vertex a, Vertex b) {
    return next[a].size() != next[b].size() ? next[a].size() > next[b].size() : g[a].id < g[b].id;
  });
  std::fill(s.vertex.begin(), s.vertex.end(), false);
  for (std::size_t i = 0; i < order.size() && i < n; ++i) s.vertex[order[i]] = true;
}

Graph copy(const Graph& g, const Selection& s, bool drop_isolated) {
  std::vector<bool> keep = s.vertex;
  if (drop_isolated) {
    const auto next = neighbours(g, s);
    for (std::size_t v = 0; v < keep.size(); ++v) keep[v] = keep[v] && !next[v].empty();
  }
  Graph out;
  std::vector<Vertex> to(boost::num_vertices(g));
  for (auto v : boost::make_iterator_range(boost::vertices(g)))
    if (keep[v]) to[v] = boost::add_vertex(g[v], out);
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const Vertex a = boost::source(e, g), b = boost::target(e, g);
    if (keep[a] && keep[b] && s.edges.count(g[e].id)) boost::add_edge(to[a], to[b], g[e], out);
  }
  measure(out);
  return out;
}

}  // namespace

Graph filter(const Graph& whole, const GraphFilter& f) {
  constexpr std::size_t kViewNodes = 60;
  const Graph viewed = f.view.empty() ? Graph() : view(whole, f.view, f.top > 0 ? f.top : kViewNodes);
  const Graph& g = f.view.empty() ? whole : viewed;
  Selection s;
  s.vertex.assign(boost::num_vertices(g), true);
  for (auto e : boost::make_iterator_range(boost::edges(g)))
    if (listed(f.relations, g[e].relation)) s.edges.insert(g[e].id);
  for (auto v : boost::make_iterator_range(boost::vertices(g)))
    s.vertex[v] = listed(f.types, g[v].type) && g[v].mentions >= f.min_mentions;
  if (!f.ego.empty()) keep_ego(g, f, s);
  if (f.k_core > 0) keep_core(g, f.k_core, s);
  if (f.top > 0 && f.view.empty()) keep_top(g, f.top, s);
  return copy(g, s, f.k_core > 0);
}

}  // namespace kg::graph
