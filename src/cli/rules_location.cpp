#include "rules_location.h"

#include <cstdlib>
#include <filesystem>
#include <vector>

#include "kg/error.h"

namespace kg::cli {

namespace fs = std::filesystem;

namespace {

fs::path executable_dir(const std::string& argv0) {
  std::error_code ec;
  fs::path self = fs::read_symlink("/proc/self/exe", ec);
  if (ec) self = fs::absolute(argv0, ec);
  return self.parent_path();
}

// The first candidate that exists as a directory (or a regular file); empty when none does.
std::string first_existing(const std::vector<fs::path>& candidates, bool directory) {
  std::error_code ec;
  for (const auto& c : candidates)
    if (directory ? fs::is_directory(c, ec) : fs::is_regular_file(c, ec)) return c.string();
  return {};
}

}  // namespace

std::string default_rules_dir(const std::string& argv0) {
  const fs::path dir = executable_dir(argv0);
  const std::vector<fs::path> candidates = {dir / "rules", dir / ".." / "share" / "kgbuild" / "rules",
                                            KGBUILD_INSTALLED_RULES, KGBUILD_SOURCE_RULES};
  if (std::string found = first_existing(candidates, true); !found.empty()) return found;
  throw Error("", 0, "cannot find the rules directory; give one with --rules DIR");
}

std::string default_gazetteer_file(const std::string& argv0) {
  if (const char* env = std::getenv("KGBUILD_GAZETTEER"); env && *env) return env;
  const fs::path dir = executable_dir(argv0);
  const std::vector<fs::path> candidates = {dir / "divisions.kgd", dir / ".." / "share" / "kgbuild" / "divisions.kgd",
                                            KGBUILD_INSTALLED_GAZETTEER, KGBUILD_SOURCE_GAZETTEER};
  return first_existing(candidates, false);
}

std::string default_words_file(const std::string& argv0) {
  if (const char* env = std::getenv("KGBUILD_WORDS"); env && *env) return env;
  const fs::path dir = executable_dir(argv0);
  const std::vector<fs::path> candidates = {dir / "words.kgw", dir / ".." / "share" / "kgbuild" / "words.kgw",
                                            KGBUILD_INSTALLED_WORDS, KGBUILD_SOURCE_WORDS};
  return first_existing(candidates, false);
}

}  // namespace kg::cli
