#include "support.h"

#include <sys/wait.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "kg/document/document.h"

namespace kg::test {

namespace fs = std::filesystem;

std::string source_path(const std::string& relative) {
  return std::string(KGBUILD_TEST_SOURCE_DIR) + "/" + relative;
}
std::string shared_path(const std::string& relative) {
  return std::string(KGBUILD_TEST_SHARED_DIR) + "/" + relative;
}

const rules::RuleSet& shipped_rules() {
  static const rules::RuleSet rules = rules::load_rule_dir(source_path("rules"));
  return rules;
}

namespace {
struct ScratchRoot {
  fs::path path;
  ScratchRoot() {
    std::string pattern = (fs::temp_directory_path() / "kgtests-XXXXXX").string();
    path = ::mkdtemp(pattern.data());
  }
  ~ScratchRoot() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};
}  // namespace

std::string scratch_dir() {
  static ScratchRoot root;
  static int counter = 0;
  const fs::path dir = root.path / std::to_string(++counter);
  fs::create_directories(dir);
  return dir.string();
}

void write_file(const std::string& path, const std::string& contents) {
  std::ofstream out(path, std::ios::binary);
  out << contents;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string quoted(const std::string& s) {
  return "'" + s + "'";
}

bool file_exists(const std::string& path) {
  return fs::exists(path);
}

RunResult run_kgbuild(const std::string& arguments) {
  const std::string command = std::string(KGBUILD_TEST_BINARY) + " " + arguments + " 2>&1";
  RunResult result;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) return {-1, "popen failed"};
  std::array<char, 4096> buffer{};
  std::size_t n = 0;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) result.output.append(buffer.data(), n);
  const int status = ::pclose(pipe);
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

extract::Extraction extract_text(const std::string& text) {
  static const extract::Extractor extractor(shipped_rules());
  return extractor.run(document::make_document("test", "test", text));
}

std::vector<std::string> relation_lines(const extract::Extraction& x) {
  std::vector<std::string> out;
  for (const auto& r : x.relations) out.push_back(r.source.label + " -" + r.relation + "-> " + r.target.label);
  return out;
}

std::vector<std::string> entity_lines(const extract::Extraction& x) {
  std::vector<std::string> out;
  for (const auto& m : x.mentions) out.push_back(m.type + ":" + m.label);
  return out;
}

bool contains(const std::vector<std::string>& lines, const std::string& line) {
  return std::find(lines.begin(), lines.end(), line) != lines.end();
}

}  // namespace kg::test
