#include "kg/export/graphml.h"

#include "kg/graph/metrics.h"

#include <charconv>
#include <cmath>
#include <vector>

namespace kg::exports {

namespace {

struct Key {
  const char* id;
  const char* domain;  // node | edge
  const char* name;
  const char* type;
};

// Never `id`, `key` or `timeset`; never for="all"; every key typed.
constexpr Key kKeys[] = {
    {"d0", "node", "label", "string"},
    {"d1", "node", "type", "string"},
    {"d2", "node", "level", "string"},
    {"d3", "node", "mentions", "int"},
    {"d4", "node", "aliases", "string"},
    {"d5", "node", "documents", "string"},
    {"d6", "edge", "relation", "string"},
    {"d7", "edge", "label", "string"},
    {"d8", "edge", "amount_yuan", "double"},
    {"d9", "edge", "approximate", "boolean"},
    {"d10", "edge", "year", "int"},
    {"d11", "edge", "mentions", "int"},
    {"d12", "edge", "weight", "double"},
    {"d13", "edge", "rules", "string"},
    {"d14", "edge", "evidence", "string"},
    {"d15", "edge", "documents", "string"},
    {"d16", "node", "code", "string"},
    {"d17", "node", "official_name", "string"},
    {"d18", "node", "candidates", "int"},
    {"d19", "edge", "source", "string"},
    {"d20", "node", "pinyin", "string"},
    {"d21", "node", "degree", "int"},
    {"d22", "node", "betweenness", "double"},
    {"d23", "node", "component", "int"},
    {"d24", "node", "color", "string"},
    {"d25", "node", "r", "int"},
    {"d26", "node", "g", "int"},
    {"d27", "node", "b", "int"},
    {"d28", "node", "size", "double"},
    {"d29", "node", "rules", "string"},
    {"d30", "graph", "betweenness", "string"},
};

void append_escaped(std::string& out, const std::string& s) {
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 && c != '\t' && c != '\n' && c != '\r') continue;
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
}

// Appended to one string, not streamed: a corpus graph is tens of megabytes of these lines.
void data(std::string& out, const char* key, const std::string& value, const char* indent = "      ") {
  if (value.empty()) return;  // a missing value is left out, never written empty
  out.append(indent).append("<data key=\"").append(key).append("\">");
  append_escaped(out, value);
  out.append("</data>\n");
}

void append_node(std::string& out, const graph::Node& n) {
  out.append("    <node id=\"").append(n.id).append("\">\n");
  data(out, "d0", n.label);
  data(out, "d1", n.type);
  data(out, "d2", n.level);
  data(out, "d3", std::to_string(n.mentions));
  data(out, "d4", join_values(n.aliases));
  data(out, "d5", join_values(n.documents));
  data(out, "d29", join_values(n.rules));
  data(out, "d16", n.code);
  data(out, "d17", n.official_name);
  if (n.candidates) data(out, "d18", std::to_string(*n.candidates));
  data(out, "d20", n.pinyin);
  data(out, "d21", std::to_string(n.degree));
  data(out, "d22", format_number(n.betweenness));
  data(out, "d23", std::to_string(n.component));
  data(out, "d24", n.color);
  if (!n.color.empty()) {
    data(out, "d25", std::to_string(graph::colour_channel(n.color, 0)));
    data(out, "d26", std::to_string(graph::colour_channel(n.color, 1)));
    data(out, "d27", std::to_string(graph::colour_channel(n.color, 2)));
  }
  data(out, "d28", format_number(n.size));
  out.append("    </node>\n");
}

void append_edge(std::string& out, const graph::Graph& g, boost::graph_traits<graph::Graph>::edge_descriptor e) {
  const graph::Edge& d = g[e];
  out.append("    <edge id=\"").append(d.id).append("\" source=\"").append(g[boost::source(e, g)].id);
  out.append("\" target=\"").append(g[boost::target(e, g)].id).append("\">\n");
  data(out, "d6", d.relation);
  data(out, "d7", graph::caption(d));
  if (d.amount_yuan) data(out, "d8", format_number(*d.amount_yuan));
  if (d.amount_yuan) data(out, "d9", d.approximate ? "true" : "false");
  if (d.year) data(out, "d10", std::to_string(*d.year));
  data(out, "d11", std::to_string(d.mentions));
  data(out, "d12", std::to_string(d.mentions));
  data(out, "d13", join_values(d.rules));
  data(out, "d14", d.evidence);
  data(out, "d15", join_values(d.documents));
  data(out, "d19", d.source);
  out.append("    </edge>\n");
}

}  // namespace

std::string join_values(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : " | ") + s;
  return out;
}

std::string format_number(double value) {
  if (!std::isfinite(value)) return "";
  char buffer[64];
  // Fixed notation, shortest round trip: 10000000, not 1e+07 (readers show the text as is).
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
  return std::string(buffer, result.ptr);
}

std::string xml_escape(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  append_escaped(out, s);
  return out;
}

std::string to_graphml(const graph::Graph& g) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
      "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
      "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const auto& k : kKeys)
    out.append("  <key id=\"")
        .append(k.id)
        .append("\" for=\"")
        .append(k.domain)
        .append("\" attr.name=\"")
        .append(k.name)
        .append("\" attr.type=\"")
        .append(k.type)
        .append("\"/>\n");
  out.append("  <graph id=\"G\" edgedefault=\"directed\">\n");
  data(out, "d30", g[boost::graph_bundle].betweenness, "    ");
  for (auto v : boost::make_iterator_range(boost::vertices(g))) append_node(out, g[v]);
  for (auto e : boost::make_iterator_range(boost::edges(g))) append_edge(out, g, e);
  out.append("  </graph>\n</graphml>\n");
  return out;
}

}  // namespace kg::exports
