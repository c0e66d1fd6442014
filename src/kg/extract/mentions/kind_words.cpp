#include "kg/extract/mentions/kind_words.h"

#include <algorithm>

namespace kg::extract {

namespace {

// The whole words of [begin, end) that one of a type's lists holds.
std::vector<words::Span> listed_words(const std::map<std::string, WordMatcher>& lists, const SentenceText& s,
                                      const words::SentenceWords& words, const std::string& type, std::size_t begin,
                                      std::size_t end) {
  std::vector<words::Span> out;
  const auto list = lists.find(type);
  if (list == lists.end()) return out;
  for (std::size_t i = begin; i < end; ++i) {
    const auto match = list->second.longest_at(s.cps, i);
    if (match.length > 0 && i + match.length <= end && words.is_word(i, i + match.length))
      out.emplace_back(i, i + match.length);
  }
  return out;
}

}  // namespace

void KindWords::add(const rules::WordList& list, std::size_t index) {
  const int payload = static_cast<int>(index);
  if (list.kind == "category") {
    for (const auto& t : list.types)
      for (const auto& w : list.words) categories_[t].add(w, payload);
    occasion_heads_.insert(list.except_heads.begin(), list.except_heads.end());
    return;
  }
  for (const auto& t : list.types)
    for (const auto& w : list.words) {
      descriptors_[t].add(w, payload);
      if (list.after_place) classes_[t].add(w, payload);
    }
}

bool KindWords::sorts_into_kinds(const SentenceText& s, const words::SentenceWords& words, const std::string& type,
                                 const std::string& head, std::size_t begin, std::size_t end) const {
  return !occasion_heads_.count(head) && !listed_words(categories_, s, words, type, begin, end).empty();
}

std::vector<words::Span> KindWords::descriptors(const SentenceText& s, const words::SentenceWords& words,
                                                const std::string& type, std::size_t begin, std::size_t end) const {
  return listed_words(descriptors_, s, words, type, begin, end);
}

// 湖南省三甲医院, 定日县乡镇卫生院: places and then only words that rank or class bodies name a
// class of the place's bodies, not one (定日县卫生院 and 定日县人民医院 are one each).
bool KindWords::names_a_class(const SentenceText& s, const words::SentenceWords& words,
                              const std::vector<Mention>& found, const std::string& type, std::size_t begin,
                              std::size_t suffix_begin) const {
  const auto list = classes_.find(type);
  if (list == classes_.end()) return false;
  // 东坝县著名寺院: the head's own word (寺院) is the kind; the class words stand before it.
  if (const std::size_t head = words.word_begin(suffix_begin); head >= begin) suffix_begin = head;
  bool classed = false;
  for (std::size_t at = begin; at < suffix_begin;) {
    const auto place = std::find_if(found.begin(), found.end(), [&](const Mention& m) {
      return m.type == rules::kPlace && m.begin == at && m.end <= suffix_begin;
    });
    if (place != found.end()) {
      at = place->end;
      continue;
    }
    const std::size_t length = list->second.longest_at(s.cps, at).length;
    if (length == 0 || at + length > suffix_begin || !words.is_word(at, at + length)) return false;
    classed = true;
    at += length;
  }
  return classed;
}

}  // namespace kg::extract
