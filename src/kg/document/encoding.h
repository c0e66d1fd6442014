// Text in the encodings Chinese sources come in (GB18030 and GBK from government sites, Big5
// from older archives, UTF-16 from office tools), read through ICU's converters into UTF-8 with
// a map back to the bytes as given, so that offsets in the mention log point into the user's file.
//
//   Decoded d = decode(raw, "GB18030", "notice.txt");     // or "auto": ICU's charset detector
//   d.utf8, d.offsets[i] (byte of raw where UTF-8 byte i came from), d.encoding
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace kg::document {

struct Decoded {
  std::string utf8;
  std::vector<std::size_t> offsets;  // offsets.size() == utf8.size() + 1; the last is raw.size()
  std::string encoding;              // the converter used (what "auto" chose)
};

// Throws kg::Error naming `source` and the line for an unknown encoding name or bytes that are
// not valid in it.
Decoded decode(const std::string& raw, const std::string& encoding, const std::string& source);

// ICU's best guess of the encoding of `raw` with its confidence (0 to 100), when it has one.
struct Guess {
  std::string encoding;
  int confidence = 0;
};
std::optional<Guess> guess_encoding(const std::string& raw);

}  // namespace kg::document
