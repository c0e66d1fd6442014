#include "kg/extract/lexicon_matcher.h"

#include <algorithm>

#include "kg/text/utf8.h"

namespace kg::extract {

std::u32string to_u32(const std::string& utf8) {
  std::u32string out;
  std::size_t pos = 0;
  while (pos < utf8.size()) out += text::decode_utf8(utf8, pos);
  return out;
}

void WordMatcher::add(const std::string& word, int payload) {
  std::u32string w = to_u32(word);
  if (w.empty()) return;
  max_length_ = std::max(max_length_, w.size());
  words_[std::move(w)].push_back(payload);
}

WordMatcher::Match WordMatcher::longest_at(const std::vector<char32_t>& cps, std::size_t pos) const {
  const std::size_t limit = std::min(max_length_, cps.size() - std::min(pos, cps.size()));
  for (std::size_t len = limit; len > 0; --len) {
    const auto it = words_.find(std::u32string(cps.begin() + static_cast<std::ptrdiff_t>(pos),
                                               cps.begin() + static_cast<std::ptrdiff_t>(pos + len)));
    if (it != words_.end()) return {len, &it->second};
  }
  return {};
}

WordMatcher::Match WordMatcher::longest_ending_at(const std::vector<char32_t>& cps, std::size_t end) const {
  const std::size_t limit = std::min(max_length_, end);
  for (std::size_t len = limit; len > 0; --len) {
    const auto it = words_.find(std::u32string(cps.begin() + static_cast<std::ptrdiff_t>(end - len),
                                               cps.begin() + static_cast<std::ptrdiff_t>(end)));
    if (it != words_.end()) return {len, &it->second};
  }
  return {};
}

}  // namespace kg::extract
