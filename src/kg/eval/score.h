// A graph measured against gold, the way the shared scorer measures a GraphML file: node and
// edge judgements (true, false, duplicate, optional, missed) with the same matching, and for
// every rule its true and false hits, so that whoever writes rules sees which one misfires.
//
//   kg::eval::Score s = kg::eval::score_graph(gold, graph);
//   s.by_type["organisation"].tp, s.rules["org.suffix.bureau"].false_hits, s.judgements
#pragma once

#include <map>
#include <string>
#include <vector>

#include "kg/eval/gold.h"
#include "kg/graph/knowledge_graph.h"

namespace kg::eval {

// The types and relations measured, in the order reports list them.
const std::vector<std::string>& entity_types();
const std::vector<std::string>& relation_names();

struct Counts {
  std::size_t tp = 0, fp = 0, fn = 0;
  double precision() const;
  double recall() const;
  double f1() const;
  Counts& operator+=(const Counts& o);
};

struct RuleHits {
  std::size_t true_hits = 0;
  std::size_t false_hits = 0;
};

// One miss or false hit, for reading: "false node organisation: 汽车修理厂 (not in gold)".
struct Judgement {
  std::string document;
  std::string line;
  std::string evidence;  // the sentence that stated a false edge
};

struct Score {
  std::map<std::string, Counts> by_type;      // organisation, place, program
  std::map<std::string, Counts> by_relation;  // the eleven relations
  std::size_t amounts_checked = 0, amounts_right = 0, years_checked = 0, years_right = 0;
  std::map<std::string, RuleHits> rules;
  std::vector<Judgement> judgements;

  Counts entities() const;
  Counts relations(bool with_located_in = true) const;
  Score& operator+=(const Score& o);
};

Score score_graph(const Gold& gold, const graph::Graph& g, const std::string& document = "");

}  // namespace kg::eval
