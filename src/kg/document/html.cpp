#include "kg/document/html.h"

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <memory>
#include <limits>
#include <mutex>
#include <string_view>

#include "kg/error.h"
#include "kg/text/utf8.h"

namespace kg::document {

namespace {

using namespace std::string_view_literals;

// What a reader of the page does not read as the article: code, page furniture and controls.
constexpr std::array kHidden = {"script"sv, "style"sv,  "noscript"sv, "template"sv, "head"sv,   "nav"sv,
                                "aside"sv,  "footer"sv, "iframe"sv,   "object"sv,   "embed"sv,  "svg"sv,
                                "math"sv,   "canvas"sv, "select"sv,   "button"sv,   "textarea"sv, "map"sv,
                                "audio"sv,  "video"sv};
// Elements that begin a paragraph of their own; everything else runs on in the text around it.
constexpr std::array kBlocks = {
    "address"sv, "article"sv, "blockquote"sv, "body"sv, "caption"sv, "center"sv, "dd"sv,     "details"sv,
    "dialog"sv,  "div"sv,     "dl"sv,         "dt"sv,   "fieldset"sv, "figcaption"sv, "figure"sv, "form"sv,
    "h1"sv,      "h2"sv,      "h3"sv,         "h4"sv,   "h5"sv,      "h6"sv,      "header"sv, "hr"sv,
    "li"sv,      "main"sv,    "ol"sv,         "p"sv,    "pre"sv,     "section"sv, "summary"sv, "table"sv,
    "tbody"sv,   "td"sv,      "tfoot"sv,      "th"sv,   "thead"sv,   "tr"sv,      "ul"sv};
// Class and id words (or their parts between - and _) that government and news sites give to
// menus, breadcrumbs ("当前位置") and footers, and ARIA roles of the same.
constexpr std::array kNavigationWords = {"nav"sv,   "navbar"sv, "navigation"sv, "menu"sv,    "footer"sv, "foot"sv,
                                         "breadcrumb"sv, "crumb"sv, "crumbs"sv, "sidebar"sv, "copyright"sv};
constexpr std::array kNavigationRoles = {"navigation"sv, "banner"sv, "contentinfo"sv, "complementary"sv,
                                         "menu"sv,       "menubar"sv, "search"sv};

template <std::size_t N>
bool among(const std::array<std::string_view, N>& words, std::string_view word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool has_navigation_word(std::string_view value) {
  const std::string v = lower(value);
  std::size_t start = 0;
  for (std::size_t i = 0; i <= v.size(); ++i) {
    const bool separator = i == v.size() || v[i] == ' ' || v[i] == '\t' || v[i] == '-' || v[i] == '_';
    if (!separator) continue;
    if (i > start && among(kNavigationWords, std::string_view(v).substr(start, i - start))) return true;
    start = i + 1;
  }
  return false;
}

bool is_navigation(const xmlChar** attributes) {
  for (const xmlChar** a = attributes; a != nullptr && a[0] != nullptr; a += 2) {
    const std::string_view name = reinterpret_cast<const char*>(a[0]);
    const std::string_view value = a[1] == nullptr ? "" : reinterpret_cast<const char*>(a[1]);
    if ((name == "class" || name == "id") && has_navigation_word(value)) return true;
    if (name == "role" && among(kNavigationRoles, lower(value))) return true;
  }
  return false;
}

bool is_html_space(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Text written out with the source offset of every byte. Runs of white space become one space,
// or nothing where a source line break falls between two Chinese characters (a browser shows no
// gap there either).
class Sink {
 public:
  void put(char32_t c, std::size_t from) {
    if (is_html_space(c)) {
      if (!space_) space_at_ = from;
      space_ = true;
      newline_ = newline_ || c == '\n' || c == '\r';
      return;
    }
    if (space_ && last_ != '\n' && !(newline_ && last_ > 0x7f && c > 0x7f)) emit(' ', space_at_);
    space_ = newline_ = false;
    emit(c, from);
  }
  // Ends the line (`blank_lines` 0) or the paragraph (1); several breaks in a row are one.
  void end_line(int blank_lines, std::size_t at) {
    space_ = newline_ = false;
    if (out_.utf8.empty()) return;
    const auto trailing = static_cast<int>(out_.utf8.size() - out_.utf8.find_last_not_of('\n') - 1);
    for (int i = trailing; i < 1 + blank_lines; ++i) emit('\n', at);
  }
  // Keeps the text before the first of `cuts` ("headline_site name" in a page title).
  void cut_at_first(std::initializer_list<std::string_view> cuts) {
    std::size_t end = out_.utf8.size();
    for (const auto cut : cuts) end = std::min(end, out_.utf8.find(cut));
    if (end == 0 || end == out_.utf8.size()) return;
    out_.utf8.resize(end);
    out_.offsets.resize(end);
  }
  bool empty() const { return out_.utf8.find_first_not_of(" \n") == std::string::npos; }
  void trim_trailing_breaks() {
    while (!out_.utf8.empty() && out_.utf8.back() == '\n') {
      out_.utf8.pop_back();
      out_.offsets.pop_back();
    }
  }
  HtmlText& text() { return out_; }

 private:
  void emit(char32_t c, std::size_t from) {
    const std::size_t before = out_.utf8.size();
    text::append_utf8(out_.utf8, c);
    out_.offsets.insert(out_.offsets.end(), out_.utf8.size() - before, from);
    last_ = c;
  }
  HtmlText out_;
  char32_t last_ = '\n';
  bool space_ = false, newline_ = false;
  std::size_t space_at_ = 0;
};

// Builds the text from libxml2's SAX events. libxml2 ends every element it opened, also those
// the page leaves open, so a stack of open elements stays in step with the tree.
class Collector {
 public:
  explicit Collector(const std::string& html) : html_(html) {}

  void open(std::string_view name, const xmlChar** attributes, std::size_t end) {
    const std::size_t at = tag_start(end);
    cursor_ = end;
    const bool content = name == "article" || name == "main";
    const bool hides = among(kHidden, name) || (name == "header" && content_ == 0) || is_navigation(attributes);
    open_.push_back({hides, among(kBlocks, name), content});
    hidden_ += hides;
    content_ += content;
    if (name == "title") in_title_ = true;
    if (name == "h1") saw_h1_ = true;
    if (name == "br") body_.end_line(0, at);
    if (open_.back().block) body_.end_line(1, at);
  }

  void close(std::string_view name, std::size_t end) {
    if (open_.empty()) return;
    const std::size_t at = tag_start(end);
    cursor_ = end;
    const Open o = open_.back();
    open_.pop_back();
    hidden_ -= o.hides;
    content_ -= o.content;
    if (name == "title") in_title_ = false;
    if (o.block) body_.end_line(1, at);
  }

  void characters(std::string_view chunk, std::size_t end) {
    // The title is read though it stands in the hidden head.
    Sink* sink = in_title_ ? &title_ : (hidden_ == 0 ? &body_ : nullptr);
    if (sink != nullptr) write(*sink, chunk, end);
    cursor_ = end;
  }

  HtmlText finish() {
    HtmlText out;
    title_.cut_at_first({"_"sv, "|"sv, " - "sv, "－"sv});
    body_.trim_trailing_breaks();
    if (!saw_h1_ && !title_.empty()) {
      title_.end_line(1, html_.size());
      out = std::move(title_.text());
    }
    const HtmlText& body = body_.text();
    out.utf8 += body.utf8;
    out.offsets.insert(out.offsets.end(), body.offsets.begin(), body.offsets.end());
    out.offsets.push_back(html_.size());
    return out;
  }

 private:
  struct Open {
    bool hides, block, content;
  };

  // libxml2 reports an element when it has read its tag: a break it makes belongs where the tag
  // begins, so that a sentence's evidence ends before the markup.
  std::size_t tag_start(std::size_t end) const {
    const std::size_t lt = end == 0 ? std::string::npos : html_.rfind('<', end - 1);
    return lt == std::string::npos ? end : lt;
  }

  // The chunk ends at `end` in the page; where it is not the page's bytes (an entity such as
  // &nbsp; decoded), each character is found after the previous one, or takes its position.
  void write(Sink& sink, std::string_view chunk, std::size_t end) {
    const bool verbatim = end >= chunk.size() && std::string_view(html_).substr(end - chunk.size(), chunk.size()) == chunk;
    std::size_t p = verbatim ? end - chunk.size() : std::min(cursor_, end);
    for (std::size_t i = 0; i < chunk.size();) {
      const std::size_t start = i;
      const char32_t c = text::decode_utf8(chunk, i);
      std::size_t from = p;
      if (verbatim) {
        p += i - start;
      } else if (const auto q = std::string_view(html_).substr(p, end - p).find(chunk.substr(start, i - start));
                 q != std::string_view::npos) {
        from = p + q;
        p = from + (i - start);
      } else if (const auto amp = std::string_view(html_).substr(p, end - p).rfind('&'); amp != std::string_view::npos) {
        from = p + amp;  // the entity it was written as
      }
      sink.put(c, from);
    }
  }

  const std::string& html_;
  std::vector<Open> open_;
  std::size_t hidden_ = 0, content_ = 0, cursor_ = 0;
  bool in_title_ = false, saw_h1_ = false;
  Sink body_, title_;
};


std::size_t position(void* context) {
  const auto* ctxt = static_cast<htmlParserCtxtPtr>(context);
  return static_cast<std::size_t>(ctxt->input->consumed) + static_cast<std::size_t>(ctxt->input->cur - ctxt->input->base);
}

Collector& collector(void* context) { return *static_cast<Collector*>(static_cast<htmlParserCtxtPtr>(context)->_private); }

htmlSAXHandler handler() {
  htmlSAXHandler h{};
  h.initialized = XML_SAX2_MAGIC;  // so that libxml2 reports errors to serror, not to stderr
  h.startElement = [](void* c, const xmlChar* name, const xmlChar** attributes) {
    collector(c).open(reinterpret_cast<const char*>(name), attributes, position(c));
  };
  h.endElement = [](void* c, const xmlChar* name) {
    collector(c).close(reinterpret_cast<const char*>(name), position(c));
  };
  h.characters = [](void* c, const xmlChar* text, int length) {
    collector(c).characters({reinterpret_cast<const char*>(text), static_cast<std::size_t>(length)}, position(c));
  };
  h.cdataBlock = h.characters;
  // Tag soup is the normal case on the web: the parser recovers as browsers do, and its
  // complaints are no news to the user.
  h.serror = [](void*, xmlErrorPtr) {};
  return h;
}

struct ContextFree {
  void operator()(htmlParserCtxtPtr c) const { htmlFreeParserCtxt(c); }
};

}  // namespace

HtmlText html_to_text(const std::string& html, const std::string& source) {
  static std::once_flag init;
  std::call_once(init, [] { xmlInitParser(); });
  if (html.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) throw Error(source, 0, "HTML page too large");
  std::unique_ptr<htmlParserCtxt, ContextFree> ctxt(htmlCreateMemoryParserCtxt(html.data(), static_cast<int>(html.size())));
  if (!ctxt) throw Error(source, 0, "the HTML parser could not start");
  *ctxt->sax = handler();
  ctxt->userData = ctxt.get();
  Collector text(html);
  ctxt->_private = &text;
  htmlCtxtUseOptions(ctxt.get(), HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC);
  xmlSwitchEncoding(ctxt.get(), XML_CHAR_ENCODING_UTF8);
  htmlParseDocument(ctxt.get());
  return text.finish();
}

std::optional<std::string> declared_charset(const std::string& raw) {
  const std::string head = lower(std::string_view(raw).substr(0, 1024));
  const std::size_t at = head.find("charset");
  if (at == std::string::npos) return std::nullopt;
  std::size_t i = at + 7;
  while (i < head.size() && (head[i] == ' ' || head[i] == '=' || head[i] == '"' || head[i] == '\'')) ++i;
  std::size_t end = i;
  while (end < head.size() && (std::isalnum(static_cast<unsigned char>(head[end])) || head[end] == '-' || head[end] == '_'))
    ++end;
  const std::string name = head.substr(i, end - i);
  if (name.empty()) return std::nullopt;
  if (name == "gb2312" || name == "gbk" || name == "x-gbk" || name == "cp936" || name == "gb18030") return "GB18030";
  if (name == "utf-8" || name == "utf8") return "UTF-8";
  return name;
}

bool is_html(const std::string& path) {
  const std::string ext = lower(std::filesystem::path(path).extension().string());
  return ext == ".html" || ext == ".htm" || ext == ".xhtml" || ext == ".shtml";
}

}  // namespace kg::document
