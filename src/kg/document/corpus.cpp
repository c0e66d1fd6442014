#include "kg/document/corpus.h"

#include "kg/document/sections.h"

namespace kg::document {

CorpusReader::CorpusReader(std::vector<std::string> paths, JsonLinesOptions json, ReadOptions files)
    : paths_(std::move(paths)), json_(std::move(json)), files_(std::move(files)) {}

CorpusReader::~CorpusReader() = default;

std::optional<Document> CorpusReader::next() {
  if (!parts_.empty()) {
    Document part = std::move(parts_.front());
    parts_.pop_front();
    return part;
  }
  auto doc = next_document();
  if (doc) make_id_distinct(*doc);
  if (!doc || doc->bytes.size() <= kSectionBytes) return doc;
  for (Document& part : split_sections(std::move(*doc))) parts_.push_back(std::move(part));
  return next();
}

std::optional<Document> CorpusReader::next_document() {
  for (;;) {
    if (records_) {
      if (auto doc = records_->next()) {
        ++documents_;
        return doc;
      }
      bytes_done_ += records_->bytes_read();
      skipped_ += records_->skipped();
      records_.reset();
    }
    if (next_path_ == paths_.size()) return std::nullopt;
    const std::string& path = paths_[next_path_++];
    if (is_json_lines(path) || (path == "-" && json_.standard_input)) {
      records_ = std::make_unique<JsonLinesReader>(path, json_);
      continue;
    }
    Document doc = read_document(path, files_);
    bytes_done_ += doc.bytes.size();
    ++documents_;
    return doc;
  }
}

void CorpusReader::make_id_distinct(Document& doc) {
  const std::size_t times = ++ids_[doc.id];
  if (times == 1) return;
  const std::string id = doc.id + "#" + std::to_string(times);
  if (renamed_++ == 0) first_renamed_ = doc.source + ": id '" + doc.id + "' read as '" + id + "'";
  doc.id = id;
}

std::size_t CorpusReader::bytes_read() const {
  return bytes_done_ + (records_ ? records_->bytes_read() : 0);
}

std::size_t CorpusReader::skipped() const {
  return skipped_ + (records_ ? records_->skipped() : 0);
}

}  // namespace kg::document
