// Output files appear whole or not at all: content goes to a temporary file beside the target,
// which is renamed over it only when complete. A failed run leaves what the user had.
#pragma once

#include <fstream>
#include <functional>
#include <string>

#include "kg/export/temporaries.h"

namespace kg::exports {

// Calls `write(temporary_path)`, then renames the temporary file to `path`. If `write` throws,
// the temporary file is removed and the exception passes on.
void write_atomically(const std::string& path, const std::function<void(const std::string&)>& write);

// Convenience for text formats.
void write_text_atomically(const std::string& path, const std::string& contents);

// The same for output written bit by bit over a long run: the file appears at `path` on
// commit(), and never if the object is destroyed first (an error on the way).
class AtomicOutputFile {
 public:
  explicit AtomicOutputFile(const std::string& path);
  ~AtomicOutputFile();
  AtomicOutputFile(const AtomicOutputFile&) = delete;
  AtomicOutputFile& operator=(const AtomicOutputFile&) = delete;
  std::ostream& stream() { return out_; }
  void commit();

 private:
  std::string path_;
  std::string temporary_;
  TemporaryFile guard_;  // removed on a signal too
  std::ofstream out_;
  bool committed_ = false;
};

}  // namespace kg::exports
