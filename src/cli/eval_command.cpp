#include "eval_command.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>

#include "resources.h"
#include "kg/graph/builder.h"
#include "kg/document/document.h"
#include "kg/error.h"
#include "kg/eval/score.h"
#include "kg/rules/rule_set.h"
#include "rules_location.h"

namespace kg::cli {

namespace {

namespace fs = std::filesystem;

// One row as the shared scorer prints it: name, tp, fp, fn, P, R, F1.
void print_row(const std::string& name, const eval::Counts& c, std::ostream& out) {
  if (c.tp + c.fp + c.fn == 0) return;
  char line[160];
  std::snprintf(line, sizeof line, "%-18s %4zu %4zu %4zu  %5.2f %5.2f %5.2f\n", name.c_str(), c.tp, c.fp, c.fn,
                c.precision(), c.recall(), c.f1());
  out << line;
}

void print_totals(const eval::Score& s, std::ostream& out) {
  char header[80];
  std::snprintf(header, sizeof header, "%-18s %4s %4s %4s  %5s %5s %5s\n", "", "tp", "fp", "fn", "P", "R", "F1");
  out << header;
  for (const auto& type : eval::entity_types()) print_row(type, s.by_type.at(type), out);
  print_row("ENTITIES", s.entities(), out);
  for (const auto& relation : eval::relation_names()) print_row(relation, s.by_relation.at(relation), out);
  print_row("RELATIONS", s.relations(), out);
  print_row("w/o located_in", s.relations(false), out);
  out << "funds amounts right " << s.amounts_right << "/" << s.amounts_checked << "; years right " << s.years_right
      << "/" << s.years_checked << "\n";
  const auto e = s.entities(), r = s.relations();
  char summary[160];
  std::snprintf(summary, sizeof summary, "entities P=%.2f R=%.2f F1=%.2f; relations P=%.2f R=%.2f F1=%.2f\n",
                e.precision(), e.recall(), e.f1(), r.precision(), r.recall(), r.f1());
  out << summary;
}

// A rule id padded to `width` terminal columns: a Han character takes two.
std::string padded(const std::string& text, std::size_t width) {
  std::size_t columns = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c & 0xC0) == 0x80) continue;
    columns += c < 0x80 ? 1 : 2;
  }
  return text + std::string(width > columns ? width - columns : 1, ' ');
}

// Rules by false hits, most first: the ones to look at.
void print_rules(const eval::Score& s, std::ostream& out) {
  std::vector<std::pair<std::string, eval::RuleHits>> rows(s.rules.begin(), s.rules.end());
  std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
    return a.second.false_hits != b.second.false_hits ? a.second.false_hits > b.second.false_hits
                                                      : a.second.true_hits > b.second.true_hits;
  });
  out << "\n" << padded("rule", 40) << "true false  precision\n";
  for (const auto& [rule, h] : rows) {
    char line[200];
    std::snprintf(line, sizeof line, "%4zu %5zu  %9.2f\n", h.true_hits, h.false_hits,
                  double(h.true_hits) / double(std::max<std::size_t>(1, h.true_hits + h.false_hits)));
    out << padded(rule, 40) << line;
  }
}

void print_misses(const eval::Score& s, std::ostream& out) {
  std::string document;
  for (const auto& j : s.judgements) {
    if (j.document != document) out << (document.empty() ? "" : "\n") << j.document << "\n";
    document = j.document;
    out << "  " << j.line << "\n";
    if (!j.evidence.empty()) out << "      " << j.evidence << "\n";
  }
  if (!s.judgements.empty()) out << "\n";
}

}  // namespace

int run_eval(const ExtractOptions& options, const std::string& argv0) {
  if (!fs::is_directory(options.gold_dir)) throw Error(options.gold_dir, 0, "not a directory of gold files");
  const ExtractionResources resources(options, argv0);
  const extract::Extractor& extractor = resources.extractor();
  eval::Score total;
  std::size_t measured = 0;
  for (const auto& path : document::expand_inputs(options.inputs)) {
    const document::Document doc = document::read_document(path, read_options(options));
    const fs::path gold_file = fs::path(options.gold_dir) / (doc.id + ".json");
    if (!fs::exists(gold_file)) continue;
    graph::GraphBuilder builder;
    builder.add(extractor.run(doc));
    total += eval::score_graph(eval::read_gold(gold_file.string()), builder.build(), doc.id);
    ++measured;
  }
  if (measured == 0) throw Error(options.gold_dir, 0, "no input document has a gold file here (NAME.json for NAME.txt)");
  if (options.misses) print_misses(total, std::cout);
  std::cout << measured << (measured == 1 ? " document" : " documents") << " measured against " << options.gold_dir
            << "\n";
  print_totals(total, std::cout);
  print_rules(total, std::cout);
  return 0;
}

}  // namespace kg::cli
