// Normalisation and layout repair of arbitrary bytes that are valid UTF-8: the offset map must
// stay whole (one original offset per normalised byte, and the end), increasing, within the input.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "kg/text/layout.h"
#include "kg/text/normalize.h"
#include "kg/text/segment.h"
#include "kg/text/utf8.h"

namespace {

void check(const kg::text::Text& t, std::size_t input_size) {
  if (t.origin.size() != t.bytes.size() + 1) std::abort();
  for (std::size_t i = 0; i + 1 < t.origin.size(); ++i)
    if (t.origin[i] > t.origin[i + 1] || t.origin[i] > input_size) std::abort();
  if (kg::text::find_invalid_utf8(t.bytes)) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view raw(reinterpret_cast<const char*>(data), size);
  if (kg::text::find_invalid_utf8(raw)) return 0;  // the readers refuse it before normalisation
  const kg::text::Text normal = kg::text::normalize(raw);
  check(normal, size);
  const kg::text::Text repaired = kg::text::repair_layout(normal);
  check(repaired, size);
  for (const auto& s : kg::text::segment(repaired))
    if (s.span.end > repaired.bytes.size() || s.span.begin > s.span.end) std::abort();
  return 0;
}
