// Shared by the files that implement PlaceLinker (place_links.h): the linker's working types
// and small walks over the official hierarchy. Not part of the library's interface.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "kg/extract/places/place_links.h"

namespace kg::extract {

struct PlaceLinker::Entity {
  std::string label;
  std::vector<std::uint32_t> candidates;
  std::optional<std::uint32_t> linked;
  std::string why;
  bool proposed_only = false;    // no mention of the rules bears this name: never an anchor
  std::vector<std::size_t> paragraphs;  // the paragraphs naming it, as indexes into their members
};

// A name the division list knows where the rules found none, or found a longer one.
struct PlaceLinker::Proposal {
  Mention mention;
  std::optional<std::size_t> replaces;  // index of the mention it shortens
  bool from_rules_name = false;         // part of a name the rules found (a shortened name, or what it lost)
};

namespace divisions {

inline bool is_high(gazetteer::Level level) {
  return level == gazetteer::Level::province || level == gazetteer::Level::city || level == gazetteer::Level::county;
}

// How far down the hierarchy a division sits: a province 1, a city 2, a county 3 …
inline int depth(const gazetteer::Gazetteer& g, std::uint32_t d) {
  int n = 1;
  for (std::uint32_t at = g.division(d).parent; at != gazetteer::kNoParent && n < 8; at = g.division(at).parent) ++n;
  return n;
}

// The divisions above `d`, nearest first.
inline std::vector<std::uint32_t> ancestors(const gazetteer::Gazetteer& g, std::uint32_t d) {
  std::vector<std::uint32_t> out;
  for (std::uint32_t at = g.division(d).parent; at != gazetteer::kNoParent && out.size() < 8;
       at = g.division(at).parent)
    out.push_back(at);
  return out;
}

}  // namespace divisions

}  // namespace kg::extract
