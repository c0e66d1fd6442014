#include "kg/document/json_lines.h"

#include <filesystem>
#include <nlohmann/json.hpp>

#include "kg/document/html.h"
#include "kg/error.h"
#include "kg/text/utf8.h"

namespace kg::document {

namespace fs = std::filesystem;

bool is_json_lines(const std::string& path) {
  const std::string ext = fs::path(path).extension().string();
  return ext == ".jsonl" || ext == ".ndjson";
}

JsonLinesReader::JsonLinesReader(const std::string& path, JsonLinesOptions options)
    : path_(path == "-" ? "stdin" : path),
      options_(std::move(options)),
      in_(path == "-" ? "/dev/stdin" : path, std::ios::binary) {
  if (!in_) throw Error(path, 0, "cannot open for reading");
}

std::optional<Document> JsonLinesReader::next() {
  std::string line;
  while (std::getline(in_, line)) {
    ++line_;
    bytes_read_ += line.size() + 1;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    if (const auto bad = text::find_invalid_utf8(line))
      throw Error(path_, line_, "invalid UTF-8 at byte " + std::to_string(*bad + 1) + " of the line");
    const nlohmann::json record = parsed(line);
    if (!record.is_object()) throw Error(path_, line_, "not a JSON object");
    std::string text;
    for (const auto& field : options_.fields) {
      const auto it = record.find(field);
      if (it == record.end() || it->is_null()) continue;
      if (!it->is_string()) throw Error(path_, line_, "field '" + field + "' is not a string");
      std::string value = it->get<std::string>();
      // \u0000 is binary data in a text field, as a NUL byte is in a text file.
      if (value.find('\0') != std::string::npos)
        throw Error(path_, line_, "field '" + field + "' holds a NUL character (\\u0000): binary data, not text");
      if (options_.html) value = html_to_text(value, path_ + ":" + std::to_string(line_)).utf8;
      if (value.find_first_not_of(" \t\r\n") == std::string::npos) continue;
      if (!text.empty()) text += "\n\n";
      text += value;
    }
    if (text.empty() || !has_text(text)) {
      ++skipped_;
      continue;
    }
    std::string id = fs::path(path_).stem().string() + ":" + std::to_string(line_);
    if (const auto it = record.find(options_.id_field); it != record.end()) {
      if (it->is_string() && !it->get_ref<const std::string&>().empty())
        id = it->get<std::string>();
      else if (it->is_number_integer())
        id = std::to_string(it->get<long long>());
    }
    Document doc = make_document(path_ + ":" + std::to_string(line_), std::move(id), std::move(text));
    if (const auto it = record.find(options_.date_field); it != record.end() && it->is_string())
      doc.year = year_in(it->get_ref<const std::string&>());
    return doc;
  }
  if (in_.bad()) throw Error(path_, line_, "read error");
  return std::nullopt;
}

// The record on one line; a line that is no JSON says why (nlohmann's reason, without its
// position prefix: the line is named already).
nlohmann::json JsonLinesReader::parsed(const std::string& line) const {
  try {
    return nlohmann::json::parse(line);
  } catch (const nlohmann::json::parse_error& e) {
    std::string why = e.what();
    if (const auto colon = why.find(": "); colon != std::string::npos) why = why.substr(colon + 2);
    if (const auto read = why.find("; last read"); read != std::string::npos) why.resize(read);  // may cut a character
    throw Error(path_, line_, "not valid JSON: " + why);
  }
}

std::optional<int> year_in(const std::string& date) {
  const auto digit = [&](std::size_t i) { return i < date.size() && date[i] >= '0' && date[i] <= '9'; };
  for (std::size_t i = 0; i + 4 <= date.size(); ++i) {
    if ((i > 0 && digit(i - 1)) || !digit(i) || !digit(i + 1) || !digit(i + 2) || !digit(i + 3) || digit(i + 4)) continue;
    const int year = std::stoi(date.substr(i, 4));
    if (year >= 1900 && year <= 2100) return year;
  }
  return std::nullopt;
}

}  // namespace kg::document
