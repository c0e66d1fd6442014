// Inputs: files, directories of *.txt, standard input -> Document.
//
//   for (const auto& path : kg::document::expand_inputs({"articles/", "one.txt"}))
//     kg::document::Document doc = kg::document::read_document(path);
//
// A Document holds bytes that are known to be valid UTF-8; every refusal (empty, binary, too
// large, invalid UTF-8, unreadable) is a kg::Error naming the file, and the line where it applies.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace kg::document {

struct Document {
  std::string id;      // file name without directory and extension, or "stdin"
  std::string source;  // the path as the user gave it, or "-"
  std::string bytes;   // valid UTF-8
  std::optional<int> year;  // of publication, when the record states it: 今年 in the text is this year
  // Read from another encoding: for each byte of `bytes`, its offset in the file as given (and
  // one past the end). Empty when the file was UTF-8 already.
  std::vector<std::size_t> source_offsets;
  // A part of a text too large to extract at once (sections.h): its number, 0 for the first
  // part or a whole document, and where `bytes` begins in the file (when source_offsets is empty).
  std::size_t section = 0;
  std::size_t base = 0;
};

// Larger inputs are refused: a news article is kilobytes, and a multi-gigabyte file is a mistake.
inline constexpr std::size_t kMaxDocumentBytes = 256u << 20;

// How the bytes of an input are read: by default a .html page as HTML and any other file as text.
enum class Markup { by_extension, text, html };
struct ReadOptions {
  std::string encoding;  // an ICU converter name, "auto" for ICU's detector; empty: UTF-8
  Markup markup = Markup::by_extension;
};

// Expands directories (recursively, *.txt, *.html, *.htm and *.jsonl, sorted by path) and keeps "-" and files
// as given. Throws kg::Error for a path that does not exist or a directory without either.
std::vector<std::string> expand_inputs(const std::vector<std::string>& args);

// Reads and checks one input; "-" reads standard input. With an encoding (an ICU converter name
// such as GB18030, or "auto" for ICU's detector) the bytes are converted to UTF-8 first; without
// one, bytes that are not UTF-8 are refused with a hint at the encoding they look like, unless a
// web page declares its charset. A web page becomes the text a reader sees, its offsets kept.
Document read_document(const std::string& path, const ReadOptions& options = {});

// Does valid UTF-8 hold anything but white space (ideographic and no-break spaces included)?
bool has_text(const std::string& utf8);

// Checks bytes read from `source`; exposed for tests and for other input formats.
Document make_document(std::string source, std::string id, std::string bytes);

}  // namespace kg::document
