// kgbuild: the command line is glue; the work happens in the kg library.
#include <iostream>
#include <string>
#include <vector>

#include "eval_command.h"
#include "explain_command.h"
#include "extract_command.h"
#include "gazetteer_command.h"
#include "kg/error.h"
#include "kg/export/temporaries.h"
#include "merge_command.h"
#include "options.h"
#include "process_end.h"
#include "rules_command.h"
#include "words_command.h"

namespace {

constexpr int kOk = 0;
constexpr int kBadInput = 1;
constexpr int kUsage = 2;

int run(const std::vector<std::string>& args, const std::string& argv0) {
  if (args.empty()) throw kg::cli::UsageError("no command given");
  const std::string& command = args.front();
  if (command == "--help" || command == "-h" || command == "help") {
    std::cout << kg::cli::usage();
    return kOk;
  }
  if (command == "--version") {
    std::cout << "kgbuild " << KGBUILD_VERSION << "\n";
    return kOk;
  }
  if (command == "extract") {
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    for (const auto& a : rest)
      if (a == "--help" || a == "-h") {
        std::cout << kg::cli::usage();
        return kOk;
      }
    return kg::cli::run_extract(kg::cli::parse_extract(rest), argv0);
  }
  if (command == "merge") return kg::cli::run_merge(kg::cli::parse_merge({args.begin() + 1, args.end()}), argv0);
  if (command == "gazetteer") return kg::cli::run_gazetteer({args.begin() + 1, args.end()}, argv0);
  if (command == "words") return kg::cli::run_words({args.begin() + 1, args.end()}, argv0);
  if (command == "rules") return kg::cli::run_rules({args.begin() + 1, args.end()}, argv0);
  if (command == "eval") return kg::cli::run_eval(kg::cli::parse_eval({args.begin() + 1, args.end()}), argv0);
  if (command == "explain") {
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    return kg::cli::run_explain(kg::cli::parse_explain(rest), argv0);
  }
  throw kg::cli::UsageError("unknown command '" + command + "'");
}

}  // namespace

int main(int argc, char** argv) {
  kg::exports::remove_temporaries_on_signals();
  const std::vector<std::string> args(argv + 1, argv + argc);
  try {
    const int status = run(args, argv[0]);
    // Output that never arrived (a full disk, a closed pipe) is a failure, not a success.
    std::cout.flush();
    if (!std::cout) {
      std::cerr << "kgbuild: cannot write to standard output\n";
      return kBadInput;
    }
    kg::cli::end_process(status);
  } catch (const kg::cli::UsageError& e) {
    std::cerr << "kgbuild: " << e.what() << "\nTry 'kgbuild --help'.\n";
    return kUsage;
  } catch (const kg::Error& e) {
    std::cerr << "kgbuild: " << e.what() << "\n";
    return kBadInput;
  } catch (const std::exception& e) {
    std::cerr << "kgbuild: " << e.what() << "\n";
    return kBadInput;
  }
}
