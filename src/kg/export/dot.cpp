#include "kg/export/dot.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "kg/export/cgraph_document.h"
#include "kg/levels.h"
#include "kg/rules/rule_set.h"

namespace kg::exports {

namespace {

constexpr const char* kFonts = "Noto Sans CJK SC,WenQuanYi Zen Hei,sans-serif";

struct Style {
  const char* shape;
  const char* color;
};

// Shape and fill by type; places also by level, darker and more angular the higher they stand.
Style style_of(const graph::Node& n) {
  if (n.type == rules::kOrganisation) return {"box", "#cfe2f3"};
  if (n.type == rules::kProgram) return {"note", "#fff2cc"};
  if (n.type != rules::kPlace) return {"plaintext", "#eeeeee"};
  if (n.level == "province") return {"doubleoctagon", "#93c47d"};
  if (n.level == "city") return {"octagon", "#a9d18e"};
  if (n.level == "county") return {"hexagon", "#b6d7a8"};
  if (n.level == "township" || n.level == "subdistrict" || n.level == "town") return {"ellipse", "#d9ead3"};
  if (n.level == "village" || n.level == "community") return {"ellipse", "#eef6ea"};
  return {"ellipse", "#e2efda"};
}

// Only the levels of the hierarchy nest; "other" (a zone, a site) and unknown levels do not.
int nesting_rank(const std::string& level) {
  const int rank = kg::level_rank(level);
  return level == "other" || rank > 5 ? 0 : rank;
}

// Clusters help a diagram a person reads; on thousands of nodes they only slow the layout.
constexpr std::size_t kMostNodesForClusters = 500;

// The place hierarchy as nested clusters: a place with places located in it becomes a box
// around them (county ⊃ township ⊃ village). Each place's parent is the located_in target of
// the nearest higher level.
void add_place_clusters(const graph::Graph& g, CgraphDocument& doc) {
  if (boost::num_vertices(g) > kMostNodesForClusters) return;
  std::map<graph::Vertex, graph::Vertex> parent;
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const auto child = boost::source(e, g), up = boost::target(e, g);
    if (g[e].relation != "located_in" || g[child].type != rules::kPlace || g[up].type != rules::kPlace) continue;
    const int child_rank = nesting_rank(g[child].level), up_rank = nesting_rank(g[up].level);
    if (child_rank == 0 || up_rank == 0 || up_rank >= child_rank) continue;
    const auto it = parent.find(child);
    if (it == parent.end() || nesting_rank(g[it->second].level) < up_rank) parent[child] = up;
  }
  std::set<graph::Vertex> has_children;
  for (const auto& [child, up] : parent) has_children.insert(up);
  // Outer clusters first: by rank, then vertex order.
  std::vector<graph::Vertex> boxes(has_children.begin(), has_children.end());
  std::stable_sort(boxes.begin(), boxes.end(),
                   [&](auto a, auto b) { return nesting_rank(g[a].level) < nesting_rank(g[b].level); });
  std::set<graph::Vertex> made;
  for (const auto v : boxes) {
    const auto up = parent.find(v);
    const bool nested = up != parent.end() && made.count(up->second);
    doc.add_cluster(g[v].id, nested ? g[up->second].id : "",
                    {{"label", g[v].label}, {"style", "rounded"}, {"color", "#6aa84f"}, {"fontcolor", "#38761d"}});
    doc.place_in_cluster(g[v].id, g[v].id);
    made.insert(v);
  }
  for (const auto& [child, up] : parent)
    if (!has_children.count(child) && made.count(up)) doc.place_in_cluster(g[child].id, g[up].id);
}

// A view names the place each node is drawn inside: one box per place, the places themselves no
// nodes (a county with a hundred bodies is a frame around them, not a hub in the middle).
bool add_view_clusters(const graph::Graph& g, CgraphDocument& doc) {
  std::map<std::string, std::string> boxes;  // place label -> cluster name
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    const std::string& place = g[v].cluster;
    if (place.empty() || g[v].type != rules::kOrganisation) continue;
    auto [it, added] = boxes.try_emplace(place, "in_" + std::to_string(boxes.size()));
    if (added)
      doc.add_cluster(it->second, "",
                      {{"label", place}, {"style", "rounded"}, {"color", "#6aa84f"}, {"fontcolor", "#38761d"}});
    doc.place_in_cluster(g[v].id, it->second);
  }
  return !boxes.empty();
}

// Thicker for more money (a line per order of magnitude above 100,000 yuan) or more mentions.
std::string pen_width(const graph::Edge& d) {
  double width = 1;
  if (d.amount_yuan && *d.amount_yuan > 1e5) width += std::log10(*d.amount_yuan / 1e5);
  else if (d.mentions > 1) width += std::log2(static_cast<double>(d.mentions));
  return std::to_string(std::min(width, 7.0)).substr(0, 4);
}

std::unique_ptr<CgraphDocument> build(const graph::Graph& g) {
  auto doc = std::make_unique<CgraphDocument>("kgbuild");
  doc->set_default("graph", "rankdir", "LR");
  doc->set_default("graph", "fontname", kFonts);
  doc->set_default("node", "fontname", kFonts);
  doc->set_default("node", "style", "filled");
  doc->set_default("edge", "fontname", kFonts);
  doc->set_default("edge", "fontsize", "10");
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    const graph::Node& n = g[v];
    const Style s = style_of(n);
    doc->add_node(n.id, n.label);
    doc->set_node(n.id, "shape", s.shape);
    doc->set_node(n.id, "fillcolor", s.color);
    doc->set_node(n.id, "tooltip", n.type + (n.level.empty() ? "" : " (" + n.level + ")"));
  }
  if (!add_view_clusters(g, *doc)) add_place_clusters(g, *doc);
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const graph::Edge& d = g[e];
    doc->add_edge(g[boost::source(e, g)].id, g[boost::target(e, g)].id, d.id,
                  {{"label", graph::caption(d)}, {"tooltip", d.evidence}, {"penwidth", pen_width(d)}});
  }
  return doc;
}

}  // namespace

std::string to_dot(const graph::Graph& g) {
  return build(g)->to_dot();
}

std::string render(const graph::Graph& g, const std::string& format, const std::string& path) {
  return build(g)->render("dot", format, path);
}

}  // namespace kg::exports
