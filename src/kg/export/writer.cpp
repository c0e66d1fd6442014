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

}  // namespace

bool is_mention_log(const std::string& path) {
  return extension_of(path) == ".jsonl";
}

void check_output_path(const std::string& path) {
  const std::string ext = extension_of(path);
  if (ext != ".graphml" && ext != ".gexf" && ext != ".dot" && !is_rendered(ext) && !is_mention_log(path) &&
      !is_partial_graph(path) && !is_followthemoney(path) && !is_html(path))
    throw Error(path, 0,
                "unknown output format '" + ext +
                    "' (use .graphml, .gexf, .dot, .svg, .png, .pdf, .html, .ftm.json for FollowTheMoney, .jsonl for mentions "
                    "or .kgf for a partial graph)");
}

void write_graph(const graph::Graph& g, const std::string& path, const PageOptions& page) {
  check_output_path(path);
  if (is_mention_log(path)) throw Error(path, 0, "a .jsonl output holds mentions, not a graph");
  if (is_partial_graph(path)) throw Error(path, 0, "a .kgf output holds facts before the graph is built, not a graph");
  const std::string ext = extension_of(path);
  if (is_html(path)) {
    write_text_atomically(path, to_html(g, page.libraries, page.title, path));
  } else if (is_followthemoney(path)) {
    write_text_atomically(path, to_followthemoney(g));
  } else if (ext == ".graphml") {
    write_text_atomically(path, to_graphml(g));
  } else if (ext == ".gexf") {
    write_text_atomically(path, to_gexf(g));
  } else if (ext == ".dot") {
    write_text_atomically(path, to_dot(g));
  } else {
    write_text_atomically(path, render(g, ext.substr(1), path));
  }
}

}  // namespace kg::exports
