// Temporary output files in progress, removed when a signal stops the process (Ctrl-C, SIGTERM,
// SIGHUP, timeout): a stopped run leaves no .NAME.tmpPID beside the outputs it never wrote.
//
//   kg::exports::remove_temporaries_on_signals();           // once, at start
//   kg::exports::TemporaryFile guard(path);                 // while `path` is being written
#pragma once

#include <string>

namespace kg::exports {

void remove_temporaries_on_signals();

// Registers `path` for removal on a signal for as long as it lives.
class TemporaryFile {
 public:
  explicit TemporaryFile(const std::string& path);
  ~TemporaryFile();
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;

 private:
  int slot_ = -1;  // none free: the file is still removed on errors, only not on signals
};

}  // namespace kg::exports
