#include "process_end.h"

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <vector>

namespace kg::cli {

namespace {

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr bool kFreeAtExit = true;
#else
constexpr bool kFreeAtExit = false;
#endif

std::vector<std::shared_ptr<void>>& kept() {
  static auto* objects = new std::vector<std::shared_ptr<void>>();  // never destroyed: see the header
  return *objects;
}

}  // namespace

void keep_until_exit(std::shared_ptr<void> object) {
  if (!kFreeAtExit) kept().push_back(std::move(object));
}

void end_process(int status) {
  std::cout.flush();
  std::cerr.flush();
  std::fflush(nullptr);
  if (kFreeAtExit) std::exit(status);
  std::_Exit(status);
}

}  // namespace kg::cli
