// What a clause says about who acts in it: a person, a name no rule made a node, or the
// same actor as the clause before.
#include "kg/extract/relations/clauses.h"

#include <algorithm>
#include <string_view>

#include "kg/extract/relations/frame.h"

namespace kg::extract {

namespace {

// Where the comma-delimited clause that holds `at` starts.
std::size_t clause_start(const SentenceText& s, std::size_t at) {
  while (at > 0 && !ends_clause(s.cps[at - 1])) --at;
  return at;
}

}  // namespace

// 他们开展…活动, 我来到这里: a personal pronoun in the clause is who acts there; a subject is
// carried over from elsewhere only where the clause leaves it out. (Persons' names would say the
// same, but the segmenter reads too many other words as names: 特惠, 党风廉政.)
bool person_acts(const SentenceContext& c, std::size_t cue_begin) {
  const std::size_t clause = clause_start(c.text, cue_begin);
  static constexpr std::u32string_view kPersonal = U"他她我咱你";
  return std::any_of(c.words.begin(), c.words.end(), [&](const words::Word& w) {
    return w.begin >= clause && w.end <= cue_begin && w.tag == words::Tag::pronoun &&
           kPersonal.find(c.text.cps[w.begin]) != std::u32string_view::npos;
  });
}

// 2018年，浦东正式启动…: a clause that opens (after its dates) with a name the segmenter knows
// as a place's or a body's, which no rule made a node, has its actor; none is carried over.
bool unlisted_name_acts(const SentenceContext& c, std::size_t cue_begin) {
  const std::size_t clause = clause_start(c.text, cue_begin);
  for (const words::Word& w : c.words) {
    if (w.begin < clause || w.end > cue_begin) continue;
    using words::Tag;
    if (w.tag == Tag::time || w.tag == Tag::numeral || w.tag == Tag::latin || w.tag == Tag::punctuation) continue;
    const bool named = (w.tag == Tag::place_name || w.tag == Tag::org_name) && w.end - w.begin > 1;
    return named && std::none_of(c.mentions.begin(), c.mentions.end(),
                                 [&](const Mention& m) { return m.begin < w.end && w.begin < m.end; });
  }
  return false;
}

// 成立了领导小组，制定了…: the clause after opens with a deed done (a verb with 了), another of
// the same actor's in a row.
bool deeds_go_on(const SentenceText& s, std::size_t from) {
  constexpr std::size_t kVerbWithLe = 4;
  std::size_t at = from;
  while (at < s.size() && s.cps[at] != U'，' && s.cps[at] != U'；' && s.cps[at] != U'。') ++at;
  if (at >= s.size() || s.cps[at] != U'，') return false;
  for (std::size_t k = at + 1; k < s.size() && k <= at + kVerbWithLe; ++k) {
    if (s.cps[k] == U'了') return true;
    if (ends_clause(s.cps[k])) return false;
  }
  return false;
}

}  // namespace kg::extract
