// Words glued before a name the document also writes alone: dropped from labels and spans.
#include <algorithm>
#include <map>
#include <string>

#include "kg/extract/mentions/mentions.h"
#include "kg/extract/names/document_labels.h"
#include "kg/extract/names/names.h"
#include "kg/text/utf8.h"

namespace kg::extract {

namespace {

// The word of the sentence that starts where `m` does, if any.
const words::Word* word_starting(const Mention& m, const std::vector<words::Word>& words) {
  const auto w = std::find_if(words.begin(), words.end(), [&](const words::Word& x) { return x.begin == m.begin; });
  return w == words.end() ? nullptr : &*w;
}

// Is m's first character a word of its own, one that tells no body from another (推 of 推亿利集团,
// 珠 of 班玛更珠; not 顺 of 顺丰, 川 of 川藏)?
bool glued_character(const Mention& m, const std::vector<words::Word>& words) {
  const words::Word* first = word_starting(m, words);
  return first && first->end == m.begin + 1 && (!words::is_distinctive(first->tag) || first->tag == words::Tag::person);
}

// 印中友好协会: a country's one-character name before 中 names the friendship, not a glue.
bool names_a_friendship(const std::string& rest) {
  return rest.starts_with("中") && !rest.starts_with("中国") && !rest.starts_with("中共");
}

// Does `prefix` hold a place of the document, by its label or its name less the level word?
bool holds_document_place(const std::u32string& prefix, const DocumentLabels& labels) {
  const std::string text = text::to_utf8(prefix);
  return std::any_of(labels.places.begin(), labels.places.end(), [&](const std::string& place) {
    return text.find(bare_place_name(place).value_or(place)) != std::string::npos;
  });
}

// Is `w` a common word that may be glued before a name: two characters or more (a lone one is a
// syllable of a name the dictionary lacks: 热贡, 国网), not ending in a level (互助县, 自治区)?
bool is_glued_word(const words::Word& w, const std::u32string& name, std::size_t name_begin) {
  static constexpr std::u32string_view kLevels = U"省市县区州旗盟乡镇村";
  const bool common = words::is_common_tag(w.tag) || w.tag == words::Tag::time;
  return common && w.end - w.begin >= 2 && kLevels.find(name[w.end - 1 - name_begin]) == std::u32string_view::npos;
}

// 学生吉尕小学 of 吉尕小学, 旅游旺季布达拉宫管理处 of 布达拉宫管理处: a body's label that is another
// body's of the document, opening with a name, after common words only (no place, no body's
// head at their end: 公安局 of 公安局林芝分局 stays) took words of the clause before it. The other
// body's label, or "".
std::string after_common_words(const Mention& m, const std::vector<words::Word>& words, const DocumentLabels& labels) {
  constexpr std::size_t kShortestBody = 4;
  static constexpr std::u32string_view kHeads = U"局部委会院厅处司社团队站所校办行室馆";
  const std::u32string name = to_u32(m.label);
  auto w = std::find_if(words.begin(), words.end(), [&](const words::Word& x) { return x.begin == m.begin; });
  for (; w != words.end() && std::next(w) != words.end() && w->end < m.begin + name.size(); ++w) {
    if (!is_glued_word(*w, name, m.begin)) return "";
    const std::size_t glued = w->end - m.begin;
    if (name.size() - glued < kShortestBody || kHeads.find(name[glued - 1]) != std::u32string_view::npos ||
        !words::is_distinctive(std::next(w)->tag))
      continue;
    const std::string rest = text::to_utf8(std::u32string_view(name).substr(glued));
    if (labels.bodies.count(rest)) return holds_document_place(name.substr(0, glued), labels) ? "" : rest;
  }
  return "";
}

// 享增值税改革 of 增值税改革: a program's label that is another program's of the document after a
// verb of one character is that program's. The other program's label, or "".
std::string after_verb_character(const Mention& m, const std::vector<words::Word>& words,
                                 const DocumentLabels& labels) {
  const words::Word* first = word_starting(m, words);
  if (!first || first->end != m.begin + 1 || first->tag != words::Tag::verb) return "";
  const std::string rest = text::to_utf8(std::u32string_view(to_u32(m.label)).substr(1));
  return labels.programs.count(rest) ? rest : "";
}

// The label of the entity a mention names less the words glued before it, or "".
std::string without_glued_words(const Mention& m, const std::vector<words::Word>& words, const DocumentLabels& labels) {
  constexpr std::size_t kShortestName = 4;
  const std::u32string name = to_u32(m.label);
  if (m.surface != m.label || name.size() <= kShortestName) return "";
  if (m.type == rules::kProgram) return after_verb_character(m, words, labels);
  if (m.type != rules::kOrganisation) return "";
  const std::string rest = text::to_utf8(std::u32string_view(name).substr(1));
  if (labels.bodies.count(rest) && !names_a_friendship(rest) && glued_character(m, words)) return rest;
  return after_common_words(m, words, labels);
}

}  // namespace

void drop_glued_words(std::vector<Mention>& mentions,
                           const std::vector<std::vector<words::Word>>& sentence_words) {
  const DocumentLabels labels = labels_of(mentions);
  std::map<std::string, std::map<std::string, std::string>> own;  // type -> glued label -> the entity's label
  for (const auto& m : mentions)
    if (m.sentence < sentence_words.size())
      if (const std::string label = without_glued_words(m, sentence_words[m.sentence], labels); !label.empty())
        own[m.type][m.label] = label;
  for (const auto& [type, to] : own) relabel(mentions, type, to);
  // The glued words are no form of the name: the mention covers the entity's label alone.
  for (Mention& m : mentions)
    if (own.count(m.type) && own[m.type].count(m.surface) && m.surface.ends_with(m.label)) {
      const std::size_t bytes = m.surface.size() - m.label.size();
      m.span.begin += bytes;
      m.begin += to_u32(m.surface.substr(0, bytes)).size();
      m.surface = m.label;
    }
}

void drop_glued_prefixes(std::vector<Mention>& mentions) {
  std::set<std::string> places;  // sorted: the first label not below a prefix is the one that may start with it
  for (const auto& m : mentions)
    if (m.type == rules::kPlace) places.insert(m.label);
  // 易贡 of 易贡乡: the prefix is a place's name less its level (达 is no 达孜区).
  static const std::vector<std::string> kLevels = {"省", "市", "州",   "县",   "区",   "旗",     "盟",     "乡",
                                                   "镇", "村", "社区", "街道", "地区", "自治区", "自治州", "自治县"};
  const auto names_a_place = [&](const std::string& prefix) {
    for (auto it = places.lower_bound(prefix); it != places.end() && it->starts_with(prefix); ++it)
      if (std::find(kLevels.begin(), kLevels.end(), it->substr(prefix.size())) != kLevels.end()) return true;
    return false;
  };
  // 而, 过, 并: a character that joins or turns a clause, never the first of a name.
  static constexpr std::u32string_view kJoining = U"而过并且则却又";
  for (Mention& m : mentions) {
    if (m.surface.size() <= m.label.size() || !m.surface.ends_with(m.label)) continue;
    const std::u32string prefix = to_u32(m.surface.substr(0, m.surface.size() - m.label.size()));
    // A longer prefix is more often a part of the name the label lost (易贡国家地质公园), but for
    // a joining character glued before it (而常州西藏民族中学).
    std::size_t glued = 0;  // code points of the prefix to drop
    if (prefix.size() > 2)
      glued = kJoining.find(prefix.front()) != std::u32string_view::npos ? 1 : 0;
    else if (!names_a_place(text::to_utf8(prefix)))
      glued = prefix.size();
    if (glued == 0) continue;
    const std::size_t bytes = text::to_utf8(std::u32string_view(prefix).substr(0, glued)).size();
    m.span.begin += bytes;
    m.begin += glued;
    m.surface = m.surface.substr(bytes);
  }
}

}  // namespace kg::extract
