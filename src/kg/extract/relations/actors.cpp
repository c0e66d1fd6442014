#include "kg/extract/relations/actors.h"

#include <algorithm>
#include <span>

#include "kg/extract/relations/slots.h"
#include "kg/text/utf8.h"

namespace kg::extract {

namespace {

constexpr int kNamesNoBody = 0;   // payload of a subject word that names no body (村民)
constexpr int kPointsBack = 1;    // payload of one that points back to the body named before (该局)
constexpr int kPurpose = 1;       // payload of an adverbial word that opens a purpose (为了)
constexpr std::size_t kSubjectWindow = 16;     // a subject starts within this many characters of its clause
constexpr std::size_t kAdverbialLength = 40;  // an opening adverbial clause is at most this long

bool is_actor(const Mention& m) {
  return !m.nested && (m.type == rules::kOrganisation || m.type == rules::kPlace);
}

// Dates and numbering before a subject: 2017年, 3月5日, （一）, 1.
bool is_date_or_number(char32_t c) {
  static const std::u32string kChars = U"0123456789０１２３４５６７８９年月日号.．、（）()";
  return kChars.find(c) != std::u32string::npos;
}

bool names_actor(const std::vector<Mention>& mentions, std::size_t begin, std::size_t end) {
  return std::any_of(mentions.begin(), mentions.end(),
                     [&](const Mention& m) { return is_actor(m) && m.begin >= begin && m.begin < end; });
}

// Where the clause that starts at `at` ends: its comma, or the sentence's end.
std::size_t comma_after(const SentenceText& text, std::size_t at) {
  while (at < text.size() && text.cps[at] != U'，' && text.cps[at] != U',') ++at;
  return at;
}

bool is_pause(char32_t c) {
  return c == U'，' || c == U',' || c == U'：' || c == U':' || text::is_space(c);
}

}  // namespace

SubjectFinder::SubjectFinder(const rules::RuleSet& rules, const words::Segmenter* segmenter) : segmenter_(segmenter) {
  for (const auto& list : rules.word_lists) {
    if (list.kind == "lead-in")
      for (const auto& word : list.words) lead_ins_.add(word, 0);
    if (list.kind == "adverbial" || list.kind == "purpose")
      for (const auto& word : list.words) adverbials_.add(word, list.kind == "purpose" ? kPurpose : 0);
    if (list.kind == "section")
      for (const auto& word : list.words) sections_.add(word, 0);
    if (list.kind == "unnamed-subject")
      for (const auto& word : list.words) unnamed_.add(word, kNamesNoBody);
    if (list.kind == "back-reference")
      for (const auto& word : list.words) unnamed_.add(word, kPointsBack);
    if (list.kind == "non-agent")
      for (const auto& word : list.words) non_agents_.add(word, 0);
  }
}

// Past the adverbial clauses that open a sentence (为做好草场确权工作，在西坝乡，): where the
// clause that may hold the subject starts. A purpose runs on over the clauses after it that open
// with what is done (为了深化改革，促进发展，更好地满足需求，东坝县医院…), when it opens with one
// itself.
std::size_t SubjectFinder::past_adverbials(const SentenceText& text) const {
  std::size_t at = 0;
  bool purpose = false;
  while (at < text.size()) {
    const auto match = adverbials_.longest_at(text.cps, at);
    const std::size_t comma = comma_after(text, at);
    if (comma == text.size() || comma - at > kAdverbialLength) break;
    if (match.length > 0) {
      // 为推进…: a purpose opens with what is to be done; 为各县新增了… names whom a deed is for.
      purpose = std::find(match.payloads->begin(), match.payloads->end(), kPurpose) != match.payloads->end() &&
                opens_with_act(text, at + match.length, comma);
    } else if (!purpose || !opens_with_act(text, at, comma)) {
      break;
    }
    at = comma + 1;
  }
  return at;
}

// Only dates, pauses and lead-in words between `from` (past the opening adverbial clauses) and `begin`.
bool SubjectFinder::opens_clause(const SentenceText& text, std::size_t from, std::size_t begin) const {
  std::size_t at = std::min(from, begin);
  while (at < begin) {
    if (is_pause(text.cps[at]) || is_date_or_number(text.cps[at])) {
      ++at;
      continue;
    }
    const auto match = lead_ins_.longest_at(text.cps, at);
    if (match.length == 0 || at + match.length > begin) return false;
    at += match.length;
  }
  return true;
}

std::optional<EntityRef> SubjectFinder::subject_of(const std::vector<Mention>& mentions,
                                                   const SentenceText& text) const {
  const std::size_t start = past_adverbials(text);
  if (auto subject = subject_from(mentions, text, start)) return subject;
  if (auto unnamed = unnamed_subject(mentions, text, start)) return unnamed;
  // A verb opening the sentence after an adverbial clause (通过实施…，改善了…) is the predicate
  // of an omitted subject, not a way of working before one.
  if (start > 0) return std::nullopt;
  const std::size_t comma = comma_after(text, start);
  if (comma == text.size() || comma > kAdverbialLength || names_actor(mentions, start, comma) ||
      !opens_with_verb(text, start, comma))
    return std::nullopt;
  return subject_from(mentions, text, comma + 1);
}

// 近三年，…学生 and “河长制”推行以来，…村民 open with a time or a name: the clause after them
// holds no subject of the sentence's; 锁定产业定位 and 开展整治行动 open with what is done.
bool SubjectFinder::opens_with_verb(const SentenceText& text, std::size_t begin, std::size_t end) const {
  return first_tag(text, begin, end) == words::Tag::verb;
}

// A clause that opens with a verb or an adverb (促进发展, 更好地满足需求) says what is done.
bool SubjectFinder::opens_with_act(const SentenceText& text, std::size_t begin, std::size_t end) const {
  const auto tag = first_tag(text, begin, end);
  return tag == words::Tag::verb || tag == words::Tag::adverb;
}

// The tag of the first word of [begin, end), without the word dictionary none.
std::optional<words::Tag> SubjectFinder::first_tag(const SentenceText& text, std::size_t begin, std::size_t end) const {
  if (!segmenter_) return std::nullopt;
  const auto words = segmenter_->segment(std::span<const char32_t>(text.cps).subspan(begin, end - begin));
  return words.empty() ? std::nullopt : std::optional{words.front().tag};
}

namespace {

// 美国宣布…: a name that acts in no frame (a foreign state in local news) holds the subject's
// place and names no one who acts, as 村民 does.
EntityRef actor_ref(const Mention& m) {
  return m.acts ? ref(m) : EntityRef{"", m.label};
}

// 巴宜区百巴镇拉格村建成…: a chain of places opens the sentence, and its lowest place is who acts.
const Mention& innermost(const std::vector<Mention>& mentions, const Mention& m) {
  for (const auto& next : mentions)
    if (!next.nested && opens_chain(m, next)) return innermost(mentions, next);
  return m;
}

}  // namespace

std::optional<EntityRef> SubjectFinder::subject_from(const std::vector<Mention>& mentions, const SentenceText& text,
                                                     std::size_t start) const {
  for (const auto& m : mentions) {
    if (m.nested || m.begin < start) continue;
    if (m.begin > start + kSubjectWindow) break;
    if (!is_actor(m) || !opens_clause(text, start, m.begin)) continue;
    const Mention& actor = innermost(mentions, m);
    if (non_agents_.longest_at(text.cps, actor.end).length > 0) return std::nullopt;
    return actor_ref(actor);
  }
  return std::nullopt;
}

// 该工作队着重…, 村民们自发组织…: a subject that names no body, right where the clause opens
// (past lead-in words), and not the start of a body's name (村民委员会); or one that points back
// to the body named before (该局, 该院).
std::optional<EntityRef> SubjectFinder::unnamed_subject(const std::vector<Mention>& mentions, const SentenceText& text,
                                                        std::size_t start) const {
  std::size_t at = start;
  while (at < text.size()) {
    if (is_pause(text.cps[at]) || is_date_or_number(text.cps[at])) {
      ++at;
    } else if (const auto lead_in = lead_ins_.longest_at(text.cps, at); lead_in.length > 0) {
      at += lead_in.length;
    } else {
      break;
    }
  }
  const auto match = unnamed_.longest_at(text.cps, at);
  if (match.length == 0 || names_actor(mentions, at, at + match.length)) return std::nullopt;
  const bool back = std::find(match.payloads->begin(), match.payloads->end(), kPointsBack) != match.payloads->end();
  return EntityRef{back ? std::string(kBackReference) : "", text.slice(at, at + match.length)};
}

bool SubjectFinder::opens_section(const SentenceText& text) const {
  std::size_t at = 0;
  while (at < text.size() && (is_pause(text.cps[at]) || is_date_or_number(text.cps[at]))) ++at;
  if (sections_.longest_at(text.cps, at).length > 0) return true;
  const std::size_t comma = comma_after(text, at);
  return comma < text.size() && sections_.longest_ending_at(text.cps, comma).length > 0;
}

std::optional<EntityRef> SubjectFinder::headline_actor(const std::vector<Mention>& mentions,
                                                       const SentenceText& text) const {
  const Mention* actor = nullptr;
  for (const auto& m : mentions) {
    if (!is_actor(m)) continue;
    if (!actor) {
      if (!opens_clause(text, past_adverbials(text), m.begin)) return std::nullopt;
    } else if (!(actor->type == rules::kPlace && m.type == rules::kPlace && m.begin == actor->end)) {
      break;
    }
    actor = &m;
  }
  if (!actor) return std::nullopt;
  return actor_ref(*actor);
}

void Actors::enter(std::size_t paragraph, std::optional<EntityRef> subject, bool opens_section,
                   const std::string& level) {
  if (paragraph != paragraph_) {
    paragraph_actor_.reset();
    topic_.reset();
    paragraph_programs_.clear();
  } else if (sentence_) {
    paragraph_actor_ = sentence_;
  }
  previous_run_ = paragraph == paragraph_ ? std::move(last_run_) : std::nullopt;
  last_run_.reset();
  if (opens_section && topic_) paragraph_actor_ = topic_;
  // 该局党员干部赴…: the body named last as a subject, whoever the sentences between were about.
  if (subject && subject->type == kBackReference) subject = last_body_;
  if (subject && subject->type == rules::kOrganisation) last_body_ = subject;
  if (!topic_ && subject) topic_level_ = level;
  if (!topic_) topic_ = subject;
  paragraph_ = paragraph;
  sentence_ = std::move(subject);
}

void Actors::named(const std::vector<Mention>& mentions) {
  for (const auto& m : mentions)
    if (m.type == rules::kProgram && !m.nested) paragraph_programs_.push_back(ref(m));
}

std::optional<EntityRef> Actors::previous_program() const {
  return previous_run_ ? std::optional{previous_run_->program} : std::nullopt;
}

std::optional<EntityRef> Actors::find(rules::ActorOrigin origin) const {
  switch (origin) {
    case rules::ActorOrigin::sentence: return sentence_;
    case rules::ActorOrigin::paragraph: return paragraph_actor_;
    case rules::ActorOrigin::headline: return headline_;
    case rules::ActorOrigin::previous: return previous_program();
    case rules::ActorOrigin::topic: return topic_;
    case rules::ActorOrigin::parent:
      return std::nullopt;  // the target's name gives it, not the text around
  }
  return std::nullopt;
}

}  // namespace kg::extract
