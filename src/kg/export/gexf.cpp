#include "kg/export/gexf.h"

#include <cmath>
#include <numbers>
#include <sstream>

#include "kg/export/graphml.h"
#include "kg/graph/metrics.h"

namespace kg::exports {

namespace {

struct Column {
  const char* title;
  const char* type;  // GEXF: string, integer, double
};

// Attribute ids are the column's position: short, and never a name a reader reserves.
constexpr Column kNodeColumns[] = {{"type", "string"},          {"level", "string"},    {"code", "string"},
                                   {"official_name", "string"}, {"pinyin", "string"},   {"aliases", "string"},
                                   {"mentions", "integer"},     {"degree", "integer"},  {"betweenness", "double"},
                                   {"component", "integer"},    {"documents", "string"},
                                   {"rules", "string"}};
constexpr Column kEdgeColumns[] = {{"relation", "string"},  {"amount_yuan", "double"}, {"year", "integer"},
                                   {"mentions", "integer"}, {"source", "string"},      {"evidence", "string"},
                                   {"documents", "string"},   {"rules", "string"}};

template <std::size_t N>
void declare(std::ostringstream& out, const char* kind, const Column (&columns)[N]) {
  out << "    <attributes class=\"" << kind << "\" mode=\"static\">\n";
  for (std::size_t i = 0; i < N; ++i)
    out << "      <attribute id=\"" << i << "\" title=\"" << columns[i].title << "\" type=\"" << columns[i].type
        << "\"/>\n";
  out << "    </attributes>\n";
}

// Values in column order; an empty value is left out, never written empty.
void attvalues(std::ostringstream& out, const std::vector<std::string>& values) {
  out << "        <attvalues>\n";
  for (std::size_t i = 0; i < values.size(); ++i)
    if (!values[i].empty())
      out << "          <attvalue for=\"" << i << "\" value=\"" << xml_escape(values[i]) << "\"/>\n";
  out << "        </attvalues>\n";
}

}  // namespace

std::string to_gexf(const graph::Graph& g) {
  std::ostringstream out;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\"http://www.gexf.net/1.2draft\" xmlns:viz=\"http://www.gexf.net/1.2draft/viz\" "
         "version=\"1.2\">\n"
         "  <meta>\n    <creator>kgbuild</creator>\n"
         "    <description>organisations, places and programs and the relations between them</description>\n"
         "  </meta>\n"
         "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"integer\">\n";
  declare(out, "node", kNodeColumns);
  declare(out, "edge", kEdgeColumns);
  out << "    <nodes>\n";
  // A circle in vertex order: every node placed, none at the origin, the same each run; a
  // force layout in Gephi starts from here.
  const double count = static_cast<double>(boost::num_vertices(g));
  const double radius = 50.0 * std::sqrt(std::max(count, 1.0));
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    const graph::Node& n = g[v];
    const double angle = 2 * std::numbers::pi * static_cast<double>(v) / std::max(count, 1.0);
    out << "      <node id=\"" << n.id << "\" label=\"" << xml_escape(n.label) << "\">\n";
    attvalues(out, {n.type, n.level, n.code, n.official_name, n.pinyin, join_values(n.aliases),
                    std::to_string(n.mentions), std::to_string(n.degree), format_number(n.betweenness),
                    std::to_string(n.component), join_values(n.documents), join_values(n.rules)});
    out << "        <viz:color r=\"" << graph::colour_channel(n.color, 0) << "\" g=\""
        << graph::colour_channel(n.color, 1) << "\" b=\"" << graph::colour_channel(n.color, 2) << "\"/>\n"
        << "        <viz:size value=\"" << format_number(n.size) << "\"/>\n"
        << "        <viz:position x=\"" << format_number(std::round(radius * std::cos(angle) * 100) / 100) << "\" y=\""
        << format_number(std::round(radius * std::sin(angle) * 100) / 100) << "\" z=\"0\"/>\n"
        << "      </node>\n";
  }
  out << "    </nodes>\n    <edges>\n";
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const graph::Edge& d = g[e];
    out << "      <edge id=\"" << d.id << "\" source=\"" << g[boost::source(e, g)].id << "\" target=\""
        << g[boost::target(e, g)].id << "\" kind=\"" << d.relation << "\" label=\"" << xml_escape(graph::caption(d))
        << "\" weight=\"" << std::max<std::size_t>(d.mentions, 1) << "\"";
    if (d.year) out << " start=\"" << *d.year << "\" end=\"" << *d.year << "\"";
    out << ">\n";
    attvalues(out,
              {d.relation, d.amount_yuan ? format_number(*d.amount_yuan) : "", d.year ? std::to_string(*d.year) : "",
               std::to_string(d.mentions), d.source, d.evidence, join_values(d.documents), join_values(d.rules)});
    out << "      </edge>\n";
  }
  out << "    </edges>\n  </graph>\n</gexf>\n";
  return out.str();
}

}  // namespace kg::exports
