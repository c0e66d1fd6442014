#include "kg/words/segmenter.h"

#include <algorithm>
#include <cstring>

#include "kg/text/utf8.h"

namespace kg::words {

namespace {

// About as probable as a common word of the dictionary: enough for a name of the rule set to
// win over the pieces it would otherwise fall into.
constexpr float kExtraWordLogProbability = -9.0f;

constexpr std::size_t kAheadPositions = 8;

bool is_latin(char32_t c) {
  return (c >= U'0' && c <= U'9') || (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z');
}

constexpr char32_t kHanFirst = 0x4E00, kHanLast = 0x9FFF;
constexpr std::uint64_t kKnown = 1ull << 63, kPresent = 1ull << 62, kIsWord = 1ull << 61;

std::uint64_t pack(const std::optional<Entry>& e) {
  if (!e) return kKnown;
  std::uint32_t bits = 0;
  std::memcpy(&bits, &e->log_probability, sizeof bits);
  return kKnown | kPresent | (e->is_word ? kIsWord : 0) | (std::uint64_t{static_cast<std::uint8_t>(e->tag)} << 32) | bits;
}

std::optional<Entry> unpack(std::uint64_t v) {
  if (!(v & kPresent)) return std::nullopt;
  Entry e;
  const auto bits = static_cast<std::uint32_t>(v);
  std::memcpy(&e.log_probability, &bits, sizeof bits);
  e.tag = static_cast<Tag>((v >> 32) & 0xFF);
  e.is_word = (v & kIsWord) != 0;
  return e;
}

}  // namespace

Segmenter::Segmenter(const Dictionary& dictionary)
    : dictionary_(dictionary), han_(kHanLast - kHanFirst + 2), longest_(dictionary.longest_word()) {}

void Segmenter::add_word(std::u32string_view word, Tag tag) {
  if (han_.back().load(std::memory_order_relaxed) != 0)
    for (auto& known : han_) known.store(0, std::memory_order_relaxed);
  WordHash h;
  for (std::size_t i = 0; i < word.size(); ++i) {
    h.add(word[i]);
    auto& entry = extra_[h.value()];
    if (i + 1 == word.size()) entry = Entry{kExtraWordLogProbability, tag, true};
  }
  longest_ = std::max(longest_, word.size());
}

void Segmenter::add_head(std::u32string_view head) {
  heads_.emplace_back(head);
}

void Segmenter::add_title(std::u32string_view title) {
  if (!title.empty()) titles_.emplace_back(title);
}

// Does one of the titles start at `at`, right after one of the heads?
bool Segmenter::title_after_head(std::span<const char32_t> cps, std::size_t at) const {
  // Most positions open no title: their character opens none.
  if (std::none_of(titles_.begin(), titles_.end(), [&](const std::u32string& t) { return t.front() == cps[at]; }))
    return false;
  const std::u32string_view text(cps.data(), cps.size());
  const auto starts_here = [&](const std::u32string& title) { return text.substr(at).starts_with(title); };
  const auto ends_here = [&](const std::u32string& head) { return text.substr(0, at).ends_with(head); };
  return std::any_of(titles_.begin(), titles_.end(), starts_here) &&
         std::any_of(heads_.begin(), heads_.end(), ends_here);
}

// The rule set's tag wins (the dictionary calls 幼儿园 a person's name and 县 a status word);
// the dictionary's probability stands where it has the word.
std::optional<Entry> Segmenter::lookup(std::uint64_t hash) const {
  const Entry* extra = extra_.find(hash);
  const auto listed = dictionary_.find(hash);
  if (!extra) return listed;
  if (!listed) return *extra;
  if (!extra->is_word) return listed;
  if (!listed->is_word) return *extra;
  return Entry{std::max(listed->log_probability, extra->log_probability), extra->tag, true};
}

std::optional<Entry> Segmenter::lookup_han(char32_t c, std::uint64_t hash) const {
  if (c < kHanFirst || c > kHanLast) return lookup(hash);
  std::atomic<std::uint64_t>& slot = han_[c - kHanFirst];
  std::uint64_t v = slot.load(std::memory_order_relaxed);
  if (v == 0) {
    v = pack(lookup(hash));
    slot.store(v, std::memory_order_relaxed);
    han_.back().store(1, std::memory_order_relaxed);
  }
  return unpack(v);
}

// The hashes of the first few candidate words at `i`, their slots announced to the processor
// while the position after `i` is worked on; best_from at `i` then reads them.
Segmenter::Ahead Segmenter::ahead_at(std::span<const char32_t> cps, std::size_t i) const {
  Ahead ahead;
  if (!text::is_han(cps[i])) return ahead;
  WordHash h;
  for (std::size_t j = i; j < cps.size() && ahead.count < ahead.hashes.size(); ++j) {
    h.add(cps[j]);
    dictionary_.prefetch(h.value());
    ahead.hashes[ahead.count++] = h;
  }
  return ahead;
}

// The best word starting at `i`, given the best paths from every later position.
Segmenter::Step Segmenter::best_from(std::span<const char32_t> cps, std::size_t i, const Ahead& ahead,
                                     const std::vector<Step>& best, const std::vector<bool>& cut) const {
  const std::size_t n = cps.size();
  if (!text::is_han(cps[i])) {
    std::size_t j = i + 1;
    if (is_latin(cps[i]))
      while (j < n && is_latin(cps[j]) && !cut[j]) ++j;
    const Tag tag = is_latin(cps[i]) ? Tag::latin : Tag::punctuation;
    return {best[j].score + dictionary_.unknown_log_probability(), j, tag};
  }
  Step step{best[i + 1].score + dictionary_.unknown_log_probability(), i + 1, Tag::unknown};
  WordHash h;
  for (std::size_t j = i + 1; j <= n && j - i <= longest_; ++j) {
    if (j - 1 > i && cut[j - 1]) break;
    if (const std::size_t k = j - i - 1; k < ahead.count)
      h = ahead.hashes[k];
    else
      h.add(cps[j - 1]);
    const auto entry = j == i + 1 ? lookup_han(cps[i], h.value()) : lookup(h.value());
    if (!entry) break;
    if (!entry->is_word) continue;
    const float score = best[j].score + entry->log_probability;
    if (j == i + 1 || score > step.score) step = {score, j, entry->tag};
  }
  return step;
}

std::vector<Word> Segmenter::segment(std::span<const char32_t> cps, std::span<const Span> keep_whole) const {
  const std::size_t n = cps.size();
  std::vector<bool> cut(n + 1, false);
  std::vector<std::size_t> whole_end(n, 0);
  for (const auto& [b, e] : keep_whole) {
    if (b >= e || e > n) continue;
    cut[b] = cut[e] = true;
    whole_end[b] = e;
  }
  // 5月经国务院批准: a month after its number is a word of its own, whatever the dictionary
  // would read on (月经), but for the words of time it opens (月份, 月底, 月初).
  static constexpr std::u32string_view kMonthWords = U"份底初中末内";
  for (std::size_t i = 1; i + 1 < n; ++i)
    if (cps[i] == U'月' && text::is_numeral(cps[i - 1]) && kMonthWords.find(cps[i + 1]) == std::u32string_view::npos)
      cut[i + 1] = true;
  if (!titles_.empty())
    for (std::size_t i = 1; i < n; ++i)
      if (title_after_head(cps, i)) cut[i] = true;
  std::vector<Step> best(n + 1);
  // The lookups of a position are announced kAheadPositions positions before they are made: a
  // slot of the table takes longer to arrive than one position takes to read.
  std::array<Ahead, kAheadPositions> ahead{};
  for (std::size_t k = 1; k <= kAheadPositions && k <= n; ++k) ahead[(n - k) % kAheadPositions] = ahead_at(cps, n - k);
  for (std::size_t i = n; i-- > 0;) {
    const Ahead here = ahead[i % kAheadPositions];
    if (i >= kAheadPositions) ahead[(i - kAheadPositions) % kAheadPositions] = ahead_at(cps, i - kAheadPositions);
    best[i] = best_from(cps, i, here, best, cut);
    if (whole_end[i] == 0) continue;
    const auto entry = lookup(hash_of({cps.data() + i, whole_end[i] - i}));
    const Tag tag = entry && entry->is_word ? entry->tag : Tag::org_name;
    best[i] = {best[whole_end[i]].score + kExtraWordLogProbability, whole_end[i], tag};
  }
  std::vector<Word> words;
  for (std::size_t i = 0; i < n; i = best[i].end) words.push_back({i, best[i].end, best[i].tag});
  return words;
}

}  // namespace kg::words
