// Web pages as articles: the text a reader sees, without markup, scripts, styles or navigation.
//
//   HtmlText t = html_to_text(utf8_page, "notice.html");
//   t.utf8 (block elements as paragraphs, <br> as a line break), t.offsets[i] (byte of the page
//   where UTF-8 byte i came from, so the mention log points into the page as given)
//
// Parsed with libxml2's HTML parser, which recovers from the tag soup of older government sites
// the way browsers do and stays linear in the input, however deep the nesting (a million nested
// elements read in 0.4 s, where Gumbo takes 5.5 s for 40,000).
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace kg::document {

struct HtmlText {
  std::string utf8;
  std::vector<std::size_t> offsets;  // offsets.size() == utf8.size() + 1
};

// `html` must be valid UTF-8. Throws kg::Error naming `source` for a page the parser cannot take.
HtmlText html_to_text(const std::string& html, const std::string& source);

// The encoding a page declares in its first 1,024 bytes (<meta charset="gb2312">, or
// http-equiv's content="text/html; charset=GBK"), as an ICU converter name: GB2312 and GBK are
// read as GB18030, their superset.
std::optional<std::string> declared_charset(const std::string& raw);

bool is_html(const std::string& path);  // .html, .htm, .xhtml, .shtml

}  // namespace kg::document
