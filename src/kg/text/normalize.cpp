#include "kg/text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <iterator>
#include <stdexcept>
#include <utility>

#include "kg/text/utf8.h"

namespace kg::text {

std::size_t Text::original_end(std::size_t end) const {
  // The end of a span is the original position just after the last byte it covers.
  if (end == 0) return origin[0];
  const std::size_t last = origin[end - 1];
  std::size_t next = origin[end];
  return next > last ? next : last + 1;
}

namespace {

const icu::Normalizer2& nfkc() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status) || n == nullptr) throw std::runtime_error("ICU NFKC normaliser unavailable");
  return *n;
}

// ASCII punctuation and the full-width form it takes in Chinese text; the full-width forms are
// also the ones NFKC must leave alone.
constexpr std::pair<char32_t, char32_t> kFullwidth[] = {{U',', U'，'}, {U';', U'；'}, {U':', U'：'}, {U'!', U'！'},
                                                        {U'?', U'？'}, {U'(', U'（'}, {U')', U'）'}};

bool is_kept_fullwidth_punctuation(char32_t c) {
  return std::any_of(std::begin(kFullwidth), std::end(kFullwidth), [&](const auto& p) { return p.second == c; });
}

char32_t fullwidth_of(char32_t c) {
  for (const auto& [ascii, wide] : kFullwidth)
    if (ascii == c) return wide;
  return 0;
}

bool is_xml_forbidden(char32_t c) {
  return c < 0x20 && c != U'\n' && c != U'\t';
}

// Straight double quotes pasted from a PDF (开展"健康进万家"活动) pair up as the curly ones of the
// genre: a quote opens where none is open and closes the one that is, curly quotes counting too.
// A blank line closes what was left open, so one stray quote misleads no more than its
// paragraph; a line's end does not, for a PDF breaks lines inside quotes (…高兴。/"据悉).
class QuotePairing {
 public:
  // The form of `c`: a curly quote for a straight one that `in_chinese` says stands in Chinese text.
  char32_t form_of(char32_t c, bool in_chinese) {
    if (c == U'\n') {
      if (at_line_start_) open_ = false;
      at_line_start_ = true;
      return c;
    }
    if (c != U' ' && c != U'\t' && c != U'　') at_line_start_ = false;
    if (c == U'“' || c == U'”') open_ = c == U'“';
    if (c != U'"' && c != U'＂') return c;
    const char32_t curly = open_ ? U'”' : U'“';
    open_ = !open_;
    return in_chinese ? curly : c;
  }

 private:
  bool open_ = false;
  bool at_line_start_ = true;
};

struct CodePoint {
  char32_t value;
  std::size_t offset;
};

std::vector<CodePoint> decode_all(std::string_view raw) {
  std::vector<CodePoint> out;
  out.reserve(raw.size());
  std::size_t pos = 0;
  while (pos < raw.size()) {
    const std::size_t at = pos;
    out.push_back({decode_utf8(raw, pos), at});
  }
  return out;
}

bool is_wide_letter(char32_t c) {
  return c >= 0x80 && !is_space(c);
}

bool is_ascii_letter(char32_t c) {
  return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
}

// Is the code point at `i` a space that only spaces out the characters around it, in a line
// [begin, end): a single one between two others, not between two Latin letters (a word gap)?
bool is_spacing(const std::vector<CodePoint>& cps, std::size_t i, std::size_t begin, std::size_t end) {
  if (i == begin || i + 1 >= end || (cps[i].value != U' ' && cps[i].value != U'　')) return false;
  const char32_t before = cps[i - 1].value;
  const char32_t after = cps[i + 1].value;
  return !is_space(before) && !is_space(after) && !(is_ascii_letter(before) && is_ascii_letter(after));
}

