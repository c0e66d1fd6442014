// The checks a candidate name passes before it is kept: compound words around its suffix,
// generic words, listed divisions and the body a quoted unit belongs to.
#include <algorithm>

#include "kg/extract/mentions/mentions.h"
#include "kg/text/utf8.h"

namespace kg::extract {

using rules::kOrganisation;
using rules::kPlace;

// 委 in 居委会 or 委员会 is no suffix of its own: a longer suffix covers it and runs on past it.
bool EntityRecognizer::inside_longer_suffix(const SentenceText& s, std::size_t suffix_begin, std::size_t end) const {
  for (std::size_t k = suffix_begin >= 3 ? suffix_begin - 3 : 0; k <= suffix_begin; ++k) {
    const auto match = suffixes_.longest_at(s.cps, k);
    if (match.length > 0 && k + match.length > end) return true;
  }
  return false;
}

// The suffix is part of a compound word around it: 城市 in 争当城市, 村级 in 发展村级产业.
bool EntityRecognizer::in_generic_compound(const SentenceText& s, std::size_t suffix_begin, std::size_t end,
                                           const std::string& type) const {
  const auto it = compounds_.find(type);
  if (it == compounds_.end()) return false;
  const std::size_t suffix_length = end - suffix_begin;
  return it->second.longest_ending_at(s.cps, end).length > suffix_length ||
         it->second.longest_at(s.cps, suffix_begin).length > suffix_length;
}

// An official division's name stays a place where a compound word runs on from its suffix into
// a body's (加木村党支部: 村党 | 支部 elsewhere), so that the body takes the place's whole name; so does a
// county's that ends in a compound (东城区, 房山区). Villages are too many to outweigh a compound
// that ends with them (新农村, 小城镇).
bool EntityRecognizer::is_listed_place(const SentenceText& s, std::size_t begin, std::size_t suffix_begin,
                                       std::size_t end, const std::string& type) const {
  if (type != kPlace || divisions_ == nullptr || end - begin < 3) return false;
  const auto listed = divisions_->find(s.slice(begin, end));
  if (listed.empty()) return false;
  const auto compounds = compounds_.find(type);
  if (compounds->second.longest_ending_at(s.cps, end).length <= end - suffix_begin) return opens_body_at(s, end);
  return std::any_of(listed.begin(), listed.end(),
                     [&](std::uint32_t i) { return divisions_->division(i).level <= gazetteer::Level::county; });
}

// Does an organisation's suffix start at `at` (党支部 after 加木村)?
bool EntityRecognizer::opens_body_at(const SentenceText& s, std::size_t at) const {
  const auto match = suffixes_.longest_at(s.cps, at);
  return match.length > 0 && std::any_of(match.payloads->begin(), match.payloads->end(), [&](int i) {
           return name_ends_[static_cast<std::size_t>(i)].type == kOrganisation;
         });
}

// 东坝县人民医院“教培中心”: a quoted name right after a body is that body's unit, whatever
// its words; the start of the parent when so.
std::optional<std::size_t> EntityRecognizer::quoted_unit_parent(const SentenceText& s,
                                                                const std::vector<Mention>& found,
                                                                std::size_t suffix_begin, std::size_t end) {
  if (end >= s.size() || s.cps[end] != U'”') return std::nullopt;
  std::size_t open = suffix_begin;
  while (open > 0 && suffix_begin - open < 12 && text::is_han(s.cps[open - 1])) --open;
  if (open == 0 || s.cps[open - 1] != U'“' || open == suffix_begin) return std::nullopt;
  for (const auto& m : found)
    if (m.type == kOrganisation && m.end + 1 == open) return m.begin;
  return std::nullopt;
}

// “嘎跃”宗教活动: a program a pattern found that ends in a compound word (a kind of activity)
// is that kind, whatever opens it. Patterns for bodies name their own heads (…运营监管团队).
bool EntityRecognizer::ends_in_compound(const SentenceText& s, std::size_t begin, std::size_t end,
                                        const std::string& type) const {
  if (type != rules::kProgram) return false;
  const auto match = suffixes_.longest_ending_at(s.cps, end);
  return match.length > 0 && end - begin > match.length && in_generic_compound(s, end - match.length, end, type);
}

// 城关区经济社会建设, 东坝县乡村建设: a place and a kind of work name no program; each place
// does such work.
bool EntityRecognizer::is_generic_after_place(const SentenceText& s, const std::vector<Mention>& found,
                                              std::size_t begin, std::size_t end) const {
  std::size_t after = begin;
  for (const auto& m : found)
    if (m.type == kPlace && m.level != "other" && m.begin == begin && m.end < end) after = std::max(after, m.end);
  return after != begin && is_generic_span(s, after, end);
}

// Is the text one generic word, whole (建设, 民生工程)?
bool EntityRecognizer::is_generic_text(const std::vector<char32_t>& cps) const {
  return generic_.longest_at(cps, 0).length == cps.size();
}

bool EntityRecognizer::is_generic_span(const SentenceText& s, std::size_t begin, std::size_t end) const {
  return is_generic_text(
      {s.cps.begin() + static_cast<std::ptrdiff_t>(begin), s.cps.begin() + static_cast<std::ptrdiff_t>(end)});
}

bool EntityRecognizer::is_generic(const Mention& m) const {
  const std::u32string label = to_u32(m.label);
  return label.size() < 2 || is_generic_text({label.begin(), label.end()});
}

}  // namespace kg::extract
