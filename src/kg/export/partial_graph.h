// The partial graph file (.kgf): the facts of one shard of a corpus, before the graph is built,
// so that shards extracted on other cores or machines merge into the graph one run would give.
// Format and reasons: docs/scale.md.
//
//   {"format":"kgbuild partial graph","version":1,"documents":2}
//   {"node":{"type":"place","label":"","code":"540102000000"},"labels":{"城关区":3},…}
//   {"fact":{"source":{…},"relation":"funds","target":{…},"amount":1000000.0,"year":2024},…}
//
// Lines are in key order and sets sorted, so the same facts always give the same bytes.
#pragma once

#include <string>

#include "kg/graph/builder.h"

namespace kg::exports {

inline constexpr int kPartialGraphVersion = 1;

bool is_partial_graph(const std::string& path);  // by its extension, .kgf

std::string to_partial_graph(const graph::GraphBuilder& facts);

// Adds the facts of the file at `path` ("-": standard input) to `into`; partial graphs written
// one after another into one stream (cat a.kgf b.kgf) are read as several. An unreadable or
// malformed file throws kg::Error naming the file and line, and adds nothing.
void read_partial_graph(const std::string& path, graph::GraphBuilder& into);

}  // namespace kg::exports
