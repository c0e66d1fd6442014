// Labels a document's naming passes share: which places, bodies and programs it names, and
// a relabelling of one type's mentions.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "kg/extract/mention.h"
#include "kg/rules/rule_set.h"

namespace kg::extract {

// The labels of the document's places (该县 and its kind aside), organisations and programs.
struct DocumentLabels {
  std::set<std::string> places;
  std::set<std::string> bodies;
  std::set<std::string> programs;
};

inline DocumentLabels labels_of(const std::vector<Mention>& mentions) {
  DocumentLabels labels;
  for (const auto& m : mentions) {
    if (m.type == rules::kPlace && !m.deictic) labels.places.insert(m.label);
    if (m.type == rules::kOrganisation) labels.bodies.insert(m.label);
    if (m.type == rules::kProgram) labels.programs.insert(m.label);
  }
  return labels;
}

inline void relabel(std::vector<Mention>& mentions, const std::string& type, const std::map<std::string, std::string>& to) {
  for (Mention& m : mentions)
    if (m.type == type)
      if (const auto it = to.find(m.label); it != to.end()) m.label = it->second;
}

}  // namespace kg::extract
