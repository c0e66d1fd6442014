#include "kg/export/writer.h"

#include <filesystem>

#include "kg/error.h"
#include "kg/export/atomic_file.h"
#include "kg/export/dot.h"
#include "kg/export/ftm.h"
#include "kg/export/gexf.h"
#include "kg/export/graphml.h"
#include "kg/export/html.h"
#include "kg/export/partial_graph.h"

namespace kg::exports {

namespace {

std::string extension_of(const std::string& path) {
  return std::filesystem::path(path).extension().string();
}

bool is_rendered(const std::string& ext) {
  return ext == ".svg" || ext == ".png" || ext == ".pdf";
}

bool is_graph_format(const std::string& path) {
  const std::string ext = extension_of(path);
  return ext == ".graphml" || ext == ".gexf" || ext == ".dot" || is_rendered(ext) || is_followthemoney(path) ||
         is_html(path);
}

// The bytes of the graph in the format `path` asks for.
std::string contents(const graph::Graph& g, const std::string& path, const PageOptions& page) {
  const std::string ext = extension_of(path);
  if (is_html(path)) return to_html(g, page.libraries, page.title, path);
  if (is_followthemoney(path)) return to_followthemoney(g);
  if (ext == ".graphml") return to_graphml(g);
  if (ext == ".gexf") return to_gexf(g);
  if (ext == ".dot") return to_dot(g);
  return render(g, ext.substr(1), path);
}

}  // namespace

bool is_mention_log(const std::string& path) {
  return extension_of(path) == ".jsonl";
}

void check_output_path(const std::string& path) {
  if (!is_graph_format(path) && !is_mention_log(path) && !is_partial_graph(path))
    throw Error(path, 0,
                "unknown output format '" + extension_of(path) +
                    "' (use .graphml, .gexf, .dot, .svg, .png, .pdf, .html, .ftm.json for FollowTheMoney, .jsonl for "
                    "mentions or .kgf for a partial graph)");
}

void write_graph(const graph::Graph& g, const std::string& path, const PageOptions& page) {
  check_output_path(path);
  if (is_mention_log(path)) throw Error(path, 0, "a .jsonl output holds mentions, not a graph");
  if (is_partial_graph(path)) throw Error(path, 0, "a .kgf output holds facts before the graph is built, not a graph");
  write_text_atomically(path, contents(g, path, page));
}

}  // namespace kg::exports
