#include <catch2/catch.hpp>

#include <string>

#include "kg/document/sections.h"

using kg::document::Document;
using kg::document::split_sections;

namespace {

Document text_document(std::string bytes) {
  Document doc;
  doc.id = "big";
  doc.source = "big.txt";
  doc.bytes = std::move(bytes);
  return doc;
}

// The parts put back together, each at the offset it claims.
std::string reassembled(const std::vector<Document>& parts, std::size_t size) {
  std::string out(size, ' ');
  for (const auto& p : parts) out.replace(p.base, p.bytes.size(), p.bytes);
  return out;
}

}  // namespace

TEST_CASE("a text within the size is one part, untouched") {
  const auto parts = split_sections(text_document("东坝县召开会议。"), 100);
  REQUIRE(parts.size() == 1);
  CHECK(parts[0].bytes == "东坝县召开会议。");
  CHECK(parts[0].section == 0);
  CHECK(parts[0].base == 0);
}

TEST_CASE("a large text is cut at paragraph breaks, each part at its offset in the file") {
  std::string text;
  for (int i = 0; i < 40; ++i) text += "东坝县民政局开展走访活动，慰问困难群众。\n\n";
  const auto parts = split_sections(text_document(text), 200);
  REQUIRE(parts.size() > 1);
  for (std::size_t i = 0; i < parts.size(); ++i) {
    CHECK(parts[i].section == i);
    CHECK(parts[i].bytes.size() <= 200);
    CHECK(parts[i].id == "big");
    CHECK(text.compare(parts[i].base, parts[i].bytes.size(), parts[i].bytes) == 0);
    if (i + 1 < parts.size()) CHECK(parts[i].bytes.substr(parts[i].bytes.size() - 2) == "\n\n");
  }
  CHECK(reassembled(parts, text.size()) == text);
}

TEST_CASE("a line without breaks is cut after a sentence, else between characters") {
  std::string sentences, run;
  for (int i = 0; i < 30; ++i) sentences += "东坝县召开会议。";
  for (int i = 0; i < 100; ++i) run += "东坝县";
  for (const auto& text : {sentences, run}) {
    const auto parts = split_sections(text_document(text), 100);
    REQUIRE(parts.size() > 2);
    for (const auto& p : parts) CHECK(p.bytes.size() % 3 == 0);  // whole three-byte characters only
    CHECK(reassembled(parts, text.size()) == text);
  }
  CHECK(split_sections(text_document(sentences), 100)[0].bytes.size() == 96);  // four sentences of 24 bytes
}

TEST_CASE("parts of a text read from another encoding keep their offsets into the file") {
  Document doc = text_document("甲乙丙丁戊己庚辛");
  for (std::size_t i = 0; i <= doc.bytes.size(); ++i) doc.source_offsets.push_back(i / 3 * 2);  // two bytes each
  const auto parts = split_sections(doc, 12);
  REQUIRE(parts.size() == 2);
  CHECK(parts[1].source_offsets.front() == 8);
  CHECK(parts[1].source_offsets.size() == parts[1].bytes.size() + 1);
  CHECK(parts[1].source_offsets.back() == 16);
}
