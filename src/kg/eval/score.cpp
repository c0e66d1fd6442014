#include "kg/eval/score.h"

#include <boost/range/iterator_range.hpp>

#include <cmath>
#include <optional>

#include "kg/rules/rule_set.h"

namespace kg::eval {

const std::vector<std::string>& entity_types() {
  static const std::vector<std::string> types = {rules::kOrganisation, rules::kPlace, rules::kProgram};
  return types;
}

const std::vector<std::string>& relation_names() {
  static const std::vector<std::string> relations = {
      "funds",           "serves",     "organises", "issues",  "establishes", "participates_in",
      "cooperates_with", "supervises", "visits",    "part_of", "located_in"};
  return relations;
}

namespace {

const std::vector<std::string>& kTypes = entity_types();
const std::vector<std::string>& kRelations = relation_names();

bool listed(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

std::vector<std::string> names_of(const graph::Node& n) {
  std::vector<std::string> names = {n.label};
  names.insert(names.end(), n.aliases.begin(), n.aliases.end());
  return names;
}

void credit(Score& s, const std::vector<std::string>& rule_ids, bool right) {
  for (const auto& r : rule_ids) ++(right ? s.rules[r].true_hits : s.rules[r].false_hits);
}

class Scorer {
 public:
  Scorer(const Gold& gold, const graph::Graph& g, std::string document)
      : gold_(gold), g_(g), document_(std::move(document)) {
    for (const auto& t : kTypes) s_.by_type[t];
    for (const auto& r : kRelations) s_.by_relation[r];
  }
  Score run() {
    for (auto v : boost::make_iterator_range(boost::vertices(g_))) judge_node(g_[v]);
    for (std::size_t i = 0; i < gold_.entities.size(); ++i)
      if (gold_.entities[i].required && !found_.count(i)) {
        ++s_.by_type[gold_.entities[i].type].fn;
        note("missed node " + gold_.entities[i].type + ": " + gold_.entities[i].name);
      }
    for (auto e : boost::make_iterator_range(boost::edges(g_))) judge_edge(g_[e], g_[boost::source(e, g_)], g_[boost::target(e, g_)]);
    for (std::size_t j = 0; j < gold_.relations.size(); ++j)
      if (gold_.relations[j].required && !used_.count(j)) {
        const GoldRelation& r = gold_.relations[j];
        ++s_.by_relation[r.relations.front()].fn;
        note("missed edge: " + r.sources.front() + " -" + r.relations.front() + "-> " + r.targets.front());
      }
    return s_;
  }

 private:
  void note(std::string line, std::string evidence = "") {
    s_.judgements.push_back({document_, std::move(line), std::move(evidence)});
  }

  void judge_node(const graph::Node& n) {
    if (!listed(kTypes, n.type)) return;
    std::vector<std::size_t> typed, required;
    const auto hits = gold_.entities_named(names_of(n));
    for (std::size_t i : hits)
      if (gold_.entities[i].has_type(n.type)) typed.push_back(i);
    for (std::size_t i : typed)
      if (gold_.entities[i].required) required.push_back(i);
    if (!required.empty()) {
      for (std::size_t i : required)
        if (found_.insert(i).second) {
          ++s_.by_type[n.type].tp;
          credit(s_, n.rules, true);
          return;
        }
      ++s_.by_type[n.type].fp;
      credit(s_, n.rules, false);
      note("duplicate node " + n.type + ": " + n.label);
      return;
    }
    if (!typed.empty()) return;  // an optional gold entity
    ++s_.by_type[n.type].fp;
    credit(s_, n.rules, false);
    note("false node " + n.type + ": " + n.label + (hits.empty() ? " (not in gold)" : " (wrong type)"));
  }

  struct Match {
    std::optional<std::size_t> required;
    bool optional = false, duplicate = false, amount_wrong = false;
  };

  Match match_edge(const graph::Edge& e, const std::vector<std::string>& src, const std::vector<std::string>& dst) {
    Match m;
    for (std::size_t j = 0; j < gold_.relations.size(); ++j) {
      const GoldRelation& r = gold_.relations[j];
      if (!listed(r.relations, e.relation)) continue;
      const bool forward = gold_.names_match(src, r.sources) && gold_.names_match(dst, r.targets);
      const bool backward = e.relation == "cooperates_with" && gold_.names_match(dst, r.sources) &&
                            gold_.names_match(src, r.targets);
      if (!forward && !backward) continue;
      if (r.amount_yuan && e.relation == "funds") {
        const double got = e.amount_yuan ? *e.amount_yuan : std::nan("");
        if (!(std::abs(got - *r.amount_yuan) <= 0.005 * *r.amount_yuan)) {
          m.amount_wrong = true;
          continue;
        }
      }
      if (!r.required) {
        m.optional = true;
      } else if (used_.count(j)) {
        m.duplicate = true;
      } else {
        m.required = j;
        break;
      }
    }
    return m;
  }

  void judge_edge(const graph::Edge& e, const graph::Node& source, const graph::Node& target) {
    if (!listed(kRelations, e.relation)) return;
    const Match m = match_edge(e, names_of(source), names_of(target));
    if (m.required) {
      used_.insert(*m.required);
      ++s_.by_relation[e.relation].tp;
      credit(s_, e.rules, true);
      const GoldRelation& r = gold_.relations[*m.required];
      if (e.relation == "funds" && r.amount_yuan) ++s_.amounts_checked, ++s_.amounts_right;
      if (r.year) ++s_.years_checked, s_.years_right += e.year == r.year;
      return;
    }
    if (m.optional) return;
    ++s_.by_relation[e.relation].fp;
    credit(s_, e.rules, false);
    if (m.amount_wrong && !m.duplicate) ++s_.amounts_checked;
    std::string why = m.duplicate ? " (duplicate)" : m.amount_wrong ? " (amount wrong)" : "";
    note("false edge: " + source.label + " -" + e.relation + "-> " + target.label + why, e.evidence);
  }

  const Gold& gold_;
  const graph::Graph& g_;
  std::string document_;
  Score s_;
  std::set<std::size_t> found_, used_;
};

}  // namespace

double Counts::precision() const {
  return tp + fp ? double(tp) / double(tp + fp) : 0.0;
}
double Counts::recall() const {
  return tp + fn ? double(tp) / double(tp + fn) : 0.0;
}
double Counts::f1() const {
  const double p = precision(), r = recall();
  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}
Counts& Counts::operator+=(const Counts& o) {
  tp += o.tp;
  fp += o.fp;
  fn += o.fn;
  return *this;
}

Counts Score::entities() const {
  Counts c;
  for (const auto& [type, counts] : by_type) c += counts;
  return c;
}

Counts Score::relations(bool with_located_in) const {
  Counts c;
  for (const auto& [relation, counts] : by_relation)
    if (with_located_in || relation != "located_in") c += counts;
  return c;
}

Score& Score::operator+=(const Score& o) {
  for (const auto& [k, c] : o.by_type) by_type[k] += c;
  for (const auto& [k, c] : o.by_relation) by_relation[k] += c;
  amounts_checked += o.amounts_checked;
  amounts_right += o.amounts_right;
  years_checked += o.years_checked;
  years_right += o.years_right;
  for (const auto& [rule, hits] : o.rules) {
    rules[rule].true_hits += hits.true_hits;
    rules[rule].false_hits += hits.false_hits;
  }
  judgements.insert(judgements.end(), o.judgements.begin(), o.judgements.end());
  return *this;
}

Score score_graph(const Gold& gold, const graph::Graph& g, const std::string& document) {
  return Scorer(gold, g, document).run();
}

}  // namespace kg::eval
