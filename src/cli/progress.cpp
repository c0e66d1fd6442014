#include "progress.h"

#include <unistd.h>

#include <cstdio>

namespace kg::cli {

Progress::Progress(std::size_t total_bytes)
    : enabled_(::isatty(STDERR_FILENO) == 1),
      total_(total_bytes),
      start_(std::chrono::steady_clock::now()),
      last_(start_) {}

void Progress::update(std::size_t documents, std::size_t bytes_done) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_ < std::chrono::milliseconds(200)) return;
  last_ = now;
  draw(documents, bytes_done);
}

void Progress::draw(std::size_t documents, std::size_t bytes_done) {
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  const double mb = static_cast<double>(bytes_done) / 1e6;
  const double rate = seconds > 0 ? mb / seconds : 0;
  std::fprintf(stderr, "\r%zu documents, %.1f MB, %.1f MB/s", documents, mb, rate);
  if (total_ > 0 && rate > 0 && bytes_done <= total_)
    std::fprintf(stderr, ", %.0f s left", (static_cast<double>(total_ - bytes_done) / 1e6) / rate);
  std::fprintf(stderr, "\033[K");
  drawn_ = true;
}

void Progress::finish() {
  if (drawn_) std::fprintf(stderr, "\r\033[K");
}

}  // namespace kg::cli
