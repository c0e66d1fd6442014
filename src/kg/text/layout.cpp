#include "kg/text/layout.h"

#include <string_view>
#include <vector>

#include "kg/text/utf8.h"

namespace kg::text {

namespace {

struct Line {
  std::size_t begin;  // byte offsets into the normalised text, spaces trimmed
  std::size_t end;
};

// Sentence-final and closing marks: a line that ends with one is complete.
bool ends_sentence(char32_t c) {
  static constexpr std::u32string_view kFinal = U"。！？；：…”’」』）》】.!?;:)\"'";
  return kFinal.find(c) != std::u32string_view::npos;
}

std::vector<char32_t> code_points(std::string_view s) {
  std::vector<char32_t> out;
  std::size_t pos = 0;
  while (pos < s.size()) out.push_back(decode_utf8(s, pos));
  return out;
}

Line trim(std::string_view all, std::size_t begin, std::size_t end) {
  while (begin < end) {
    std::size_t pos = begin;
    if (!is_space(decode_utf8(all, pos))) break;
    begin = pos;
  }
  while (end > begin) {
    std::size_t start = end - 1;
    while (start > begin && (static_cast<unsigned char>(all[start]) & 0xC0) == 0x80) --start;
    std::size_t pos = start;
    if (!is_space(decode_utf8(all, pos))) break;
    end = start;
  }
  return {begin, end};
}

std::vector<Line> non_blank_lines(std::string_view all) {
  std::vector<Line> lines;
  std::size_t begin = 0;
  while (begin <= all.size()) {
    std::size_t end = all.find('\n', begin);
    if (end == std::string_view::npos) end = all.size();
    const Line line = trim(all, begin, end);
    if (line.end > line.begin) lines.push_back(line);
    begin = end + 1;
  }
  return lines;
}

bool continues_on_next_line(std::string_view all, const Line& line, const LayoutOptions& options) {
  const std::vector<char32_t> cps = code_points(all.substr(line.begin, line.end - line.begin));
  return cps.size() >= options.min_body_line && !ends_sentence(cps.back());
}

void append(Text& out, const Text& in, const Line& line) {
  out.bytes.append(in.bytes, line.begin, line.end - line.begin);
  out.origin.insert(out.origin.end(), in.origin.begin() + static_cast<std::ptrdiff_t>(line.begin),
                    in.origin.begin() + static_cast<std::ptrdiff_t>(line.end));
}

}  // namespace

Text repair_layout(const Text& text, const LayoutOptions& options) {
  const std::vector<Line> lines = non_blank_lines(text.bytes);
  Text out;
  out.bytes.reserve(text.bytes.size());
  out.origin.reserve(text.origin.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    append(out, text, lines[i]);
    const bool last = i + 1 == lines.size();
    if (!last && !continues_on_next_line(text.bytes, lines[i], options)) {
      out.bytes += '\n';
      out.origin.push_back(text.origin[lines[i].end]);
    }
  }
  out.origin.push_back(text.origin.back());
  return out;
}

}  // namespace kg::text
