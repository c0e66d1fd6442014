// Who acts when a clause names no one: the sentence's subject, the paragraph's last subject, the
// headline's actor. A reader fills an omitted subject the same way (a subject left out of a
// clause is the subject of the sentence before it).
//
//   SubjectFinder subjects(rules);
//   Actors actors(subjects.headline_actor(first_mentions, first_sentence));
//   for each sentence: actors.enter(paragraph, subjects.subject_of(mentions, text)); actors.find(origin)
#pragma once

#include <optional>
#include <vector>

#include "kg/extract/mention.h"
#include "kg/extract/mentions/lexicon_matcher.h"
#include "kg/extract/sentence_text.h"
#include "kg/rules/rule_set.h"
#include "kg/words/segmenter.h"

namespace kg::extract {

// The type of a subject that points back to the body named before it (该局): Actors puts that
// body in its place.
inline constexpr std::string_view kBackReference = "back-reference";

class SubjectFinder {
 public:
  // Without a segmenter no clause before the subject's is read as adverbial unless its opening
  // word is listed (kind="adverbial").
  explicit SubjectFinder(const rules::RuleSet& rules, const words::Segmenter* segmenter = nullptr);

  // The sentence's subject: its first organisation or place, when only opening adverbial clauses
  // (为做好…工作，), punctuation, a date and lead-in words (一是, 同时, 今年以来) stand before it. After 成立, 在 or 为
  // a name is an object or an adverbial, not who acts. A short opening clause that starts with a verb and names no
  // actor says how or why (锁定产业定位，团结村因地制宜，…): the subject may open the clause after it. A subject
  // that names no body (村民, 志愿者们) is an actor of no type (an empty `type`): it holds the role itself; one
  // that points back (该局) has the type kBackReference. A place or body to which something happens
  // (东坝县发生地震, kind="non-agent") is no actor: the sentence has none of its own.
  std::optional<EntityRef> subject_of(const std::vector<Mention>& mentions, const SentenceText& text) const;

  // The actor of a headline: its first organisation or place that no verb or preposition
  // introduces, the lowest of a chain (安徽池州 is 池州).
  std::optional<EntityRef> headline_actor(const std::vector<Mention>& mentions, const SentenceText& text) const;

  // Does the sentence open a section of its paragraph: 二是…, 在维护稳定方面，…? Its omitted
  // subject is then the paragraph's topic, not the body the sentence before named.
  bool opens_section(const SentenceText& text) const;

 private:
  bool opens_clause(const SentenceText& text, std::size_t from, std::size_t begin) const;
  std::size_t past_adverbials(const SentenceText& text) const;
  std::optional<EntityRef> subject_from(const std::vector<Mention>& mentions, const SentenceText& text,
                                        std::size_t start) const;
  std::optional<EntityRef> unnamed_subject(const std::vector<Mention>& mentions, const SentenceText& text,
                                           std::size_t start) const;

  bool opens_with_verb(const SentenceText& text, std::size_t begin, std::size_t end) const;
  bool opens_with_act(const SentenceText& text, std::size_t begin, std::size_t end) const;
  std::optional<words::Tag> first_tag(const SentenceText& text, std::size_t begin, std::size_t end) const;

  const words::Segmenter* segmenter_;
  WordMatcher lead_ins_;
  WordMatcher adverbials_;
  WordMatcher sections_;
  WordMatcher unnamed_;  // subjects that name no body (村民, 他们; payload 0) or point back (该局; payload 1)
  WordMatcher non_agents_;  // predicates whose subject acts in nothing (东坝县发生地震)
};

// A program one sentence ran alone, and the body that ran it (实施了一大批环境整治项目).
struct ProgramRun {
  EntityRef runner;
  EntityRef program;
};

class Actors {
 public:
  explicit Actors(std::optional<EntityRef> headline) : headline_(std::move(headline)) {}

  // A new sentence and its own subject, if any. The paragraph's actor is the last subject seen
  // before it in the same paragraph, or, when the sentence opens a section, the paragraph's
  // first subject (its topic). A subject that points back (该局) is the organisation last
  // named as a subject in the document.
  // `level` is the subject's, where it is a place.
  void enter(std::size_t paragraph, std::optional<EntityRef> subject, bool opens_section = false,
             const std::string& level = "");
  std::optional<EntityRef> find(rules::ActorOrigin origin) const;
  // The program the sentence entered last ran alone, if any; the next sentence in the paragraph
  // may go on about it (find(previous) is the program, previous_run() both).
  void leave(std::optional<ProgramRun> run) { last_run_ = std::move(run); }
  const std::optional<ProgramRun>& previous_run() const { return previous_run_; }
  // The programs the paragraph named before the sentence being read, in order.
  const std::vector<EntityRef>& paragraph_programs() const { return paragraph_programs_; }
  // The sentence being read named these: the next sentence of the paragraph sees them.
  void named(const std::vector<Mention>& mentions);
  // The level of the paragraph's topic, where it is a place (团结村 opens a paragraph: village).
  const std::string& topic_level() const { return topic_level_; }

 private:
  std::optional<EntityRef> previous_program() const;

  std::optional<EntityRef> headline_;
  std::optional<EntityRef> paragraph_actor_;
  std::optional<EntityRef> topic_;
  std::string topic_level_;
  std::optional<EntityRef> sentence_;
  std::optional<EntityRef> last_body_;      // the organisation last named as a subject
  std::optional<ProgramRun> last_run_;      // the sentence being read
  std::optional<ProgramRun> previous_run_;  // the sentence before it in the paragraph
  std::vector<EntityRef> paragraph_programs_;
  std::size_t paragraph_ = static_cast<std::size_t>(-1);
};

}  // namespace kg::extract
