#include "kg/document/document.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include <unicode/uchar.h>

#include "kg/document/encoding.h"
#include "kg/document/html.h"
#include "kg/error.h"
#include "kg/text/utf8.h"

namespace kg::document {

namespace fs = std::filesystem;

namespace {

// Every *.txt and *.jsonl below `dir`. A folder that cannot be read or a link that leads
// nowhere (or round in a loop) stops the run naming it, rather than quietly dropping articles.
std::vector<std::string> text_files_under(const fs::path& dir) {
  std::vector<std::string> files;
  std::error_code ec;
  fs::recursive_directory_iterator it(dir, ec), end;
  if (ec) throw Error(dir.string(), 0, "cannot read the folder: " + ec.message());
  for (; it != end; it.increment(ec)) {
    if (ec) throw Error(it->path().string(), 0, "cannot read: " + ec.message());
    const std::string path = it->path().string();
    const bool text = it->path().extension() == ".txt" || it->path().extension() == ".jsonl" || is_html(path);
    if (!text) continue;
    std::error_code status_error;
    if (!it->is_regular_file(status_error)) {
      if (status_error) throw Error(it->path().string(), 0, "cannot read: " + status_error.message());
      continue;
    }
    files.push_back(path);
  }
  if (ec) throw Error(dir.string(), 0, "cannot read the folder: " + ec.message());
  std::sort(files.begin(), files.end());
  return files;
}

std::size_t line_of(const std::string& bytes, std::size_t offset) {
  return 1 +
         static_cast<std::size_t>(std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

std::string read_stream(std::istream& in, const std::string& source) {
  std::string bytes;
  char buffer[1 << 16];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (bytes.size() > kMaxDocumentBytes)
      throw Error(source, 0,
                  "input larger than " + std::to_string(kMaxDocumentBytes >> 20) + " MiB; split it into articles");
  }
  if (in.bad()) throw Error(source, 0, "read error");
  return bytes;
}

Document document_of(std::string id, std::string source, std::string bytes) {
  Document doc;
  doc.id = std::move(id);
  doc.source = std::move(source);
  doc.bytes = std::move(bytes);
  return doc;
}

// The bytes of one input as given, unchecked, with the source and id its document bears.
Document read_raw(const std::string& path) {
  if (path == "-") return document_of("stdin", "-", read_stream(std::cin, "<stdin>"));
  std::error_code ec;
  if (fs::is_directory(path, ec)) throw Error(path, 0, "is a directory");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path, 0, "cannot open for reading");
  return document_of(fs::path(path).stem().string(), path, read_stream(in, path));
}

// Bytes that are not UTF-8 but read well in an encoding Chinese text comes in: say which, and how
// to read them.
std::string encoding_hint(const std::string& bytes) {
  static const std::vector<std::string> kLikely = {"GB18030", "Big5", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"};
  const auto guess = guess_encoding(bytes);
  if (!guess || std::find(kLikely.begin(), kLikely.end(), guess->encoding) == kLikely.end()) return "";
  return "; it looks like " + guess->encoding + ": read it with --encoding " + guess->encoding +
         " (or --encoding auto)";
}

}  // namespace

std::vector<std::string> expand_inputs(const std::vector<std::string>& args) {
  std::vector<std::string> out;
  for (const auto& arg : args) {
    if (arg == "-") {
      out.push_back(arg);
      continue;
    }
    std::error_code ec;
    const fs::file_status status = fs::status(arg, ec);
    if (ec && ec != std::errc::no_such_file_or_directory) throw Error(arg, 0, "cannot read: " + ec.message());
    if (ec || !fs::exists(status)) throw Error(arg, 0, "no such file or directory");
    if (fs::is_directory(status)) {
      std::vector<std::string> files = text_files_under(arg);
      if (files.empty()) throw Error(arg, 0, "directory holds no .txt, .html or .jsonl file");
      out.insert(out.end(), files.begin(), files.end());
    } else {
      out.push_back(arg);
    }
  }
  return out;
}

bool has_text(const std::string& utf8) {
  for (std::size_t pos = 0; pos < utf8.size();)
    if (!u_isUWhiteSpace(static_cast<UChar32>(text::decode_utf8(utf8, pos)))) return true;
  return false;
}

Document make_document(std::string source, std::string id, std::string bytes) {
  if (bytes.find_first_not_of(" \t\r\n") == std::string::npos) throw Error(source, 0, "empty input: no text to read");
  if (const auto nul = bytes.find('\0'); nul != std::string::npos)
    throw Error(source, line_of(bytes, nul),
                "binary data (NUL byte at offset " + std::to_string(nul) + "), not text" + encoding_hint(bytes));
  if (const auto bad = text::find_invalid_utf8(bytes))
    throw Error(source, line_of(bytes, *bad), "invalid UTF-8 at byte offset " + std::to_string(*bad) + encoding_hint(bytes));
  if (!has_text(bytes)) throw Error(source, 0, "empty input: only white space, no text to read");
  return document_of(std::move(id), std::move(source), std::move(bytes));
}

namespace {

// The page's text in place of its markup, with offsets into the page as given.
Document from_html(Document page) {
  HtmlText text = html_to_text(page.bytes, page.source);
  if (!has_text(text.utf8))
    throw Error(page.source, 0, "empty input: the page holds no text outside scripts, styles and navigation");
  if (!page.source_offsets.empty())
    for (auto& o : text.offsets) o = page.source_offsets[o];
  page.bytes = std::move(text.utf8);
  page.source_offsets = std::move(text.offsets);
  return page;
}

Document decoded(Document raw, const std::string& encoding) {
  if (encoding.empty() || encoding == "UTF-8" || encoding == "utf-8")
    return make_document(std::move(raw.source), std::move(raw.id), std::move(raw.bytes));
  const std::string source = raw.source;
  Decoded d = decode(raw.bytes, encoding, source);
  if (encoding == "auto") std::cerr << "kgbuild: " << source << ": read as " << d.encoding << "\n";
  Document doc = make_document(source, std::move(raw.id), std::move(d.utf8));
  doc.source_offsets = std::move(d.offsets);
  return doc;
}

}  // namespace

Document read_document(const std::string& path, const ReadOptions& options) {
  Document raw = read_raw(path);
  const bool html = options.markup == Markup::html || (options.markup == Markup::by_extension && is_html(path));
  if (!html) return decoded(std::move(raw), options.encoding);
  std::string encoding = options.encoding;
  if (encoding.empty() && text::find_invalid_utf8(raw.bytes))
    encoding = declared_charset(raw.bytes).value_or("");
  return from_html(decoded(std::move(raw), encoding));
}

}  // namespace kg::document
