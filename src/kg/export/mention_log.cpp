#include "kg/export/mention_log.h"

#include <map>
#include <nlohmann/json.hpp>

namespace kg::exports {

namespace {

void line(std::string& out, const nlohmann::ordered_json& record) {
  out += record.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  out += '\n';
}

}  // namespace

std::string mention_log(const extract::Extraction& x) {
  std::map<std::string, const extract::PlaceLink*> links;
  for (const auto& p : x.places) links[p.label] = &p;
  std::string out;
  for (const auto& m : x.mentions) {
    nlohmann::ordered_json r;
    r["kind"] = "mention";
    r["document"] = x.document_id;
    r["type"] = m.type;
    r["label"] = m.label;
    r["surface"] = m.surface;
    if (!m.level.empty()) r["level"] = m.level;
    if (const auto it = links.find(m.label); m.type == "place" && it != links.end() && !it->second->code.empty())
      r["code"] = it->second->code;
    r["rule"] = m.rule;
    r["begin"] = x.text.original_begin(m.span.begin);
    r["end"] = x.text.original_end(m.span.end);
    line(out, r);
  }
  for (const auto& rel : x.relations) {
    nlohmann::ordered_json r;
    r["kind"] = "relation";
    r["document"] = x.document_id;
    r["source"] = rel.source.label;
    r["source_type"] = rel.source.type;
    r["relation"] = rel.relation;
    r["target"] = rel.target.label;
    r["target_type"] = rel.target.type;
    if (rel.amount_yuan) r["amount_yuan"] = *rel.amount_yuan;
    if (rel.year) r["year"] = *rel.year;
    r["origin"] = rel.origin == extract::Origin::gazetteer ? "gazetteer" : "text";
    r["rule"] = rel.rule;
    if (!rel.anchor.empty()) {
      r["anchor"] = rel.anchor;
      r["roles_from"] = rel.roles_from;
    }
    if (rel.origin == extract::Origin::text) {
      r["evidence_begin"] = x.text.original_begin(rel.evidence.begin);
      r["evidence_end"] = x.text.original_end(rel.evidence.end);
    }
    line(out, r);
  }
  return out;
}

}  // namespace kg::exports
