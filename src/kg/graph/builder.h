// The facts of any number of documents, gathered before the graph is built, and mergeable.
//
//   kg::graph::GraphBuilder builder;
//   builder.add(extraction);                 // any number of documents
//   builder.merge(other_builder);            // the facts of another shard
//   kg::graph::Graph g = builder.build();    // sorted, so the same facts give the same graph
//
// A fact is (source, relation, target), and for funds also the amount and year: the same fact
// stated twice is one edge with two mentions; the same target funded with two amounts is two.
// Places linked to one official division are one node across documents, whatever the spelling.
//
// Nothing here depends on the order documents or shards arrive in: every choice among what
// documents say (a linked place's label, a node's level, an edge's evidence sentence) is made
// from all of it when the graph is built, so add and merge are associative and commutative and
// shards extracted anywhere merge into the graph one run over all of them would give.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>

#include "kg/extract/pipeline.h"
#include "kg/graph/knowledge_graph.h"

namespace kg::graph {

// A linked place is keyed by its division code alone (its label decided at build time); any
// other entity by type and label.
struct NodeKey {
  std::string type;
  std::string label;  // empty for a linked place
  std::string code;
  friend auto operator<=>(const NodeKey&, const NodeKey&) = default;
};

// Counts per value: the value most documents give wins, whatever order they came in.
using Tally = std::map<std::string, std::size_t>;

struct NodeFacts {
  std::string official_name;
  std::optional<std::size_t> candidates;
  std::size_t mentions = 0;
  Tally labels;          // linked places: each label, with its mentions
  Tally linked_levels;   // levels the division list gave
  Tally mention_levels;  // levels the rules gave
  std::set<std::string> surfaces;
  std::set<std::string> rules;
  std::set<std::string> documents;
  void merge(const NodeFacts& other);
};

struct FactKey {
  NodeKey source;
  std::string relation;
  NodeKey target;
  std::optional<double> amount;
  std::optional<int> year;
  friend auto operator<=>(const FactKey&, const FactKey&) = default;
};

// Where a fact is first stated: the earliest sentence of the first document by id.
struct Evidence {
  std::string document;
  std::size_t offset = 0;
  std::string sentence;
  friend auto operator<=>(const Evidence&, const Evidence&) = default;
};

struct FactData {
  bool approximate = false;
  std::size_t mentions = 0;      // in sentences
  std::set<std::string> listed;  // documents whose division list gave it
  std::set<std::string> rules;
  std::optional<Evidence> evidence;
  std::set<std::string> documents;
  void merge(const FactData& other);
};

class GraphBuilder {
 public:
  void add(const extract::Extraction& extraction);
  void merge(const GraphBuilder& other);
  void add_node(const NodeKey& key, const NodeFacts& facts);
  void add_fact(const FactKey& key, const FactData& data);
  Graph build(std::size_t jobs = 1) const;  // jobs: threads for the graph-wide measures

  const std::map<NodeKey, NodeFacts>& nodes() const { return nodes_; }
  const std::map<FactKey, FactData>& facts() const { return facts_; }
  std::size_t documents() const { return documents_; }
  void count_documents(std::size_t n) { documents_ += n; }

 private:
  std::map<NodeKey, NodeFacts> nodes_;
  std::map<FactKey, FactData> facts_;
  std::size_t documents_ = 0;
};

}  // namespace kg::graph
