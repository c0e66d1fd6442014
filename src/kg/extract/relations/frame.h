// One cue occurrence of a relation rule and the roles filled around it, shared by the frame
// reader and the checks that cancel a frame.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "kg/extract/relations/amounts.h"
#include "kg/extract/relations/frames.h"

namespace kg::extract {

// One cue occurrence and what a rule has filled around it.
struct Frame {
  Frame(const rules::RelationRule& r, std::size_t begin, std::size_t end) : rule(r), cue_begin(begin), cue_end(end) {}
  const rules::RelationRule& rule;
  std::size_t cue_begin = 0;
  std::size_t cue_end = 0;
  std::optional<Amount> amount;
  std::vector<Amount> money;  // the amount and those listed after it (落实A资金X、B资金Y)
  std::map<rules::Role, std::vector<EntityRef>> roles;
  std::string roles_from;                   // where each role came from ("source: clause; target: clause")
  bool source_in_clause = true;             // the source is named in the cue's comma-delimited clause
  std::vector<const Mention*> new_objects;  // what the verb acts on
  std::size_t left = 0;                     // where the next left and right slots search from
  std::size_t right = 0;
  std::optional<std::pair<std::size_t, std::size_t>> target;  // where the first right target stands
};

// Marks that end a clause inside a sentence.
inline bool ends_clause(char32_t c) {
  return c == U'，' || c == U'；' || c == U'：' || c == U',' || c == U';' || c == U':';
}

}  // namespace kg::extract
