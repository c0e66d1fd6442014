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

std::uint64_t pair_key(char32_t a, char32_t b) {
  return (static_cast<std::uint64_t>(a) << 32) | b;
}

std::size_t pair_bit(std::uint64_t key) {
  return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> 48);
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
  if (w.size() == 1) {
    if (!single_.find(w.front())) single_[w.front()] = index;
    if (w.front() < 0x10000) single_in_bmp_[w.front()] = true;
  } else {
    const std::uint64_t first = pair_key(w[0], w[1]), last = pair_key(w[w.size() - 2], w.back());
    insert_longest_first(by_first_two_[first], index, words_);
    insert_longest_first(by_last_two_[last], index, words_);
    first_pairs_[pair_bit(first)] = true;
    last_pairs_[pair_bit(last)] = true;
  }
  if (w.front() < 0x10000) first_in_bmp_[w.front()] = true;
  if (w.back() < 0x10000) last_in_bmp_[w.back()] = true;
}

WordMatcher::Match WordMatcher::longest_at(const std::vector<char32_t>& cps, std::size_t pos) const {
  if (pos >= cps.size() || (cps[pos] < 0x10000 && !first_in_bmp_[cps[pos]])) return {};
  if (pos + 1 < cps.size()) {
    const std::uint64_t key = pair_key(cps[pos], cps[pos + 1]);
    const auto match = first_fitting(first_pairs_[pair_bit(key)] ? by_first_two_.find(key) : nullptr,
                                     [&](const std::u32string& w) {
                                       return pos + w.size() <= cps.size() &&
                                              std::equal(w.begin() + 2, w.end(), cps.begin() + static_cast<std::ptrdiff_t>(pos + 2));
                                     });
    if (match.length > 0) return match;
  }
  return single(cps[pos]);
}

WordMatcher::Match WordMatcher::longest_ending_at(const std::vector<char32_t>& cps, std::size_t end) const {
  if (end == 0 || end > cps.size() || (cps[end - 1] < 0x10000 && !last_in_bmp_[cps[end - 1]])) return {};
  if (end >= 2) {
    const std::uint64_t key = pair_key(cps[end - 2], cps[end - 1]);
    const auto match = first_fitting(last_pairs_[pair_bit(key)] ? by_last_two_.find(key) : nullptr,
                                     [&](const std::u32string& w) {
                                       return w.size() <= end &&
                                              std::equal(w.begin(), w.end() - 2, cps.begin() + static_cast<std::ptrdiff_t>(end - w.size()));
                                     });
    if (match.length > 0) return match;
  }
  return single(cps[end - 1]);
}

WordMatcher::Match WordMatcher::single(char32_t c) const {
  if (c < 0x10000 && !single_in_bmp_[c]) return {};
  const std::size_t* index = single_.find(c);
  if (!index) return {};
  return {1, &words_[*index].payloads};
}

}  // namespace kg::extract
