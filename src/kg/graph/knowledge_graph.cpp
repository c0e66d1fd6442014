#include "kg/graph/knowledge_graph.h"

#include <cstdint>
#include <cstdio>
#include <map>

#include "kg/rules/rule_set.h"

namespace kg::graph {

namespace {

std::uint64_t fnv1a(const std::string& s) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

std::string prefix_of(const std::string& type) {
  if (type == rules::kOrganisation) return "org_";
  if (type == rules::kPlace) return "plc_";
  if (type == rules::kProgram) return "prg_";
  return "ent_";
}

}  // namespace

std::string node_id(const std::string& type, const std::string& label, const std::string& code) {
  if (!code.empty()) return prefix_of(type) + code;
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(fnv1a(type + '\x1f' + label)));
  return prefix_of(type) + hex;
}

}  // namespace kg::graph

namespace kg::graph {

std::string relation_caption(const std::string& relation) {
  static const std::map<std::string, std::string> kChinese = {
      {"funds", "资助"},       {"serves", "服务"},          {"organises", "组织"},       {"issues", "发布"},
      {"establishes", "设立"}, {"participates_in", "参与"}, {"cooperates_with", "合作"}, {"supervises", "监督"},
      {"visits", "走访"},      {"part_of", "隶属"},         {"located_in", "位于"}};
  const auto it = kChinese.find(relation);
  return it == kChinese.end() ? relation : it->second;
}

std::string caption(const Edge& e) {
  std::string out = relation_caption(e.relation);
  if (e.amount_yuan) {
    // As the papers write it: 1907万元, and from a hundred million on 17.08亿元; four figures
    // (the amount itself is in amount_yuan).
    const bool yi = *e.amount_yuan >= 1e8;
    const double value = *e.amount_yuan / (yi ? 1e8 : 1e4);
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, value >= 1000 ? "%.0f" : "%.4g", value);
    out.append(" ").append(buffer).append(e.approximate ? "余" : "").append(yi ? "亿元" : "万元");
  }
  if (e.year) out.append(" ").append(std::to_string(*e.year)).append("年");
  if (!e.years.empty()) {
    out.append(" ").append(std::to_string(e.years.front()));
    if (e.years.back() != e.years.front()) out.append("–").append(std::to_string(e.years.back()));
    out.append("年");
  }
  return out;
}

}  // namespace kg::graph
