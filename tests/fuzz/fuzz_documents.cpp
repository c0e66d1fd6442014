// The readers on arbitrary bytes: as a text file (read_document, which checks and may refuse) and
// as a JSON Lines corpus. A refusal is a kg::Error naming the file; anything else is a finding.
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
  for (const char* suffix : {".txt", ".jsonl"}) {
    const std::string path = scratch_file(suffix);
    std::ofstream(path, std::ios::binary) << bytes;
    try {
      if (kg::document::is_json_lines(path)) {
        kg::document::JsonLinesReader reader(path, {});
        while (const auto doc = reader.next())
          if (doc->id.empty() && doc->bytes.empty()) std::abort();
      } else {
        (void)kg::document::read_document(path);
      }
    } catch (const kg::Error&) {
    }
    std::remove(path.c_str());
  }
  return 0;
}
