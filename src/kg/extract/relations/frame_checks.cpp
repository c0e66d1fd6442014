#include "kg/extract/relations/frame_checks.h"

#include <algorithm>

#include "kg/extract/mentions/mentions.h"
#include "kg/extract/relations/slots.h"

namespace kg::extract {

namespace {

constexpr std::size_t kRelativeWord = 4;  // the longest word after a cue that makes it a relative clause

// 在5日举办的“大江奔流”采访活动上: a cue that one of the rule's relative words follows is a
// relative clause on what comes after it, which names who acts inside it or not at all.
bool opens_relative_clause(const Frame& f, const SentenceContext& c, std::string& why_not) {
  const std::string after = c.text.slice(f.cue_end, std::min(f.cue_end + kRelativeWord, c.text.size()));
  for (const auto& word : f.rule.relative)
    if (after.starts_with(word)) {
      why_not = "nearly: '" + word + "' makes the cue a relative clause, and it names no source";
      return true;
    }
  return false;
}

// 州民委组织的赴外培训，…推进A工作: a relative clause qualifies the noun right after it; a
// target past the end of that clause (a comma outside quotes) is another clause's object.
bool qualifies_no_target(const Frame& f, const SentenceContext& c) {
  if (!f.target) return false;
  int quoted = 0;
  for (std::size_t at = f.cue_end; at < f.target->first; ++at) {
    const char32_t ch = c.text.cps[at];
    quoted += ch == U'“' ? 1 : ch == U'”' ? -1 : 0;
    if (quoted <= 0 && ends_clause(ch)) return true;
  }
  return false;
}

// How far before money that stands before its cue the words that cancel a rule are looked for.
constexpr std::size_t kBeforeMoney = 4;

bool inside_name(const SentenceContext& c, std::size_t at) {
  return std::any_of(c.mentions.begin(), c.mentions.end(),
                     [&](const Mention& m) { return m.begin <= at && at < m.end; });
}

// 拟在雪川市投资, 五年计划投入: a word of the rule's earlier in the cue's clause, outside the
// names in it, says what is yet to be done (a plan is no money spent).
std::optional<std::string> said_before(const Frame& f, const SentenceContext& c) {
  const auto& words = f.rule.unless_before;
  if (words.empty()) return std::nullopt;
  std::size_t from = f.cue_begin;
  while (from > 0 && !ends_clause(c.text.cps[from - 1])) --from;
  for (std::size_t at = from; at < f.cue_begin; ++at) {
    if (!any_word_starts_at(words, c.text, at) || inside_name(c, at)) continue;
    return *std::find_if(words.begin(), words.end(),
                         [&](const std::string& w) { return any_word_starts_at({w}, c.text, at); });
  }
  // 调研组建议，建立…: a word that ends the clause before, right at its mark, opens this one.
  if (from > 1 && any_word_ends_at(words, c.text, from - 1))
    return *std::find_if(words.begin(), words.end(),
                         [&](const std::string& w) { return any_word_ends_at({w}, c.text, from - 1); });
  return std::nullopt;
}

// 定点医院为A、B等11家: a word of the rule's right after the names the right slots took (past
// closing marks) says the cue is no verb of the kind the rule reads (为 as 'is', not 'for').
std::optional<std::string> said_after(const Frame& f, const SentenceContext& c) {
  const auto& words = f.rule.unless_after;
  if (words.empty() || f.right <= f.cue_end) return std::nullopt;
  std::size_t at = f.right;
  while (at < c.text.size() && is_mark(c.text.cps[at])) ++at;
  if (at >= c.text.size()) return std::nullopt;
  const auto it = std::find_if(words.begin(), words.end(),
                               [&](const std::string& w) { return any_word_starts_at({w}, c.text, at); });
  return it == words.end() ? std::nullopt : std::optional{*it};
}

// The first of `words` that `text` holds, if any.
std::optional<std::string> first_held(const std::vector<std::string>& words, const std::string& text) {
  const auto it = std::find_if(words.begin(), words.end(),
                               [&](const std::string& word) { return text.find(word) != std::string::npos; });
  return it == words.end() ? std::nullopt : std::optional{*it};
}

}  // namespace

// 发放贷款500万元, 罚款2万元: words that, between the cue and what it reaches, cancel the rule;
// 投资500万元的项目: money as an attribute names its payer in its clause or none at all, and is
// the works' budget whatever a plan before it said (拟投入资金2000万元的5个项目均已启动).
bool cancelled(const Frame& f, const SentenceContext& c, std::string& why_not) {
  const std::size_t reach = std::max(f.right, f.amount ? f.amount->end : f.cue_end);
  // Money before the cue (晋宁区将获6700万元…，用于…): the words right before it count too.
  const std::size_t from = f.amount && f.amount->begin < f.cue_begin
                               ? f.amount->begin - std::min<std::size_t>(f.amount->begin, kBeforeMoney)
                               : f.cue_begin;
  const std::string between = c.text.slice(from, std::min(reach, c.text.size()));
  if (const auto word = first_held(f.rule.unless, between)) {
    why_not = "nearly: '" + *word + "' after the cue";
    return true;
  }
  if (const auto word = said_after(f, c)) {
    why_not = "nearly: '" + *word + "' after the target";
    return true;
  }
  const auto attribute = first_held(f.rule.attributive, between);
  if (const auto word = said_before(f, c); word && !attribute) {
    why_not = "nearly: '" + *word + "' before the cue";
    return true;
  }
  if (!f.source_in_clause && attribute) {
    why_not = "nearly: '" + *attribute + "' makes the money an attribute, and no payer is named";
    return true;
  }
  if (!opens_relative_clause(f, c, why_not)) return false;
  if (!f.source_in_clause) return true;
  why_not = "nearly: the relative clause qualifies the noun after it, and the target stands past its clause";
  return qualifies_no_target(f, c);
}

}  // namespace kg::extract
