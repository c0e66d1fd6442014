// JSON Lines corpora: one record per line, the text in chosen fields (by default title and
// content, as news crawls store them), the document id in another.
//
//   kg::document::JsonLinesReader reader(path, {.fields = {"title", "content"}});
//   while (auto doc = reader.next()) ...;     // Document per record; throws kg::Error file:line
//
// A line that is not JSON or not an object, a text field that is not a string or that holds
// \u0000, stops the run with file:line. A record without text in any chosen field is skipped
// and counted.
#pragma once

#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "kg/document/document.h"

namespace kg::document {

struct JsonLinesOptions {
  std::vector<std::string> fields = {"title", "content"};  // joined by a blank line, in this order
  std::string id_field = "id";                             // else "FILE-STEM:LINE"
  std::string date_field = "publish_time";                 // its first year (2018-09-26, 发布时间：2018…)
  bool standard_input = false;  // "-" is a JSON Lines corpus (a pipe from a map task), not one article
  bool html = false;            // the fields hold web pages (a crawl's raw HTML): read their text
};

// The first year of 1900 to 2100 written in `date` (four digits not inside a longer number).
std::optional<int> year_in(const std::string& date);

bool is_json_lines(const std::string& path);  // .jsonl or .ndjson

class JsonLinesReader {
 public:
  JsonLinesReader(const std::string& path, JsonLinesOptions options);
  std::optional<Document> next();
  std::size_t skipped() const { return skipped_; }        // records without text
  std::size_t bytes_read() const { return bytes_read_; }  // of the file, for progress

 private:
  nlohmann::json parsed(const std::string& line) const;

  std::string path_;
  JsonLinesOptions options_;
  std::ifstream in_;
  std::size_t line_ = 0;
  std::size_t skipped_ = 0;
  std::size_t bytes_read_ = 0;
};

}  // namespace kg::document
