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

// Text wrapped at a narrow column (a newspaper page through pdftotext) has many lines of
// nearly the same width, that of the column, most of them broken in the middle of a sentence,
// where a paragraph's last line and a headline are shorter. The band of kColumnSlack columns
// that holds the most such lines gives the column's width; text of whole paragraphs, one per
// line, has no such band, nor have captions repeated line after line (they end sentences).
std::size_t column_width(const std::vector<std::size_t>& widths, const std::vector<bool>& open,
                         const LayoutOptions& options) {
  constexpr std::size_t kColumnSlack = 2;  // a character that does not fit wraps early
  constexpr std::size_t kMinLines = 5;
  constexpr std::size_t kWidest = 240;  // wider is no narrow column
  std::vector<std::size_t> all(kWidest + 1, 0);
  std::vector<std::size_t> broken(kWidest + 1, 0);
  for (std::size_t i = 0; i < widths.size(); ++i) {
    if (widths[i] > kWidest) continue;
    ++all[widths[i]];
    if (open[i]) ++broken[widths[i]];
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
  const auto wider =
      static_cast<std::size_t>(std::count_if(widths.begin(), widths.end(), [&](std::size_t w) { return w > best; }));
  const bool wrapped = best_count >= kMinLines && best_count * 100 >= widths.size() * options.column_share_percent &&
                       wider * 10 <= widths.size();
  return wrapped ? best - kColumnSlack : 0;
}

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

// Some sites set every sentence on a line of its own: then a line is no paragraph, and the
// sentences run on until a line that is none (a headline) breaks them, as a reader takes them.
bool has_sentence_lines(const std::vector<bool>& one_sentence) {
  constexpr std::size_t kMinLines = 5;
  constexpr std::size_t kSharePercent = 60;
  const auto count = static_cast<std::size_t>(std::count(one_sentence.begin(), one_sentence.end(), true));
  return count >= kMinLines && count * 100 >= one_sentence.size() * kSharePercent;
}

// `first`: the text's first line, which a headline as wide as the column may fill.
bool continues_on_next_line(const std::vector<char32_t>& cps, std::size_t width, std::size_t column, bool first,
                            const LayoutOptions& options) {
  if (column > 0) {
    // A full line ends a paragraph only where the paragraph happens to fill it, more rarely than
    // one of its sentences does: it goes on. So does a nearly full one that ends no sentence
    // (figures set narrow wrap early); a paragraph's last line ends one.
    if (width >= column && !first) return true;
    if (width * 4 >= column * 3 && !ends_sentence(cps.back()) && !first) return true;
  }
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
  std::vector<std::vector<char32_t>> cps;
  std::vector<std::size_t> widths;
  std::vector<bool> open;  // ends in the middle of a sentence
  std::vector<bool> one_sentence;
  for (const Line& line : lines) {
    cps.push_back(code_points(std::string_view(text.bytes).substr(line.begin, line.end - line.begin)));
    widths.push_back(display_width(text, line.start, line.stop));  // an indented first line fills the column too
    open.push_back(!ends_sentence(cps.back().back()));
    one_sentence.push_back(is_one_sentence(cps.back()));
  }
  const std::size_t column = column_width(widths, open, options);
  const bool sentence_lines = has_sentence_lines(one_sentence);
  Text out;
  out.bytes.reserve(text.bytes.size());
  out.origin.reserve(text.origin.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    append(out, text, lines[i]);
    const bool last = i + 1 == lines.size();
    const bool runs_on = sentence_lines && i > 0 && !last && one_sentence[i] && one_sentence[i + 1];
    if (!last && !runs_on && !continues_on_next_line(cps[i], widths[i], column, i == 0, options)) {
      out.bytes += '\n';
      out.origin.push_back(text.origin[lines[i].end]);
    }
  }
  out.origin.push_back(text.origin.back());
  return out;
}

}  // namespace kg::text
