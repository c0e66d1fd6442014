// ICU's UText over UTF-8 bytes, owned: ICU then reports positions as byte offsets into them.
#pragma once

#include <unicode/utext.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

namespace kg::text {

struct UTextCloser {
  void operator()(UText* t) const { utext_close(t); }
};
using UTextPtr = std::unique_ptr<UText, UTextCloser>;

// REQUIRES: `bytes` outlives the returned UText.
inline UTextPtr open_utf8(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  UTextPtr ut(utext_openUTF8(nullptr, bytes.data(), static_cast<int64_t>(bytes.size()), &status));
  if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU UText: ") + u_errorName(status));
  return ut;
}

}  // namespace kg::text
