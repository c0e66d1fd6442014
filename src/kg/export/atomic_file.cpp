#include "kg/export/atomic_file.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "kg/error.h"
#include "kg/export/temporaries.h"

namespace kg::exports {

namespace fs = std::filesystem;

namespace {

// ".NAME.tmpPID" beside the target; throws when the target's directory does not exist.
std::string temporary_beside(const std::string& path) {
  const fs::path target(path);
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) throw Error(path, 0, "output directory does not exist");
  std::string name = ".";
  name.append(target.filename().string()).append(".tmp").append(std::to_string(::getpid()));
  return (dir / name).string();
}

}  // namespace

void write_atomically(const std::string& path, const std::function<void(const std::string&)>& write) {
  const fs::path target(path);
  const std::string temporary = temporary_beside(path);
  const TemporaryFile guard(temporary);
  std::error_code ec;
  try {
    write(temporary);
  } catch (...) {
    fs::remove(temporary, ec);
    throw;
  }
  fs::rename(temporary, target, ec);
  if (ec) {
    fs::remove(temporary, ec);
    throw Error(path, 0, "cannot write output");
  }
}

void write_text_atomically(const std::string& path, const std::string& contents) {
  write_atomically(path, [&](const std::string& temporary) {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << contents;
    out.close();
    if (!out) throw Error(path, 0, "cannot write output");
  });
}

AtomicOutputFile::AtomicOutputFile(const std::string& path)
    : path_(path),
      temporary_(temporary_beside(path)),
      guard_(temporary_),
      out_(temporary_, std::ios::binary | std::ios::trunc) {
  if (!out_) throw Error(path, 0, "cannot write output");
}

AtomicOutputFile::~AtomicOutputFile() {
  if (committed_) return;
  out_.close();
  std::error_code ec;
  fs::remove(temporary_, ec);
}

void AtomicOutputFile::commit() {
  out_.close();
  std::error_code ec;
  if (out_) fs::rename(temporary_, path_, ec);
  if (!out_ || ec) throw Error(path_, 0, "cannot write output");
  committed_ = true;
}

}  // namespace kg::exports
