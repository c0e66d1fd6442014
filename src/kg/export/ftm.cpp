#include "kg/export/ftm.h"

#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <vector>

#include "kg/export/graphml.h"
#include "kg/rules/rule_set.h"

namespace kg::exports {

namespace {

using Json = nlohmann::ordered_json;
using Properties = std::map<std::string, std::vector<std::string>>;

bool ends_with(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// Heads of the names of government bodies, party organs and courts; of companies.
const std::vector<std::string> kPublicHeads = {"政府", "委员会", "委", "局", "厅", "部", "办公室", "办", "署",
                                               "人大", "政协", "法院", "检察院", "支队", "大队", "派出所", "中队",
                                               "办事处", "管委会", "监狱", "海关", "税务所", "街道"};
const std::vector<std::string> kCompanyHeads = {"公司", "集团", "银行", "厂", "酒店", "商行", "店"};

bool has_head(const std::string& label, const std::vector<std::string>& heads) {
  for (const auto& h : heads)
    if (ends_with(label, h)) return true;
  return false;
}

void put(Properties& p, const std::string& name, const std::string& value) {
  if (!value.empty()) p[name].push_back(value);
}

void line(std::string& out, const std::string& id, const std::string& schema, const Properties& properties) {
  Json props = Json::object();
  for (const auto& [name, values] : properties) props[name] = values;
  out += Json{{"id", id}, {"schema", schema}, {"properties", props}}.dump(-1, ' ', false,
                                                                          Json::error_handler_t::replace);
  out += '\n';
}

// A place that pays or receives money is its administration: FtM pays only legal entities.
std::string administration_id(const graph::Node& place) {
  return "adm_" + place.id;
}

class Writer {
 public:
  explicit Writer(const graph::Graph& g) : g_(g) {}

  std::string write() {
    for (auto e : boost::make_iterator_range(boost::edges(g_)))
      if (g_[e].relation == "funds")
        for (auto v : {boost::source(e, g_), boost::target(e, g_)})
          if (g_[v].type == rules::kPlace && !(v == boost::target(e, g_) && has_project(e))) administrations_.insert(v);
    for (auto v : boost::make_iterator_range(boost::vertices(g_))) node(v);
    for (auto e : boost::make_iterator_range(boost::edges(g_))) edge(e);
    return std::move(out_);
  }

 private:
  bool has_project(graph::Graph::edge_descriptor e) const { return g_[boost::target(e, g_)].type == rules::kProgram; }

  void node(graph::Vertex v) {
    const graph::Node& n = g_[v];
    Properties p;
    const std::string schema = ftm_schema(n);
    put(p, "name", n.label);
    if (schema == "Address") put(p, "full", n.label);
    for (const auto& a : n.aliases) put(p, "alias", a);
    put(p, "country", "cn");
    if (!n.code.empty()) put(p, "remarks", "行政区划代码 " + n.code + (n.official_name.empty() ? "" : " " + n.official_name));
    if (schema == "Address") put(p, "region", n.level);
    located_in(v, schema, p);
    line(out_, n.id, schema, p);
    if (administrations_.count(v)) {
      Properties a;
      put(a, "name", n.label);
      put(a, "country", "cn");
      put(a, "addressEntity", n.id);
      put(a, "description", "the administration of " + n.label + ", which the text names by the place");
      line(out_, administration_id(n), "PublicBody", a);
    }
  }

  // An organisation's located_in place is its address, not a link of its own.
  void located_in(graph::Vertex v, const std::string& schema, Properties& p) const {
    if (schema == "Address" || schema == "Project") return;
    for (auto e : boost::make_iterator_range(boost::out_edges(v, g_)))
      if (g_[e].relation == "located_in" && g_[boost::target(e, g_)].type == rules::kPlace)
        put(p, "addressEntity", g_[boost::target(e, g_)].id);
  }

  std::string party(graph::Vertex v) const {
    return administrations_.count(v) ? administration_id(g_[v]) : g_[v].id;
  }

  void interval(const graph::Edge& d, Properties& p) const {
    if (d.year) put(p, "date", std::to_string(*d.year));
    put(p, "summary", d.evidence);
    for (const auto& doc : d.documents) put(p, "recordId", doc);
  }

  void edge(graph::Graph::edge_descriptor e) {
    const graph::Edge& d = g_[e];
    const auto s = boost::source(e, g_), t = boost::target(e, g_);
    const std::string source_schema = ftm_schema(g_[s]), target_schema = ftm_schema(g_[t]);
    Properties p;
    interval(d, p);
    if (d.relation == "funds") {
      put(p, "payer", party(s));
      if (target_schema == "Project") {
        put(p, "project", g_[t].id);
        put(p, "programme", g_[t].label);
        put(p, "purpose", g_[t].label);
      } else {
        put(p, "beneficiary", party(t));
      }
      if (d.amount_yuan) put(p, "amount", format_number(*d.amount_yuan));
      put(p, "currency", "CNY");
      line(out_, "pay_" + d.id, "Payment", p);
      return;
    }
    if (d.relation == "located_in" && source_schema != "Address" && source_schema != "Project" &&
        target_schema == "Address")
      return;  // the organisation's addressEntity
    const bool member = d.relation == "part_of" && source_schema != "Address" && source_schema != "Project" &&
                        (target_schema == "PublicBody" || target_schema == "Organization" || target_schema == "Company");
    if (member) {
      put(p, "member", g_[s].id);
      put(p, "organization", g_[t].id);
      put(p, "role", "part of");
      line(out_, "mem_" + d.id, "Membership", p);
      return;
    }
    put(p, "subject", g_[s].id);
    put(p, "object", g_[t].id);
    put(p, "role", graph::relation_caption(d.relation) + " (" + d.relation + ")");
    line(out_, "lnk_" + d.id, "UnknownLink", p);
  }

  const graph::Graph& g_;
  std::set<graph::Vertex> administrations_;
  std::string out_;
};

}  // namespace

bool is_followthemoney(const std::string& path) {
  return ends_with(path, ".ftm.json");
}

std::string ftm_schema(const graph::Node& n) {
  if (n.type == rules::kPlace) return "Address";
  if (n.type == rules::kProgram) return "Project";
  if (has_head(n.label, kCompanyHeads)) return "Company";
  if (has_head(n.label, kPublicHeads)) return "PublicBody";
  return "Organization";
}

std::string to_followthemoney(const graph::Graph& g) {
  return Writer(g).write();
}

}  // namespace kg::exports
