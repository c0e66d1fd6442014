// The character set that rules out patterns: never a false "no", rarely a false "yes".
#include <catch2/catch.hpp>

#include <string>

#include "kg/text/char_signature.h"
#include "kg/text/utf8.h"

using kg::text::CharSignature;

TEST_CASE("a signature holds every character of its text") {
  const std::u32string text = U"县财政局拨付扶贫资金1200万元，用于《乡村振兴》项目。";
  const CharSignature sig{std::u32string_view(text)};
  for (char32_t c : text) CHECK(sig.may_hold(c));
  CHECK(sig.may_hold_all("拨付"));
  CHECK(sig.may_hold_all("万元"));
  CHECK(sig.may_hold_all(""));
}

TEST_CASE("a signature of a short text rules out almost every other character") {
  const std::u32string text = U"县财政局拨付扶贫资金";
  const CharSignature sig{std::u32string_view(text)};
  int wrongly_held = 0;
  for (char32_t c = 0x4E00; c < 0x4E00 + 2000; ++c)
    if (text.find(c) == std::u32string::npos && sig.may_hold(c)) ++wrongly_held;
  CHECK(wrongly_held < 20);  // ten characters set at most ten of 4,096 bits
  CHECK_FALSE(CharSignature{}.may_hold_all("元"));
}
