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

  std::string to_dot() const;
  // Lays out with `engine` and renders `format` (svg, png, …) to `path`; throws kg::Error.
  void render(const std::string& engine, const std::string& format, const std::string& path) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kg::exports
