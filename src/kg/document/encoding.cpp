#include "kg/document/encoding.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <memory>

#include "kg/error.h"
#include "kg/text/utf8.h"

namespace kg::document {

namespace {

struct ConverterClose {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
struct DetectorClose {
  void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};

std::size_t line_at(const std::string& raw, std::size_t offset) {
  return 1 + static_cast<std::size_t>(std::count(raw.begin(), raw.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

// UTF-16 units with the source byte of each, as ICU's converter gives them.
struct Units {
  std::vector<UChar> text;
  std::vector<int32_t> from;
};

Units to_units(const std::string& raw, const std::string& encoding, const std::string& source) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterClose> converter(ucnv_open(encoding.c_str(), &status));
  if (U_FAILURE(status)) throw Error(source, 0, "unknown encoding '" + encoding + "' (ICU converter names: GB18030, Big5, UTF-16 …)");
  ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  Units u;
  u.text.resize(raw.size() * 2 + 16);
  u.from.resize(u.text.size());
  UChar* target = u.text.data();
  const char* in = raw.data();
  ucnv_toUnicode(converter.get(), &target, u.text.data() + u.text.size(), &in, raw.data() + raw.size(),
                 u.from.data(), true, &status);
  if (U_FAILURE(status)) {
    const auto at = static_cast<std::size_t>(in - raw.data());
    throw Error(source, line_at(raw, std::min(at, raw.size())),
                "bytes not valid in " + encoding + " near byte offset " + std::to_string(at));
  }
  const auto n = static_cast<std::size_t>(target - u.text.data());
  u.text.resize(n);
  u.from.resize(n);
  return u;
}

}  // namespace

std::optional<Guess> guess_encoding(const std::string& raw) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, DetectorClose> detector(ucsdet_open(&status));
  ucsdet_setText(detector.get(), raw.data(), static_cast<int32_t>(std::min<std::size_t>(raw.size(), 1 << 20)), &status);
  const UCharsetMatch* match = ucsdet_detect(detector.get(), &status);
  if (U_FAILURE(status) || match == nullptr) return std::nullopt;
  const char* name = ucsdet_getName(match, &status);
  const int confidence = ucsdet_getConfidence(match, &status);
  if (U_FAILURE(status) || name == nullptr) return std::nullopt;
  return Guess{name, confidence};
}

Decoded decode(const std::string& raw, const std::string& encoding, const std::string& source) {
  Decoded d;
  d.encoding = encoding;
  if (encoding == "auto") {
    const auto guess = guess_encoding(raw);
    if (!guess) throw Error(source, 0, "the encoding could not be told; name it with --encoding");
    d.encoding = guess->encoding;
  }
  const Units u = to_units(raw, d.encoding, source);
  for (std::size_t i = 0; i < u.text.size();) {
    UChar32 c = u.text[i];
    const auto from = static_cast<std::size_t>(std::max<int32_t>(u.from[i], 0));
    std::size_t next = i + 1;
    if (U16_IS_LEAD(c) && next < u.text.size() && U16_IS_TRAIL(u.text[next])) c = U16_GET_SUPPLEMENTARY(c, u.text[next++]);
    if (!(c == 0xFEFF && d.utf8.empty())) {  // a byte-order mark is no text
      const std::size_t before = d.utf8.size();
      text::append_utf8(d.utf8, static_cast<char32_t>(c));
      d.offsets.insert(d.offsets.end(), d.utf8.size() - before, from);
    }
    i = next;
  }
  d.offsets.push_back(raw.size());
  return d;
}

}  // namespace kg::document
