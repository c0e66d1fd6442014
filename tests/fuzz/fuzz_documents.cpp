// The readers on arbitrary bytes: as a text file and a web page (read_document, which checks and
// may refuse) and as a JSON Lines corpus of text and of web pages. A refusal is a kg::Error naming
// the file; anything else is a finding.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <string>

#include "kg/document/document.h"
#include "kg/document/json_lines.h"
#include "kg/error.h"

namespace {

std::string scratch_file(const char* suffix) {
  return "/tmp/kgbuild-fuzz-" + std::to_string(getpid()) + suffix;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  for (const char* suffix : {".txt", ".html", ".jsonl"}) {
    const std::string path = scratch_file(suffix);
    std::ofstream(path, std::ios::binary) << bytes;
    try {
      if (kg::document::is_json_lines(path)) {
        for (const bool html : {false, true}) {
          kg::document::JsonLinesOptions options;
          options.html = html;
          kg::document::JsonLinesReader reader(path, options);
          while (const auto doc = reader.next())
            if (doc->id.empty() && doc->bytes.empty()) std::abort();
        }
      } else {
        const auto doc = kg::document::read_document(path);
        if (!doc.source_offsets.empty() && doc.source_offsets.size() != doc.bytes.size() + 1) std::abort();
      }
    } catch (const kg::Error&) {
    }
    std::remove(path.c_str());
  }
  return 0;
}
