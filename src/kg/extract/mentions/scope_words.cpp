// Names written with only a level or a deictic word before a department (县政府, 该县住建局,
// 区委宣传部): which level the text before a head names, read against the rule set's scopes.
#include "kg/extract/mentions/scope_words.h"

#include <algorithm>

#include "kg/extract/mentions/mentions.h"
#include "kg/text/utf8.h"

namespace kg::extract {

// The openings of a name written with only a level (县, 该县, 我区), in rule order; every level
// character (县 区 市…); and the deictic words (该县, 我镇) indexed by their first character, so a
// sentence is read once for them.
ScopeWords::ScopeWords(const rules::RuleSet& rules, const GenericWords& generic_words,
                       const gazetteer::Gazetteer* divisions)
    : rules_(rules), generic_words_(generic_words), divisions_(divisions) {
  for (std::size_t k = 0; k < rules_.scopes.size(); ++k) {
    const auto& scope = rules_.scopes[k];
    for (const auto& p : scope.prefixes) {
      const std::u32string level_char = to_u32(p);
      if (scope.bodies) {
        level_chars_ += level_char.back();  // 区 of 自治区: 县自来水厂 is no row of levels
        openings_.push_back({level_char, scope.level, level_char.size()});
      }
      for (const auto* words : {&scope.deictics, &scope.collectives})
        for (const auto& d : *words) {
          std::u32string word = to_u32(d) + level_char;
          if (scope.bodies) openings_.push_back({word, scope.level, level_char.size(), words == &scope.collectives});
          if (word.empty()) continue;
          deictic_by_first_[word.front()].push_back(deictic_words_.size());
          deictic_words_.push_back({std::move(word), k});
        }
      // 村里, 县里: the place, named by its level and a word after it; no body's prefix.
      for (const auto& a : scope.deictics_after) {
        std::u32string word = level_char + to_u32(a);
        deictic_by_first_[word.front()].push_back(deictic_words_.size());
        deictic_words_.push_back({std::move(word), k, true});
      }
    }
  }
}

// 乡城县 in 乡城县城关小学: the word opening at `begin` is an official division's name, though
// no rule has named it yet (县城 in it hides its level from the suffix rules).
bool ScopeWords::is_listed_word(const SentenceText& s, const words::SentenceWords& words, std::size_t begin) const {
  const std::size_t end = words.word_end(begin);
  return divisions_ != nullptr && end > begin && !divisions_->find(s.slice(begin, end)).empty();
}

// 援藏省市科协, 沿线州县政府: two levels in a row right before the head name every body of them,
// whatever opens the name or where a boundary (各省市) leaves it bare. One level twice is a
// place's name and its level (城关区区委); so is a place's name that holds the first (广州市,
// 辉县市): the division list tells, or without one a place found there.
bool ScopeWords::levels_in_a_row(const SentenceText& s, const std::vector<Mention>& found,
                                 std::size_t head_begin) const {
  constexpr std::size_t kRow = 2;
  if (head_begin < kRow) return false;
  const char32_t first = s.cps[head_begin - 2], second = s.cps[head_begin - 1];
  if (first == second || !is_level_char(first) || !is_level_char(second)) return false;
  if (!divisions_)
    return std::none_of(found.begin(), found.end(), [&](const Mention& m) {
      return m.type == rules::kPlace && m.end == head_begin && m.begin + kRow < head_begin;
    });
  constexpr std::size_t kLongestDivision = 8;
  for (std::size_t length = kRow + 1; length <= std::min(head_begin, kLongestDivision); ++length)
    if (!divisions_->find(s.slice(head_begin - length, head_begin)).empty()) return false;
  return true;
}

// What the text before a department name says about its place: "" when it names the place
// itself (东坝县人社局), the scope level when it names only a level or nothing (县政府: county;
// 人社局: the document's own place, "default"), "-" when it is no prefix at all (感谢政府),
// kEveryBody when it names levels in a row (县市政府). A place's name right before the head is a
// prefix whatever its last character (西藏纪委).
ScopeWords::Cut ScopeWords::head_scope(const SentenceText& s, std::size_t begin, std::size_t head_begin,
                                       const rules::Suffix& head, const std::vector<Mention>& found,
                                       const words::SentenceWords* words) const {
  if (levels_in_a_row(s, found, head_begin)) return {std::string(kEveryBody), head_begin};
  if (begin == head_begin) return {head.is_head ? "default" : "", head_begin};
  const auto starts_with = [&](const std::u32string& opening) {
    return opening.size() <= head_begin - begin &&
           std::equal(opening.begin(), opening.end(), s.cps.begin() + static_cast<std::ptrdiff_t>(begin));
  };
  for (const auto& o : openings_) {
    if (!starts_with(o.text)) continue;
    const std::size_t level_at = begin + o.text.size() - o.level_length;
    // 区委宣传部 is the district's; 市民服务中心 is no city's.
    if (generic_words_.compound_longer_at(s, level_at, o.level_length, rules::kPlace)) continue;
    // 县市政府, 区市党委: levels in a row name every body of them, no particular one.
    const std::size_t after = begin + o.text.size();
    if (after < head_begin && is_level_char(s.cps[after])) return {std::string(kEveryBody), head_begin};
    // 乡城县妇计中心, 镇江市委: a place's name that opens with a level character, which a word of
    // the name runs past.
    const bool place_word =
        words && words->opens_word_past(begin, after) &&
        (std::any_of(found.begin(), found.end(),
                     [&](const Mention& m) { return m.type == rules::kPlace && m.begin == begin && m.end > after; }) ||
         is_listed_word(s, *words, begin));
    if (place_word) continue;
    // 全县学校, 全市消防部门: every body of a kind in the place. A longer name part names one body
    // (全县非物质文化遗产保护工作领导小组).
    constexpr std::size_t kKindPart = 2;
    if (o.collective && head_begin - after <= kKindPart) return {std::string(kEveryBody), head_begin};
    // 山西、广东等省宗教工作部门: a level after 等 closes a list of places and names each one's.
    if (begin > 0 && s.cps[begin - 1] == U'等' && o.text.size() == o.level_length)
      return {std::string(kEveryBody), head_begin};
    return {o.level, after};
  }
  if (head.prefix_ends.empty()) return {"", head_begin};
  const std::string last = s.slice(head_begin - 1, head_begin);
  const bool place_before = std::any_of(found.begin(), found.end(), [&](const Mention& m) {
    return m.type == rules::kPlace && m.end == head_begin && m.begin >= begin;
  });
  const bool ends_well =
      place_before || std::find(head.prefix_ends.begin(), head.prefix_ends.end(), last) != head.prefix_ends.end();
  return {ends_well ? "" : "-", head_begin};
}

namespace {

// 巴热村里: the level character at `at` ends the name before it, unless a word of motion or
// place stands before it (到村里, 在县里) or nothing Han does (，村里).
bool ends_name_part(const SentenceText& s, std::size_t at) {
  static constexpr std::u32string_view kBefore = U"在到回进去来从向对给为和与的了是入往赴";
  return at > 0 && text::is_han(s.cps[at - 1]) && kBefore.find(s.cps[at - 1]) == std::u32string_view::npos;
}

}  // namespace

bool ScopeWords::is_level_char(char32_t c) const {
  return level_chars_.find(c) != std::u32string::npos;
}

void ScopeWords::add_deictic_places(const SentenceText& s, std::vector<Mention>& out) const {
  std::vector<std::pair<std::size_t, std::size_t>> hits;  // (word, position), in rule order
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto bucket = deictic_by_first_.find(s.cps[i]);
    if (bucket == deictic_by_first_.end()) continue;
    for (std::size_t w : bucket->second) {
      const std::u32string& word = deictic_words_[w].text;
      if (i + word.size() <= s.size() &&
          std::equal(word.begin(), word.end(), s.cps.begin() + static_cast<std::ptrdiff_t>(i)) &&
          !(deictic_words_[w].after && ends_name_part(s, i)))
        hits.emplace_back(w, i);
    }
  }
  std::sort(hits.begin(), hits.end());
  for (const auto& [w, i] : hits) {
    const auto& scope = rules_.scopes[deictic_words_[w].scope];
    Mention m = make_mention(s, i, i + deictic_words_[w].text.size(), rules::kPlace, scope.level, scope.id);
    m.scope_level = scope.level;
    m.deictic = true;
    out.push_back(std::move(m));
  }
}

}  // namespace kg::extract
