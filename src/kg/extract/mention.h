// Value types that flow out of the extract stage.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kg/text/text.h"

namespace kg::extract {

// The rule id of villages a township numbers (阿扎镇5村): a division named after another.
inline constexpr std::string_view kNumberedVillage = "place.numbered-village";
// The rule id of places the official division list named where the rules found none.
inline constexpr std::string_view kOfficialPlaceRule = "place.gazetteer";

struct Mention {
  std::string type;     // organisation | place | program | …
  std::string level;    // places: province … village; empty otherwise
  std::string label;    // canonical name (quotes and book-title marks removed)
  std::string surface;  // the text as written (normalised)
  std::string rule;     // id of the rule that found it
  std::size_t sentence = 0;
  std::size_t begin = 0;  // code points within the sentence, half-open
  std::size_t end = 0;
  text::Span span;      // normalised bytes in the document
  bool nested = false;  // lies inside another mention (a place inside an organisation's name)
  // A department named without its place (人社局) or with only a level (县政府): the level of
  // the place in scope it belongs to, and the department's own name.
  std::string scope_level;
  std::string scope_head;
  // 该县, 我县: the place in scope itself; or a department of a place no name tells (国际文化局).
  // The document's naming drops those it cannot resolve.
  bool deictic = false;
  bool head = false;      // ends in a standard department or institution name (not a bare suffix)
  bool branded = false;   // opens with a trade name before its place (中国移动西藏有限公司)
  std::string head_form;  // that name as written (人社局), when `head`
  bool acts = true;       // may fill an actor's role; a foreign state's name does not
  // Named by common words alone by a suffix that reads such names as kinds (专业理论培训,
  // 肉牛养殖合作社): a kind of work or body, a name only where the text does something with it.
  bool common = false;
};

struct Amount {
  std::size_t begin = 0;  // code points within the sentence
  std::size_t end = 0;
  double yuan = 0;
  bool approximate = false;  // 余, 多: "more than"
};

struct EntityRef {
  std::string type;
  std::string label;
  friend auto operator<=>(const EntityRef&, const EntityRef&) = default;
};

// Where a relation comes from: a sentence, or the official division list (located_in).
enum class Origin { text, gazetteer };

inline constexpr std::size_t kNoSentence = static_cast<std::size_t>(-1);

struct RelationMention {
  EntityRef source;
  std::string relation;
  EntityRef target;
  std::optional<double> amount_yuan;
  bool approximate = false;
  std::optional<int> year;
  std::string rule;
  Origin origin = Origin::text;
  std::size_t sentence = 0;  // kNoSentence for the division list's edges
  text::Span evidence;       // normalised bytes of the sentence that states it
  std::string anchor;        // the cue word a frame was anchored on; empty for structure rules
  std::string roles_from;    // where each role came from: "source: paragraph actor; target: clause"
};

}  // namespace kg::extract
