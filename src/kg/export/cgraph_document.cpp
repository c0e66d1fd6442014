#include "kg/export/cgraph_document.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <mutex>
#include <vector>

#include "kg/error.h"

namespace kg::exports {

namespace {

std::mutex& graphviz_lock() {
  static std::mutex m;
  return m;
}

// cgraph takes char*; it copies what it stores, so a temporary buffer is enough.
struct CString {
  explicit CString(const std::string& s) : buffer(s.begin(), s.end()) { buffer.push_back('\0'); }
  char* get() { return buffer.data(); }
  std::vector<char> buffer;
};

// In plain labels backslash starts an escape (\N, \n): data must not.
std::string escape_label(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '\\') out += '\\';
    out += c;
  }
  return out;
}

}  // namespace

struct CgraphDocument::Impl {
  GVC_t* gvc = nullptr;
  Agraph_t* graph = nullptr;
  std::map<std::string, Agnode_t*> nodes;
  std::map<std::string, Agraph_t*> clusters;
};

CgraphDocument::CgraphDocument(const std::string& name) : impl_(std::make_unique<Impl>()) {
  std::lock_guard lock(graphviz_lock());
  impl_->gvc = gvContext();  // before agopen: it registers the plugins and their attributes
  CString n(name);
  impl_->graph = agopen(n.get(), Agdirected, nullptr);
  if (impl_->graph == nullptr) throw Error("", 0, "graphviz: cannot create graph");
}

CgraphDocument::~CgraphDocument() {
  std::lock_guard lock(graphviz_lock());
  if (impl_->graph) agclose(impl_->graph);
  if (impl_->gvc) gvFreeContext(impl_->gvc);
}

void CgraphDocument::set_default(const std::string& kind, const std::string& name, const std::string& value) {
  std::lock_guard lock(graphviz_lock());
  const int k = kind == "graph" ? AGRAPH : kind == "node" ? AGNODE : AGEDGE;
  CString n(name), v(value);
  agattr(impl_->graph, k, n.get(), v.get());
}

void CgraphDocument::add_node(const std::string& id, const std::string& label) {
  std::lock_guard lock(graphviz_lock());
  CString n(id), key("label"), value(escape_label(label)), empty("");
  Agnode_t* node = agnode(impl_->graph, n.get(), 1);
  agsafeset(node, key.get(), value.get(), empty.get());
  impl_->nodes[id] = node;
}

void CgraphDocument::set_node(const std::string& id, const std::string& name, const std::string& value) {
  std::lock_guard lock(graphviz_lock());
  CString n(name), v(value), empty("");
  agsafeset(impl_->nodes.at(id), n.get(), v.get(), empty.get());
}

void CgraphDocument::add_edge(const std::string& from, const std::string& to, const std::string& key,
                              const std::map<std::string, std::string>& attributes) {
  std::lock_guard lock(graphviz_lock());
  CString k(key);
  Agedge_t* edge = agedge(impl_->graph, impl_->nodes.at(from), impl_->nodes.at(to), k.get(), 1);
  for (const auto& [name, value] : attributes) {
    CString n(name), v(name == "label" ? escape_label(value) : value), empty("");
    agsafeset(edge, n.get(), v.get(), empty.get());
  }
}

void CgraphDocument::add_cluster(const std::string& id, const std::string& parent,
                                 const std::map<std::string, std::string>& attributes) {
  std::lock_guard lock(graphviz_lock());
  Agraph_t* outer = parent.empty() ? impl_->graph : impl_->clusters.at(parent);
  CString name("cluster_" + id);  // dot draws only subgraphs named cluster* as boxes
  Agraph_t* cluster = agsubg(outer, name.get(), 1);
  for (const auto& [key, value] : attributes) {
    CString k(key), v(key == "label" ? escape_label(value) : value), empty("");
    agsafeset(cluster, k.get(), v.get(), empty.get());
  }
  impl_->clusters[id] = cluster;
}

void CgraphDocument::place_in_cluster(const std::string& node, const std::string& cluster) {
  std::lock_guard lock(graphviz_lock());
  agsubnode(impl_->clusters.at(cluster), impl_->nodes.at(node), 1);
}

std::string CgraphDocument::to_dot() const {
  std::lock_guard lock(graphviz_lock());
  char* buffer = nullptr;
  std::size_t size = 0;
  FILE* stream = open_memstream(&buffer, &size);
  if (stream == nullptr) throw Error("", 0, "out of memory writing DOT");
  agwrite(impl_->graph, stream);
  std::fclose(stream);
  std::string out(buffer, size);
  std::free(buffer);
  return out;
}

namespace {

// Lays the graph out, hands it to `use`, and frees the layout whatever `use` does; the lock is
// held throughout, graphviz being one process-wide state.
template <typename Use>
auto with_layout(GVC_t* gvc, Agraph_t* graph, const std::string& engine, const std::string& path, Use&& use) {
  std::lock_guard lock(graphviz_lock());
  if (gvLayout(gvc, graph, engine.c_str()) != 0)
    throw Error(path, 0,
                "graphviz: layout engine '" + engine + "' failed (is graphviz's plugin config installed? run dot -c)");
  struct Free {
    GVC_t* gvc;
    Agraph_t* graph;
    ~Free() { gvFreeLayout(gvc, graph); }
  } free_layout{gvc, graph};
  return use();
}

}  // namespace

std::string CgraphDocument::render(const std::string& engine, const std::string& format,
                                  const std::string& path) const {
  return with_layout(impl_->gvc, impl_->graph, engine, path, [&] {
    // To memory, not to a file: graphviz ends the process on a failed write (a full disk) and
    // would leave a partial file; the caller writes the bytes atomically instead.
    char* data = nullptr;
    unsigned int length = 0;
    const int rc = gvRenderData(impl_->gvc, impl_->graph, format.c_str(), &data, &length);
    std::string bytes = rc == 0 && data ? std::string(data, length) : std::string();
    gvFreeRenderData(data);
    if (rc != 0) throw Error(path, 0, "graphviz: cannot render format '" + format + "'");
    return bytes;
  });
}

std::map<std::string, std::pair<double, double>> CgraphDocument::layout(const std::string& engine,
                                                                       const std::string& path) const {
  return with_layout(impl_->gvc, impl_->graph, engine, path, [&] {
    std::map<std::string, std::pair<double, double>> out;
    for (const auto& [id, node] : impl_->nodes) out[id] = {ND_coord(node).x, ND_coord(node).y};
    return out;
  });
}

}  // namespace kg::exports
