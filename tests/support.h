// Helpers shared by the tests: where things are, a scratch directory, running the binary.
#pragma once

#include <string>

#include "kg/extract/pipeline.h"
#include "kg/rules/rule_set.h"

namespace kg::test {

std::string source_path(const std::string& relative);  // inside the repository
std::string shared_path(const std::string& relative);  // inside ../shared
const rules::RuleSet& shipped_rules();                 // rules/ loaded once

// A fresh empty directory, removed at exit.
std::string scratch_dir();
void write_file(const std::string& path, const std::string& contents);
bool file_exists(const std::string& path);
std::string read_file(const std::string& path);  // whole, as bytes
std::string quoted(const std::string& s);        // for the shell: 's'

struct RunResult {
  int status = 0;
  std::string output;  // stdout and stderr together
};
// Runs build/kgbuild with `arguments` (already shell-quoted).
RunResult run_kgbuild(const std::string& arguments);

// Extracts one text the way `kgbuild extract` does.
extract::Extraction extract_text(const std::string& text);

// "source -relation-> target" for every relation mention, for readable assertions.
std::vector<std::string> relation_lines(const extract::Extraction& x);
std::vector<std::string> entity_lines(const extract::Extraction& x);  // "type:label"

bool contains(const std::vector<std::string>& lines, const std::string& line);

}  // namespace kg::test
