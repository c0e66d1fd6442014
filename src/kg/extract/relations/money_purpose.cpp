#include "kg/extract/relations/money_purpose.h"

#include <algorithm>
#include <string>
#include <vector>

#include "kg/extract/relations/slots.h"
#include "kg/text/utf8.h"

namespace kg::extract {

namespace {

// 投入培训资金290.82万元: the word that names what money is for, between the cue and one of the
// slot's money nouns right after it; empty where there is none.
std::string money_purpose(const rules::Slot& slot, std::size_t cue_end, const SentenceContext& c) {
  constexpr std::size_t kShortest = 2, kLongest = 4;
  std::size_t from = cue_end;
  if (from < c.text.size() && c.text.cps[from] == U'了') ++from;
  for (std::size_t end = from + kShortest; end <= from + kLongest && end < c.text.size(); ++end) {
    if (!text::is_han(c.text.cps[end - 1])) return "";
    constexpr std::size_t kLongestNoun = 8;  // 专项补助资金
    const std::string after = c.text.slice(end, std::min(end + kLongestNoun, c.text.size()));
    if (std::any_of(slot.echo_nouns.begin(), slot.echo_nouns.end(),
                    [&](const std::string& noun) { return after.starts_with(noun); }))
      return c.text.slice(from, end);
  }
  return "";
}

// Does a program's name end with the word money is named for, or with it and a program word
// (职业技能培训项目 for 培训)? Money for projects (项目资金) names no kind of work, and a name that
// only holds the word (援藏工作座谈会) is another thing.
bool named_for(const std::string& label, const std::string& purpose, const std::vector<std::string>& program_words) {
  if (std::find(program_words.begin(), program_words.end(), purpose) != program_words.end()) return false;
  const auto ends_with = [&](const std::string& tail) {
    return label.ends_with(purpose + tail) && label != purpose + tail;
  };
  return ends_with("") || std::any_of(program_words.begin(), program_words.end(), ends_with);
}

}  // namespace

std::optional<EntityRef> echoed_program(const rules::Slot& slot, std::size_t cue_begin, std::size_t cue_end,
                                        const SentenceContext& c, const std::vector<std::string>& program_words) {
  if (slot.echo_nouns.empty() || slot.side != rules::Side::right) return std::nullopt;
  const std::string purpose = money_purpose(slot, cue_end, c);
  if (purpose.empty()) return std::nullopt;
  for (auto m = c.mentions.rbegin(); m != c.mentions.rend(); ++m)
    if (m->type == rules::kProgram && !m->nested && m->end <= cue_begin && named_for(m->label, purpose, program_words))
      return ref(*m);
  const auto& named = c.actors.paragraph_programs();
  for (auto p = named.rbegin(); p != named.rend(); ++p)
    if (named_for(p->label, purpose, program_words)) return *p;
  return std::nullopt;
}

}  // namespace kg::extract
