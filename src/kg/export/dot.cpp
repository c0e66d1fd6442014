#include "kg/export/dot.h"

#include "kg/export/cgraph_document.h"
#include "kg/rules/rule_set.h"

namespace kg::exports {

namespace {

constexpr const char* kFonts = "Noto Sans CJK SC,WenQuanYi Zen Hei,sans-serif";

struct Style {
  const char* shape;
  const char* color;
};

Style style_of(const graph::Node& n) {
  if (n.type == rules::kOrganisation) return {"box", "#cfe2f3"};
  if (n.type == rules::kPlace) return {"ellipse", "#d9ead3"};
  if (n.type == rules::kProgram) return {"note", "#fff2cc"};
  return {"plaintext", "#eeeeee"};
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
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const graph::Edge& d = g[e];
    doc->add_edge(g[boost::source(e, g)].id, g[boost::target(e, g)].id, d.id,
                  {{"label", graph::caption(d)}, {"tooltip", d.evidence}});
  }
  return doc;
}

}  // namespace

std::string to_dot(const graph::Graph& g) {
  return build(g)->to_dot();
}

void render(const graph::Graph& g, const std::string& format, const std::string& path) {
  build(g)->render("dot", format, path);
}

}  // namespace kg::exports
