#include "kg/document/sections.h"

#include <array>
#include <string_view>

namespace kg::document {

namespace {

// Where a part that starts at `from` ends, at most `limit`: the last break of the strongest kind
// in the window's second half (searched there only, so cutting stays linear in the text).
std::size_t cut_at(std::string_view text, std::size_t from, std::size_t limit) {
  if (limit >= text.size()) return text.size();
  const std::size_t window_begin = from + (limit - from) / 2;
  const std::string_view window = text.substr(window_begin, limit - window_begin);
  constexpr std::array<std::string_view, 5> kBreaks = {"\n\n", "\n", "。", "！", "？"};
  for (const auto mark : kBreaks)
    if (const auto at = window.rfind(mark); at != std::string_view::npos) return window_begin + at + mark.size();
  std::size_t at = limit;
  while (at > from && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;  // not inside a character
  return at;
}

Document part_of(const Document& doc, std::size_t begin, std::size_t end, std::size_t section) {
  Document part;
  part.id = doc.id;
  part.source = doc.source;
  part.year = doc.year;
  part.bytes = doc.bytes.substr(begin, end - begin);
  part.section = section;
  if (doc.source_offsets.empty())
    part.base = doc.base + begin;
  else
    part.source_offsets.assign(doc.source_offsets.begin() + static_cast<std::ptrdiff_t>(begin),
                               doc.source_offsets.begin() + static_cast<std::ptrdiff_t>(end + 1));
  return part;
}

}  // namespace

std::vector<Document> split_sections(Document doc, std::size_t max_bytes) {
  std::vector<Document> parts;
  if (doc.bytes.size() <= max_bytes) {
    parts.push_back(std::move(doc));
    return parts;
  }
  for (std::size_t begin = 0; begin < doc.bytes.size();) {
    const std::size_t end = cut_at(doc.bytes, begin, begin + max_bytes);
    Document part = part_of(doc, begin, end, parts.size());
    if (has_text(part.bytes)) parts.push_back(std::move(part));
    begin = end;
  }
  return parts;
}

}  // namespace kg::document
