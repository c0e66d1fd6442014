// Gold annotations of one document: the entities and relations a reader finds in it, in the
// format docs/gold-format.md describes (the format of the shared evaluation set).
//
//   kg::eval::Gold gold = kg::eval::read_gold("gold/article.json");
//   gold.entities_named({"东坝县人社局"})   -> indices of the entities that name matches
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace kg::eval {

struct GoldEntity {
  std::string name;
  std::string type;
  std::vector<std::string> types;  // the `types` a reader accepts, else the type
  std::vector<std::string> aliases;
  std::vector<std::string> keys;  // match_key of the name and of each alias
  bool required = true;
  bool has_type(const std::string& wanted) const;
};

// Each side and the relation may list alternatives a reader could take.
struct GoldRelation {
  std::vector<std::string> sources;
  std::vector<std::string> relations;
  std::vector<std::string> targets;
  std::optional<double> amount_yuan;
  std::optional<int> year;
  bool required = true;
};

struct Gold {
  std::string document;  // the article's file name, when the gold names it
  std::vector<GoldEntity> entities;
  std::vector<GoldRelation> relations;

  // Gold entities a node names by its label or one of its aliases; a program also matches by
  // containment when the shorter name keeps at least 70 % of the longer.
  std::set<std::size_t> entities_named(const std::vector<std::string>& names) const;
  // Does an endpoint (its names) name one of a relation side's alternatives?
  bool names_match(const std::vector<std::string>& names, const std::vector<std::string>& alternatives) const;

  std::map<std::string, std::vector<std::size_t>> by_key;  // match_key of each name and alias
};

// Reads and checks a gold file; a kg::Error names the file for anything malformed.
Gold read_gold(const std::string& path);

// The form names are compared in: NFKC, without white space, quotes and book-title marks, and
// without a leading count (27个).
std::string match_key(const std::string& name);

}  // namespace kg::eval
