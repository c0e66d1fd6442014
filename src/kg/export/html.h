// The graph as one self-contained web page (-o graph.html): drawn with sigma.js on graphology,
// both inlined, so the page opens from disk with no network. Positions are computed here with
// Graphviz's sfdp; search (label or pinyin), filters by type, relation, year and mentions, a panel
// with a node's or an edge's attributes, evidence and documents, and an ego view on double-click
// run in the page (web/page.html).
//
// Above kMostDrawn nodes, the page draws those of highest degree and keeps the rest in its search:
// a browser stays fluid with a few thousand nodes on screen, not with forty thousand.
#pragma once

#include <cstddef>
#include <string>

#include "kg/graph/knowledge_graph.h"

namespace kg::exports {

inline constexpr std::size_t kMostDrawn = 5000;

bool is_html(const std::string& path);  // .html or .htm

// `libraries` is the folder holding sigma.min.js and graphology.umd.min.js (scripts/fetch-web.sh
// puts them in out/web/); `path` names the output in errors.
std::string to_html(const graph::Graph& g, const std::string& libraries, const std::string& title,
                    const std::string& path);

}  // namespace kg::exports