// Justified text through pdftotext comes letter-spaced (山 南 市 投 入 1 0 0 万 元): most
// neighbouring Chinese characters of the line stand a single space apart, where a line of
// ordinary text spaces out a name or two (本报记者 张三 李四) at most.
bool is_letter_spaced(const std::vector<CodePoint>& cps, std::size_t begin, std::size_t end) {
  constexpr std::size_t kMinSpaced = 4;
  std::size_t spaced = 0;
  std::size_t joined = 0;
  for (std::size_t i = begin; i + 1 < end; ++i) {
    if (is_wide_letter(cps[i].value) && is_wide_letter(cps[i + 1].value)) ++joined;
    if (is_spacing(cps, i, begin, end) && is_wide_letter(cps[i - 1].value) && is_wide_letter(cps[i + 1].value))
      ++spaced;
  }
  return spaced >= kMinSpaced && spaced >= 3 * joined;
}

// The text without the spaces of its letter-spaced lines; every code point keeps its offset.
std::vector<CodePoint> without_letter_spacing(const std::vector<CodePoint>& cps) {
  std::vector<CodePoint> out;
  out.reserve(cps.size());
  for (std::size_t begin = 0; begin < cps.size();) {
    std::size_t end = begin;
    while (end < cps.size() && cps[end].value != U'\n') ++end;
    const bool spaced = is_letter_spaced(cps, begin, end);
    for (std::size_t i = begin; i < end; ++i)
      if (!spaced || !is_spacing(cps, i, begin, end)) out.push_back(cps[i]);
    if (end < cps.size()) out.push_back(cps[end]);
    begin = end + 1;
  }
  return out;
}

// Is the nearest code point before (`step` -1) or after (+1) `i` a wide one? A few line breaks,
// spaces and straight quotes between do not count: a PDF line may open with the comma after 万元.
bool is_wide_neighbour(const std::vector<CodePoint>& cps, std::size_t i, int step) {
  constexpr std::size_t kMaxSkipped = 8;  // a bound, so that a file of blanks stays linear
  std::size_t k = i;
  for (std::size_t n = 0; n <= kMaxSkipped && ((step < 0 && k > 0) || (step > 0 && k + 1 < cps.size())); ++n) {
    k = step < 0 ? k - 1 : k + 1;
    const char32_t c = cps[k].value;
    if (c != U'\n' && c != U'"' && !is_space(c)) return c >= 0x80;
  }
  return false;
}

// Appends the NFKC form of one code point, every byte mapped to `offset`.
void append_normalized(Text& out, char32_t c, std::size_t offset, const icu::Normalizer2& norm) {
  icu::UnicodeString decomposition;
  if (c < 0x80 || is_kept_fullwidth_punctuation(c) || !norm.getDecomposition(static_cast<UChar32>(c), decomposition)) {
    append_utf8(out.bytes, c);
  } else {
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString result = norm.normalize(icu::UnicodeString(static_cast<UChar32>(c)), status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU normalisation failed");
    result.toUTF8String(out.bytes);
  }
  out.origin.resize(out.bytes.size(), offset);
}

}  // namespace

Text normalize(std::string_view raw) {
  const icu::Normalizer2& norm = nfkc();
  const std::vector<CodePoint> cps = without_letter_spacing(decode_all(raw));
  Text out;
  out.bytes.reserve(raw.size());
  out.origin.reserve(raw.size() + 1);
  QuotePairing quotes;
  for (std::size_t i = 0; i < cps.size(); ++i) {
    char32_t c = cps[i].value;
    // Only ASCII marks ask what stands around them; the neighbours are looked for then alone.
    const bool mark = fullwidth_of(c) != 0 || c == U'.' || c == U'"' || c == U'＂';
    const bool before_wide = mark && is_wide_neighbour(cps, i, -1);
    const bool after_wide = mark && is_wide_neighbour(cps, i, 1);
    if (c == U'\r') {
      if (i + 1 < cps.size() && cps[i + 1].value == U'\n') continue;
      c = U'\n';
    } else if (is_xml_forbidden(c)) {
      c = U' ';
    } else if (char32_t wide = fullwidth_of(c)) {
      if (before_wide || after_wide) c = wide;
    } else if (c == U'.' && before_wide) {
      c = U'。';  // 完成任务.下一步, 张朝村.7月5日: a full stop; 3.5万元 and No.1 keep their point
    }
    c = quotes.form_of(c, before_wide || after_wide);
    append_normalized(out, c, cps[i].offset, norm);
  }
  out.origin.push_back(raw.size());
  return out;
}

}  // namespace kg::text
