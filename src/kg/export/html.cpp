#include "kg/export/html.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "kg/error.h"
#include "kg/export/cgraph_document.h"
#include "kg/export/graphml.h"
#include "kg/export/html_page.h"

namespace kg::exports {

namespace {

using Json = nlohmann::ordered_json;

std::string read_library(const std::string& folder, const std::string& name, const std::string& path) {
  const std::string file = (std::filesystem::path(folder) / name).string();
  std::ifstream in(file, std::ios::binary);
  if (folder.empty() || !in)
    throw Error(path, 0, "the page needs " + name + " (run scripts/fetch-web.sh, or set KGBUILD_WEB to its folder)");
  std::ostringstream s;
  s << in.rdbuf();
  std::string js = s.str();
  // Inside <script>, only "</script" could end the element early.
  for (std::size_t at = js.find("</script"); at != std::string::npos; at = js.find("</script", at + 2))
    js.replace(at, 2, "<\\/");
  return js;
}

// The vertices drawn: all of them, or the kMostDrawn of highest degree (ties by id).
std::vector<bool> drawn(const graph::Graph& g) {
  const std::size_t n = boost::num_vertices(g);
  std::vector<bool> out(n, n <= kMostDrawn);
  if (n <= kMostDrawn) return out;
  std::vector<graph::Vertex> order(n);
  for (std::size_t v = 0; v < n; ++v) order[v] = v;
  std::sort(order.begin(), order.end(), [&](auto a, auto b) {
    return g[a].degree != g[b].degree ? g[a].degree > g[b].degree : g[a].id < g[b].id;
  });
  for (std::size_t i = 0; i < kMostDrawn; ++i) out[order[i]] = true;
  return out;
}

std::map<std::string, std::pair<double, double>> positions(const graph::Graph& g, const std::vector<bool>& shown,
                                                           const std::string& path) {
  CgraphDocument doc("layout");
  doc.set_default("node", "shape", "point");
  for (auto v : boost::make_iterator_range(boost::vertices(g)))
    if (shown[v]) doc.add_node(g[v].id, "");
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const auto s = boost::source(e, g), t = boost::target(e, g);
    if (shown[s] && shown[t] && s != t) doc.add_edge(g[s].id, g[t].id, g[e].id, {});
  }
  return doc.layout("sfdp", path);
}

Json node_json(const graph::Node& n, const std::pair<double, double>* at) {
  return Json{{"id", n.id},
              {"label", n.label},
              {"pinyin", n.pinyin},
              {"type", n.type},
              {"level", n.level},
              {"code", n.code},
              {"aliases", join_values(n.aliases)},
              {"documents", join_values(n.documents)},
              {"mentions", n.mentions},
              {"degree", n.degree},
              {"color", n.color},
              {"size", n.size},
              {"x", at ? Json(at->first) : Json(nullptr)},
              {"y", at ? Json(at->second) : Json(nullptr)}};
}

Json edge_json(const graph::Graph& g, graph::Graph::edge_descriptor e) {
  const graph::Edge& d = g[e];
  return Json{{"s", boost::source(e, g)},
              {"t", boost::target(e, g)},
              {"relation", d.relation},
              {"label", graph::caption(d)},
              {"amount", d.amount_yuan ? Json(*d.amount_yuan) : Json(nullptr)},
              {"year", d.year ? Json(*d.year) : Json(nullptr)},
              {"mentions", d.mentions},
              {"evidence", d.evidence},
              {"documents", join_values(d.documents)}};
}

// JSON inside <script>: every "<" escaped, so no text of the graph can close the element.
std::string script_json(const Json& j) {
  const std::string raw = j.dump(-1, ' ', false, Json::error_handler_t::replace);
  std::string out;
  out.reserve(raw.size());
  for (char c : raw) out += c == '<' ? std::string("\\u003c") : std::string(1, c);
  return out;
}

void fill(std::string& page, const std::string& placeholder, const std::string& content) {
  const std::size_t at = page.find(placeholder);
  if (at != std::string::npos) page.replace(at, placeholder.size(), content);
}

}  // namespace

bool is_html(const std::string& path) {
  const std::string ext = std::filesystem::path(path).extension().string();
  return ext == ".html" || ext == ".htm";
}

std::string to_html(const graph::Graph& g, const std::string& libraries, const std::string& title,
                    const std::string& path) {
  const std::string graphology = read_library(libraries, "graphology.umd.min.js", path);
  const std::string sigma = read_library(libraries, "sigma.min.js", path);
  const std::vector<bool> shown = drawn(g);
  const auto at = positions(g, shown, path);
  Json data{{"title", title}, {"nodes", Json::array()}, {"edges", Json::array()}};
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    const auto it = at.find(g[v].id);
    data["nodes"].push_back(node_json(g[v], it == at.end() ? nullptr : &it->second));
  }
  for (auto e : boost::make_iterator_range(boost::edges(g))) data["edges"].push_back(edge_json(g, e));
  std::string page = kHtmlPage;
  fill(page, "/*KG_GRAPHOLOGY*/", graphology);
  fill(page, "/*KG_SIGMA*/", sigma);
  fill(page, "/*KG_DATA*/", script_json(data));
  return page;
}

}  // namespace kg::exports
