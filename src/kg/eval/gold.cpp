#include "kg/eval/gold.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>

#include "kg/error.h"

namespace kg::eval {

namespace {

using json = nlohmann::json;

std::u32string without_marks(const icu::UnicodeString& s) {
  static constexpr std::u32string_view kMarks = U"“”‘’\"'《》〈〉「」『』【】";
  std::u32string out;
  for (int32_t i = 0; i < s.length(); i = s.moveIndex32(i, 1)) {
    const UChar32 c = s.char32At(i);
    if (u_isUWhiteSpace(c) || kMarks.find(static_cast<char32_t>(c)) != std::u32string_view::npos) continue;
    out.push_back(static_cast<char32_t>(c));
  }
  return out;
}

// 27个, ３所: a count before the name.
std::size_t leading_count(const std::u32string& s) {
  static constexpr std::u32string_view kCounters = U"个项家场所户座名";
  std::size_t digits = 0;
  while (digits < s.size() && s[digits] >= U'0' && s[digits] <= U'9') ++digits;
  if (digits == 0 || digits == s.size() || kCounters.find(s[digits]) == std::u32string_view::npos) return 0;
  return digits + 1;
}

std::vector<std::string> strings(const json& v, const std::string& file, const char* field) {
  std::vector<std::string> out;
  for (const auto& item : v.is_array() ? v : json::array({v})) {
    if (!item.is_string()) throw Error(file, 0, std::string("gold: '") + field + "' must be a string or a list of strings");
    out.push_back(item.get<std::string>());
  }
  if (out.empty()) throw Error(file, 0, std::string("gold: '") + field + "' is empty");
  return out;
}

GoldEntity read_entity(const json& e, const std::string& file) {
  if (!e.is_object() || !e.contains("name") || !e.contains("type"))
    throw Error(file, 0, "gold: every entity needs a name and a type");
  GoldEntity g;
  g.name = strings(e["name"], file, "name").front();
  g.type = strings(e["type"], file, "type").front();
  g.types = e.contains("types") ? strings(e["types"], file, "types") : std::vector<std::string>{g.type};
  if (e.contains("aliases")) g.aliases = strings(e["aliases"], file, "aliases");
  g.required = e.value("required", true);
  return g;
}

GoldRelation read_relation(const json& r, const std::string& file) {
  if (!r.is_object() || !r.contains("source") || !r.contains("relation") || !r.contains("target"))
    throw Error(file, 0, "gold: every relation needs a source, a relation and a target");
  GoldRelation g;
  g.sources = strings(r["source"], file, "source");
  g.relations = strings(r["relation"], file, "relation");
  g.targets = strings(r["target"], file, "target");
  if (r.contains("amount_yuan") && r["amount_yuan"].is_number()) g.amount_yuan = r["amount_yuan"].get<double>();
  if (r.contains("year") && r["year"].is_number_integer()) g.year = r["year"].get<int>();
  g.required = r.value("required", true);
  return g;
}

}  // namespace

bool GoldEntity::has_type(const std::string& wanted) const {
  return std::find(types.begin(), types.end(), wanted) != types.end();
}

std::string match_key(const std::string& name) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(name);
  if (U_SUCCESS(status)) s = nfkc->normalize(s, status);
  std::u32string cps = without_marks(s);
  cps.erase(0, leading_count(cps));
  std::string out;
  icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(cps.data()), static_cast<int32_t>(cps.size()))
      .toUTF8String(out);
  return out;
}

Gold read_gold(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path, 0, "cannot open gold file");
  json doc;
  try {
    doc = json::parse(in);
  } catch (const json::parse_error& e) {
    throw Error(path, 0, std::string("gold: not JSON: ") + e.what());
  }
  if (!doc.is_object() || !doc.contains("entities") || !doc["entities"].is_array() ||
      !doc.value("relations", json::array()).is_array())
    throw Error(path, 0, "gold: expected an object with 'entities' and 'relations' lists");
  Gold g;
  g.document = doc.value("document", std::string());
  for (const auto& e : doc["entities"]) g.entities.push_back(read_entity(e, path));
  for (const auto& r : doc.value("relations", json::array())) g.relations.push_back(read_relation(r, path));
  for (std::size_t i = 0; i < g.entities.size(); ++i) {
    GoldEntity& e = g.entities[i];
    e.keys.push_back(match_key(e.name));
    for (const auto& a : e.aliases) e.keys.push_back(match_key(a));
    for (const auto& k : e.keys) g.by_key[k].push_back(i);
  }
  return g;
}

}  // namespace kg::eval

namespace kg::eval {

namespace {

std::size_t length(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// The shorter of two program names inside the longer, keeping at least 70 % of it.
bool contains_most(const std::string& a, const std::string& b) {
  const bool a_shorter = length(a) <= length(b);
  const std::string& shorter = a_shorter ? a : b;
  const std::string& longer = a_shorter ? b : a;
  const std::size_t s = length(shorter), l = length(longer);
  return s >= 4 && longer.find(shorter) != std::string::npos && double(s) >= 0.7 * double(l);
}

}  // namespace

std::set<std::size_t> Gold::entities_named(const std::vector<std::string>& names) const {
  std::set<std::size_t> hits;
  for (const auto& name : names) {
    const std::string key = match_key(name);
    const auto it = by_key.find(key);
    if (it != by_key.end()) {
      hits.insert(it->second.begin(), it->second.end());
      continue;
    }
    if (length(key) < 4) continue;
    for (std::size_t i = 0; i < entities.size(); ++i) {
      if (!entities[i].has_type("program")) continue;
      for (const auto& k : entities[i].keys)
        if (contains_most(k, key)) hits.insert(i);
    }
  }
  return hits;
}

bool Gold::names_match(const std::vector<std::string>& names, const std::vector<std::string>& alternatives) const {
  const auto hits = entities_named(names);
  for (const auto& alt : alternatives) {
    const std::string key = match_key(alt);
    for (const auto& n : names)
      if (match_key(n) == key) return true;
    const auto it = by_key.find(key);
    if (it == by_key.end()) continue;
    for (std::size_t i : it->second)
      if (hits.count(i)) return true;
  }
  return false;
}

}  // namespace kg::eval
