// Every document of a list of inputs, one after another: text files whole, JSON Lines corpora
// record by record, so a corpus of any size is read in constant memory; a text too large to
// extract at once comes in parts (sections.h).
//
//   kg::document::CorpusReader corpus(kg::document::expand_inputs(args), json_options, file_options);
//   while (auto doc = corpus.next()) ...
#pragma once

#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "kg/document/document.h"
#include "kg/document/json_lines.h"

namespace kg::document {

class CorpusReader {
 public:
  CorpusReader(std::vector<std::string> paths, JsonLinesOptions json, ReadOptions files);
  ~CorpusReader();
  std::optional<Document> next();

  std::size_t documents() const { return documents_; }
  std::size_t bytes_read() const;  // of the inputs, for progress
  std::size_t skipped() const;     // JSON Lines records without text
  // Documents whose id an earlier one bears (two records with one id, a.txt in two folders):
  // each is read under the id with #2, #3 … added, so that it stays a document of its own.
  std::size_t renamed() const { return renamed_; }
  const std::string& first_renamed() const { return first_renamed_; }  // "FILE:LINE: id 'x' read as 'x#2'"

 private:
  std::optional<Document> next_document();  // whole
  void make_id_distinct(Document& doc);

  std::vector<std::string> paths_;
  JsonLinesOptions json_;
  ReadOptions files_;
  std::size_t next_path_ = 0;
  std::unique_ptr<JsonLinesReader> records_;  // the JSON Lines file being read, if any
  std::deque<Document> parts_;                // the rest of a text read in parts
  std::size_t documents_ = 0, bytes_done_ = 0, skipped_ = 0, renamed_ = 0;
  std::unordered_map<std::string, std::size_t> ids_;  // times each id was read
  std::string first_renamed_;
};

}  // namespace kg::document
