// The only door to Graphviz: a cgraph graph with RAII, attribute helpers that take std::string,
// and in-process rendering with gvc. cgraph and gvc are not thread-safe, so every call here
// holds one process-wide lock.
#pragma once

#include <map>
#include <memory>
#include <string>

namespace kg::exports {

class CgraphDocument {
 public:
  explicit CgraphDocument(const std::string& name);
  ~CgraphDocument();
  CgraphDocument(const CgraphDocument&) = delete;
  CgraphDocument& operator=(const CgraphDocument&) = delete;

  // Declares a default for an attribute of the graph ("graph"), nodes ("node") or edges ("edge").
  void set_default(const std::string& kind, const std::string& name, const std::string& value);
  void add_node(const std::string& id, const std::string& label);
  void set_node(const std::string& id, const std::string& name, const std::string& value);
  // Edges are keyed by `key` so that parallel edges stay apart.
  void add_edge(const std::string& from, const std::string& to, const std::string& key,
                const std::map<std::string, std::string>& attributes);

  // A cluster, drawn as a box around its nodes, inside the cluster `parent` (empty: top level).
  void add_cluster(const std::string& id, const std::string& parent,
                   const std::map<std::string, std::string>& attributes);
  // Puts a node in a cluster, and so in every cluster around it.
  void place_in_cluster(const std::string& node, const std::string& cluster);

  std::string to_dot() const;
  // Lays out with `engine` and renders `format` (svg, png, …) to memory; throws kg::Error naming
  // `path`, the file the bytes are for.
  std::string render(const std::string& engine, const std::string& format, const std::string& path) const;
  // Lays out with `engine` and gives each node's position, in points.
  std::map<std::string, std::pair<double, double>> layout(const std::string& engine, const std::string& path) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kg::exports
