// Progress of a long run on standard error: documents, MB/s and time left, redrawn in place at
// most five times a second; silent when standard error is not a terminal (piped, in CI).
#pragma once

#include <chrono>
#include <cstddef>

namespace kg::cli {

class Progress {
 public:
  explicit Progress(std::size_t total_bytes);  // 0: unknown, no time left shown
  void update(std::size_t documents, std::size_t bytes_done);
  void finish();

 private:
  void draw(std::size_t documents, std::size_t bytes_done);
  bool enabled_;
  std::size_t total_;
  std::chrono::steady_clock::time_point start_, last_;
  bool drawn_ = false;
};

}  // namespace kg::cli
