#include "kg/extract/mentions/lexicon_matcher.h"

#include <algorithm>

#include "kg/text/utf8.h"

namespace kg::extract {

namespace {

void insert_longest_first(std::vector<std::size_t>& bucket, std::size_t index,
                          const std::vector<WordMatcher::Word>& words) {
  const auto at = std::find_if(bucket.begin(), bucket.end(),
                               [&](std::size_t other) { return words[other].text.size() < words[index].text.size(); });
  bucket.insert(at, index);
}

}  // namespace

void WordMatcher::add(const std::string& word, int payload) {
  std::u32string w = to_u32(word);
  if (w.empty()) return;
  if (const auto it = index_.find(w); it != index_.end()) {
    words_[it->second].payloads.push_back(payload);
    return;
  }
  const std::size_t index = words_.size();
  words_.push_back({w, {payload}});
  index_.emplace(w, index);
  insert_longest_first(by_first_[w.front()], index, words_);
  insert_longest_first(by_last_[w.back()], index, words_);
  if (w.front() < 0x10000) first_in_bmp_[w.front()] = true;
  if (w.back() < 0x10000) last_in_bmp_[w.back()] = true;
}

WordMatcher::Match WordMatcher::longest_at(const std::vector<char32_t>& cps, std::size_t pos) const {
  if (pos >= cps.size() || (cps[pos] < 0x10000 && !first_in_bmp_[cps[pos]])) return {};
  const auto bucket = by_first_.find(cps[pos]);
  if (bucket == by_first_.end()) return {};
  for (std::size_t index : bucket->second) {
    const std::u32string& w = words_[index].text;
    if (pos + w.size() <= cps.size() && std::equal(w.begin(), w.end(), cps.begin() + static_cast<std::ptrdiff_t>(pos)))
      return {w.size(), &words_[index].payloads};
  }
  return {};
}

WordMatcher::Match WordMatcher::longest_ending_at(const std::vector<char32_t>& cps, std::size_t end) const {
  if (end == 0 || end > cps.size() || (cps[end - 1] < 0x10000 && !last_in_bmp_[cps[end - 1]])) return {};
  const auto bucket = by_last_.find(cps[end - 1]);
  if (bucket == by_last_.end()) return {};
  for (std::size_t index : bucket->second) {
    const std::u32string& w = words_[index].text;
    if (w.size() <= end && std::equal(w.begin(), w.end(), cps.begin() + static_cast<std::ptrdiff_t>(end - w.size())))
      return {w.size(), &words_[index].payloads};
  }
  return {};
}

}  // namespace kg::extract
