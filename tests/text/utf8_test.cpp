#include <catch2/catch.hpp>

#include "kg/text/utf8.h"

using kg::text::find_invalid_utf8;

TEST_CASE("valid UTF-8 with Chinese and a 4-byte character passes") {
  CHECK_FALSE(find_invalid_utf8("县卫健委投入资金 𠀀 ok").has_value());
}

TEST_CASE("the first invalid byte is reported by offset") {
  CHECK(find_invalid_utf8(std::string("abc\xff") + "def") == 3u);
  CHECK(find_invalid_utf8("\xe5\x8e") == 0u);          // truncated sequence
  CHECK(find_invalid_utf8("\xc0\xaf") == 0u);          // overlong
  CHECK(find_invalid_utf8("ok\xed\xa0\x80") == 2u);    // surrogate
  CHECK(find_invalid_utf8("\xf4\x90\x80\x80") == 0u);  // above U+10FFFF
}

TEST_CASE("decoding and encoding round-trip") {
  const std::string s = "林芝a𠀀";
  std::string back;
  std::size_t pos = 0;
  while (pos < s.size()) kg::text::append_utf8(back, kg::text::decode_utf8(s, pos));
  CHECK(back == s);
}
