#include "kg/text/char_signature.h"

#include "kg/text/utf8.h"

namespace kg::text {

CharSignature::CharSignature(std::span<const char32_t> cps) {
  for (char32_t c : cps) {
    const std::uint32_t b = bit(c);
    bits_[b >> 6] |= std::uint64_t{1} << (b & 63);
  }
}

bool CharSignature::may_hold_all(std::string_view utf8) const {
  for (std::size_t pos = 0; pos < utf8.size();)
    if (!may_hold(decode_utf8(utf8, pos))) return false;
  return true;
}

}  // namespace kg::text
