#include "kg/export/temporaries.h"

#include <unistd.h>

#include <array>
#include <atomic>
#include <csignal>
#include <cstring>

namespace kg::exports {

namespace {

constexpr std::size_t kSlots = 64;
constexpr std::size_t kPathBytes = 4096;

// Plain storage and lock-free flags: the signal handler may only read them and call unlink.
std::array<std::array<char, kPathBytes>, kSlots> paths{};
std::array<std::atomic<bool>, kSlots> in_use{};

extern "C" void remove_and_reraise(int signal_number) {
  for (std::size_t i = 0; i < kSlots; ++i)
    if (in_use[i].load()) ::unlink(paths[i].data());
  std::signal(signal_number, SIG_DFL);
  std::raise(signal_number);
}

}  // namespace

void remove_temporaries_on_signals() {
  for (int s : {SIGINT, SIGTERM, SIGHUP}) std::signal(s, remove_and_reraise);
}

TemporaryFile::TemporaryFile(const std::string& path) {
  if (path.size() >= kPathBytes) return;
  for (std::size_t i = 0; i < kSlots; ++i) {
    bool expected = false;
    if (!in_use[i].load()) {
      std::memcpy(paths[i].data(), path.c_str(), path.size() + 1);
      if (in_use[i].compare_exchange_strong(expected, true)) {
        slot_ = static_cast<int>(i);
        return;
      }
    }
  }
}

TemporaryFile::~TemporaryFile() {
  if (slot_ >= 0) in_use[static_cast<std::size_t>(slot_)].store(false);
}

}  // namespace kg::exports
