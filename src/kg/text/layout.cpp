#include "kg/text/layout.h"

#include <algorithm>
#include <string_view>
#include <vector>

#include "kg/text/utf8.h"

namespace kg::text {

namespace {

struct Line {
  std::size_t begin;  // byte offsets into the normalised text, spaces trimmed
  std::size_t end;
  std::size_t start;  // where the line starts and stops before spaces are trimmed
  std::size_t stop;
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
  const std::size_t line_start = begin;
  const std::size_t line_stop = end;
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
  return {begin, end, line_start, line_stop};
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

// Printed width of [begin, end), spaces included, as the file gave it: a character of three
// bytes there (Chinese, a full-width digit or space that NFKC made ASCII) takes two columns, one
// of one byte one column, and the bytes of a letter-spacing space normalising dropped after it
// one column each (three bytes and one: 3 columns).
std::size_t display_width(const Text& text, std::size_t begin, std::size_t end) {
  std::size_t width = 0;
  for (std::size_t pos = begin; pos < end;) {
    const std::size_t at = pos;
    decode_utf8(text.bytes, pos);
    const std::size_t original = text.origin[pos] - text.origin[at];
    width += original >= 3 ? original - 1 : original;
  }
  return width;
}

// What the layout repair reads off a line: its characters, its printed width (an indented first
// line fills the column too), whether it breaks off in the middle of a sentence, and whether it
// is one sentence whole.
struct Shape {
  std::vector<char32_t> cps;
  std::size_t width;
  bool open;
  bool one_sentence;
};

// Is the line one sentence, its only full stop at its end (a closing quote or bracket may follow)?
bool is_one_sentence(const std::vector<char32_t>& cps) {
  static constexpr std::u32string_view kStops = U"。！？";
  static constexpr std::u32string_view kClosing = U"”’）」』";
  std::size_t last = cps.size();
  while (last > 0 && kClosing.find(cps[last - 1]) != std::u32string_view::npos) --last;
  if (last == 0 || kStops.find(cps[last - 1]) == std::u32string_view::npos) return false;
  return std::none_of(cps.begin(), cps.begin() + static_cast<std::ptrdiff_t>(last - 1),
                      [](char32_t c) { return kStops.find(c) != std::u32string_view::npos; });
}

std::vector<Shape> shapes_of(const Text& text, const std::vector<Line>& lines) {
  std::vector<Shape> shapes;
  shapes.reserve(lines.size());
  for (const Line& line : lines) {
    std::vector<char32_t> cps = code_points(std::string_view(text.bytes).substr(line.begin, line.end - line.begin));
    const bool open = !ends_sentence(cps.back());
    const bool one_sentence = is_one_sentence(cps);
    shapes.push_back({std::move(cps), display_width(text, line.start, line.stop), open, one_sentence});
  }
  return shapes;
}

// Text wrapped at a narrow column (a newspaper page through pdftotext) has many lines of
// nearly the same width, that of the column, most of them broken in the middle of a sentence,
// where a paragraph's last line and a headline are shorter. The band of kColumnSlack columns
// that holds the most such lines gives the column's width; text of whole paragraphs, one per
// line, has no such band, nor have captions repeated line after line (they end sentences).
std::size_t column_width(const std::vector<Shape>& shapes, const LayoutOptions& options) {
  constexpr std::size_t kColumnSlack = 2;  // a character that does not fit wraps early
  constexpr std::size_t kMinLines = 5;
  constexpr std::size_t kWidest = 240;  // wider is no narrow column
  std::vector<std::size_t> all(kWidest + 1, 0);
  std::vector<std::size_t> broken(kWidest + 1, 0);
  for (const Shape& s : shapes) {
    if (s.width > kWidest) continue;
    ++all[s.width];
    if (s.open) ++broken[s.width];
  }
  std::size_t best = 0;
  std::size_t best_count = 0;
  for (std::size_t w = std::max(options.min_column, kColumnSlack); w <= kWidest; ++w) {
    std::size_t count = 0;
    std::size_t mid_sentence = 0;
    for (std::size_t v = w - kColumnSlack; v <= w; ++v) count += all[v], mid_sentence += broken[v];
    if (mid_sentence * 3 >= count * 2 && count >= best_count && count > 0) best = w, best_count = count;
  }
  // No line of wrapped text runs past the column, but a stray one (a table row, a pasted link).
  const auto wider = static_cast<std::size_t>(
      std::count_if(shapes.begin(), shapes.end(), [&](const Shape& s) { return s.width > best; }));
  const bool wrapped = best_count >= kMinLines && best_count * 100 >= shapes.size() * options.column_share_percent &&
                       wider * 10 <= shapes.size();
  return wrapped ? best - kColumnSlack : 0;
}

// Some sites set every sentence on a line of its own: then a line is no paragraph, and the
// sentences run on until a line that is none (a headline) breaks them, as a reader takes them.
bool has_sentence_lines(const std::vector<Shape>& shapes) {
  constexpr std::size_t kMinLines = 5;
  constexpr std::size_t kSharePercent = 60;
  const auto count = static_cast<std::size_t>(
      std::count_if(shapes.begin(), shapes.end(), [](const Shape& s) { return s.one_sentence; }));
  return count >= kMinLines && count * 100 >= shapes.size() * kSharePercent;
}

// How the page is set: the narrow column it is wrapped at (0: none), and whether its lines are
// one sentence each.
struct Page {
  std::size_t column;
  bool sentence_lines;
};

// Does line `i`, not the last, run on into the next? The first line, a headline, may be as wide
// as the column.
bool continues_on_next_line(const std::vector<Shape>& shapes, std::size_t i, const Page& page,
                            const LayoutOptions& options) {
  const Shape& line = shapes[i];
  if (page.sentence_lines && i > 0 && line.one_sentence && shapes[i + 1].one_sentence) return true;
  if (page.column > 0 && i > 0) {
    // A full line ends a paragraph only where the paragraph happens to fill it, more rarely than
    // one of its sentences does: it goes on. So does a nearly full one that ends no sentence
    // (figures set narrow wrap early); a paragraph's last line ends one.
    if (line.width >= page.column) return true;
    if (line.width * 4 >= page.column * 3 && line.open) return true;
  }
  return line.cps.size() >= options.min_body_line && line.open;
}

void append(Text& out, const Text& in, const Line& line) {
  out.bytes.append(in.bytes, line.begin, line.end - line.begin);
  out.origin.insert(out.origin.end(), in.origin.begin() + static_cast<std::ptrdiff_t>(line.begin),
                    in.origin.begin() + static_cast<std::ptrdiff_t>(line.end));
}

}  // namespace

Text repair_layout(const Text& text, const LayoutOptions& options) {
  const std::vector<Line> lines = non_blank_lines(text.bytes);
  const std::vector<Shape> shapes = shapes_of(text, lines);
  const Page page{column_width(shapes, options), has_sentence_lines(shapes)};
  Text out;
  out.bytes.reserve(text.bytes.size());
  out.origin.reserve(text.origin.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    append(out, text, lines[i]);
    if (i + 1 < lines.size() && !continues_on_next_line(shapes, i, page, options)) {
      out.bytes += '\n';
      out.origin.push_back(text.origin[lines[i].end]);
    }
  }
  out.origin.push_back(text.origin.back());
  return out;
}

}  // namespace kg::text
