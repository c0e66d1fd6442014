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

namespace {

// A compiled data file: the environment variable, then beside the binary, the install prefix and
// the source tree's out/ folder.
std::string default_data_file(const std::string& argv0, const char* variable, const std::string& name,
                              const char* installed, const char* source) {
  if (const char* env = std::getenv(variable); env && *env) return env;
  const fs::path dir = executable_dir(argv0);
  return first_existing({dir / name, dir / ".." / "share" / "kgbuild" / name, installed, source}, false);
}

}  // namespace

std::string default_gazetteer_file(const std::string& argv0) {
  return default_data_file(argv0, "KGBUILD_GAZETTEER", "divisions.kgd", KGBUILD_INSTALLED_GAZETTEER,
                           KGBUILD_SOURCE_GAZETTEER);
}

std::string default_words_file(const std::string& argv0) {
  return default_data_file(argv0, "KGBUILD_WORDS", "words.kgw", KGBUILD_INSTALLED_WORDS, KGBUILD_SOURCE_WORDS);
}

std::string default_web_folder(const std::string& argv0) {
  if (const char* env = std::getenv("KGBUILD_WEB"); env && *env) return env;
  const fs::path dir = executable_dir(argv0);
  const std::string sigma = first_existing({dir / "web" / "sigma.min.js", dir / ".." / "share" / "kgbuild" / "web" / "sigma.min.js",
                                            fs::path(KGBUILD_INSTALLED_WEB) / "sigma.min.js",
                                            fs::path(KGBUILD_SOURCE_WEB) / "sigma.min.js"},
                                           false);
  return sigma.empty() ? std::string() : fs::path(sigma).parent_path().string();
}

}  // namespace kg::cli
