#include "kg/rules/xml_file.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "kg/text/utf8.h"

namespace kg::rules {

XmlFile::XmlFile(std::string path) : path_(std::move(path)) {
  std::ifstream in(path_, std::ios::binary);
  if (!in) throw Error(path_, 0, "cannot open rule file");
  std::ostringstream contents;
  contents << in.rdbuf();
  pristine_ = contents.str();
  for (std::size_t i = 0; i < pristine_.size(); ++i)
    if (pristine_[i] == '\n') newlines_.push_back(i);
  buffer_.assign(pristine_.begin(), pristine_.end());
  buffer_.push_back('\0');
  // Rules are UTF-8 like the text they match; a stray byte would reach regexes and word lists.
  if (const auto bad = text::find_invalid_utf8(pristine_))
    throw Error(path_, line_at(buffer_.data() + *bad), "invalid UTF-8 at byte offset " + std::to_string(*bad));
  try {
    document_.parse<rapidxml::parse_default>(buffer_.data());
  } catch (const rapidxml::parse_error& e) {
    throw Error(path_, line_at(e.where<char>()), std::string("malformed XML: ") + e.what());
  }
  if (root() == nullptr) throw Error(path_, 1, "malformed XML: no root element");
}

std::size_t XmlFile::line_at(const char* position) const {
  const char* begin = buffer_.data();
  std::size_t offset =
      position >= begin && position <= begin + pristine_.size() ? static_cast<std::size_t>(position - begin) : 0;
  // Lines found once, looked up by bisection: a large lexicon asks for every element's line.
  return 1 + static_cast<std::size_t>(std::lower_bound(newlines_.begin(), newlines_.end(), offset) - newlines_.begin());
}

std::size_t XmlFile::line_of(const rapidxml::xml_node<>* node) const {
  return line_at(node->name());
}

std::string XmlFile::attribute(const rapidxml::xml_node<>* node, const char* name, const std::string& fallback) const {
  const auto* a = node->first_attribute(name);
  if (a) read_.insert(a);
  return a ? std::string(a->value(), a->value_size()) : fallback;
}

std::string XmlFile::required(const rapidxml::xml_node<>* node, const char* name) const {
  const auto* a = node->first_attribute(name);
  if (a) read_.insert(a);
  if (a == nullptr || a->value_size() == 0)
    fail(node, std::string("<").append(node->name()).append("> needs attribute '").append(name).append("'"));
  return std::string(a->value(), a->value_size());
}

namespace {

void check_node(const XmlFile& xml, const rapidxml::xml_node<>* node,
                const std::set<const rapidxml::xml_attribute<>*>& read) {
  for (const auto* a = node->first_attribute(); a; a = a->next_attribute())
    if (!read.count(a))
      xml.fail(node, std::string("unknown attribute '") + a->name() + "' on <" + node->name() + ">");
  for (const auto* child = node->first_node(); child; child = child->next_sibling())
    if (child->type() == rapidxml::node_element) check_node(xml, child, read);
}

}  // namespace

void XmlFile::check_all_read() const {
  if (root()) check_node(*this, root(), read_);
}

void XmlFile::fail(const rapidxml::xml_node<>* node, const std::string& message) const {
  throw Error(path_, line_of(node), message);
}

}  // namespace kg::rules
