// A rule file of arbitrary bytes: it loads, or it is refused with a kg::Error naming file and line.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <string>

#include "kg/error.h"
#include "kg/rules/rule_set.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string path = "/tmp/kgbuild-fuzz-" + std::to_string(getpid()) + ".xml";
  std::ofstream(path, std::ios::binary) << std::string(reinterpret_cast<const char*>(data), size);
  try {
    kg::rules::RuleSet rules;
    kg::rules::load_rule_file(path, rules);
  } catch (const kg::Error& e) {
    if (e.file() != path) std::abort();
  }
  std::remove(path.c_str());
  return 0;
}
