// A parsed XML file that remembers where each element came from, so that a rule error can say
// "rules/relations.xml:42: ...". RapidXML parses in place and keeps no line numbers; positions
// are recovered from the element's offset in an untouched copy of the file.
#pragma once

#include <set>
#include <string>
#include <vector>

#include <rapidxml.hpp>

#include "kg/error.h"

namespace kg::rules {

class XmlFile {
 public:
  // Throws kg::Error(path, line, what RapidXML objected to) for a malformed file.
  explicit XmlFile(std::string path);
  XmlFile(const XmlFile&) = delete;
  XmlFile& operator=(const XmlFile&) = delete;

  const std::string& path() const { return path_; }
  rapidxml::xml_node<>* root() const { return document_.first_node(); }
  std::size_t line_of(const rapidxml::xml_node<>* node) const;

  // Attribute value or `fallback`; required() throws naming the element and its line.
  std::string attribute(const rapidxml::xml_node<>* node, const char* name, const std::string& fallback = "") const;
  std::string required(const rapidxml::xml_node<>* node, const char* name) const;
  [[noreturn]] void fail(const rapidxml::xml_node<>* node, const std::string& message) const;

  // After loading: an attribute no loader read (gapp="40" for gap) is a mistake, not a default;
  // throws naming the element's line.
  void check_all_read() const;

 private:
  std::size_t line_at(const char* position) const;

  std::string path_;
  std::string pristine_;
  std::vector<std::size_t> newlines_;  // offsets of '\n' in pristine_
  std::vector<char> buffer_;
  mutable std::set<const rapidxml::xml_attribute<>*> read_;  // attributes a loader asked for
  rapidxml::xml_document<> document_;
};

}  // namespace kg::rules
