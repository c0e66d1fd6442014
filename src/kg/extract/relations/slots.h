// Filling a frame's roles from the names around its anchor: the nearest name of a slot's types
// within its gap, on its side, with enumerations, place chains and asides in brackets.
#pragma once

#include <optional>
#include <set>
#include <vector>

#include "kg/extract/mention.h"
#include "kg/extract/sentence_text.h"
#include "kg/rules/rule_set.h"

namespace kg::extract {

struct Filled {
  std::vector<const Mention*> members;  // empty: an actor the graph does not name holds the role
  std::size_t anchor = 0;               // where the next slot on the same side starts searching
  std::size_t begin = 0;                // where the words that fill the role begin (a place chain's head)
};

EntityRef ref(const Mention& m);

// Does one of `words` end right before code point `at` of the sentence (在 before 团结村)?
bool any_word_ends_at(const std::vector<std::string>& words, const SentenceText& s, std::size_t at);

// 共投资1亿元实施援藏项目27个，…: a count of projects between `from` and `target` (not one right
// before the target, which counts the target itself) makes money before it a group's total.
bool counts_another_group(const SentenceText& s, std::size_t from, std::size_t target);
// 实施A、B、C等10大工程: does 等 and a count at `at` close a list into a group counted as a whole?
bool closes_counted_group(const SentenceText& s, std::size_t at);
// Does one of `words` begin at code point `at` of the sentence?
bool any_word_starts_at(const std::vector<std::string>& words, const SentenceText& s, std::size_t at);

// The mentions no other mention contains, in order.
std::vector<const Mention*> top_level(const std::vector<Mention>& mentions);

// 西坝县团结乡: does `higher`, a place written right before the lower place `lower`, say where it is?
bool opens_chain(const Mention& higher, const Mention& lower);

// A gap a slot may not reach across: a clause ends at a semicolon, and with `comma_ends` at a comma.
bool crosses_clause(const SentenceText& s, std::size_t begin, std::size_t end, bool comma_ends = false);

// The slot's names left of `anchor`, nearest first; `objects` (what earlier verbs acted on) are
// no source. An empty result means one of the slot's stop words holds the role, unless one of
// `for_whom` (为, 给) opens its phrase.
std::optional<Filled> fill_left(const rules::Slot& slot, std::size_t anchor, const SentenceText& s,
                                const std::vector<const Mention*>& names, const std::set<const Mention*>& objects,
                                const std::vector<std::string>& for_whom);

// The slot's names right of `anchor`; the gap counts from the end of the frame's last money
// before the name.
std::optional<Filled> fill_right(const rules::Slot& slot, std::size_t anchor, const SentenceText& s,
                                 const std::vector<const Mention*>& names, const std::vector<Amount>& money);

// A slot with `after` words takes a name only right after one of them: 在 in 在团结村投入.
bool follows_required_word(const rules::Slot& slot, const SentenceText& s, const Filled& f);

}  // namespace kg::extract
