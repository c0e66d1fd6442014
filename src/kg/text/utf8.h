// UTF-8 validation and decoding. kgbuild refuses invalid input rather than guessing an encoding:
// a wrong guess would put garbage into labels that consumers then show to people.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kg::text {

// Byte offset of the first byte that is not part of well-formed UTF-8, or nullopt when the
// whole input is valid. Overlong forms, surrogates and code points above U+10FFFF are invalid.
std::optional<std::size_t> find_invalid_utf8(std::string_view bytes);

// Decodes the code point starting at `pos` and advances `pos` past it.
// REQUIRES: `bytes` is valid UTF-8 and pos < bytes.size().
char32_t decode_utf8(std::string_view bytes, std::size_t& pos);

void append_utf8(std::string& out, char32_t c);

// Whole strings between UTF-8 and code points. REQUIRES for to_u32: valid UTF-8.
std::u32string to_u32(std::string_view utf8);
std::string to_utf8(std::u32string_view cps);

bool is_han(char32_t c);

// A space of a pasted text: ASCII, tab, ideographic or no-break.
bool is_space(char32_t c);

// A digit or a Chinese numeral of a count or a date (3, 三, 〇, 两, 余, 数).
bool is_numeral(char32_t c);

}  // namespace kg::text
