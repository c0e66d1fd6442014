// Which characters a text holds, as a 4,096-bit set of hashed code points: a "no" is certain, a
// "yes" may be wrong. A rule pattern that needs a literal the sentence lacks is ruled out by
// a few bit tests, before any search through the sentence's bytes.
//
//   kg::text::CharSignature sig(std::u32string_view(U"县财政局拨付资金"));
//   sig.may_hold_all("拨付")  -> true;   sig.may_hold_all("《")  -> false (almost always)
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string_view>

namespace kg::text {

class CharSignature {
 public:
  CharSignature() = default;
  explicit CharSignature(std::span<const char32_t> cps);

  bool may_hold(char32_t c) const {
    const std::uint32_t b = bit(c);
    return (bits_[b >> 6] >> (b & 63)) & 1;
  }
  // May it hold every code point of `utf8` (valid UTF-8, as a rule's literals are)?
  bool may_hold_all(std::string_view utf8) const;

 private:
  static std::uint32_t bit(char32_t c) { return (static_cast<std::uint32_t>(c) * 2654435761u) >> 20; }

  std::array<std::uint64_t, 64> bits_{};
};

}  // namespace kg::text
