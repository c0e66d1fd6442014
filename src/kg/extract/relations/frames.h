// Relation mentions in one sentence, from event frames (relation rules) and structure rules.
//
//   kg::extract::RelationFinder finder(rules);
//   auto found = finder.find(SentenceContext{sentence, mentions, amounts, years, actors, places, year, headline});
//
// A frame is anchored on a cue occurrence (the longest cue at a position, outside any name and
// not the start of a noun: no 助资 in 救助资金),
// offered to the rules that list it, highest priority first; the first rule whose roles all
// fill takes it (unless it passes the cue on). A role takes the nearest name of its types
// within its gap (slots.h), or else the sentence's, paragraph's or headline's actor
// (actors.h); money comes from amounts.h.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <span>
#include <vector>

#include "kg/extract/mention.h"
#include "kg/extract/mentions/lexicon_matcher.h"
#include "kg/extract/relations/actors.h"
#include "kg/extract/relations/amounts.h"
#include "kg/extract/sentence_text.h"
#include "kg/rules/rule_set.h"
#include "kg/words/segmenter.h"

namespace kg::extract {

struct SentenceContext {
  const SentenceText& text;
  const std::vector<Mention>& mentions;  // this sentence's, sorted by begin
  const std::vector<Amount>& amounts;
  const std::vector<YearMention>& years;
  const Actors& actors;                       // who acts where a clause names no one
  const std::map<std::string, std::string>& place_forms;  // every place the document names, and 拉萨 for 拉萨市
  std::optional<int> carried_year;            // the year last stated earlier in the paragraph
  bool headline = false;                      // the sentence is the document's headline
  std::span<const words::Word> words = {};    // the sentence's words; none without a dictionary
};

// A rule that fired or nearly fired, for `explain`-style tracing.
struct RuleTrace {
  std::string rule;
  std::string cue;
  std::string outcome;  // "fired" or what was missing
};

class RelationFinder {
 public:
  explicit RelationFinder(const rules::RuleSet& rules);
  std::vector<RelationMention> find(const SentenceContext& context, std::vector<RuleTrace>* trace = nullptr) const;

 private:
  bool apply_rule(const rules::RelationRule& rule, std::size_t cue_begin, std::size_t cue_end, const SentenceContext& c,
                  std::set<const Mention*>& objects, std::vector<RelationMention>& out, std::string& why_not) const;

  const rules::RuleSet& rules_;
  WordMatcher cues_;  // payload: index into rules_.relations
  std::set<std::string> fallbacks_;  // ids of structures marked fallback="true"
  std::vector<std::string> negations_;  // words that, right before a cue, deny what it states
  std::vector<std::string> program_words_;  // words a program is named with or without (项目, 工作)
  std::vector<std::string> for_whom_;       // prepositions after which an unnamed actor is whom the act is for
};

}  // namespace kg::extract
