// One error type for the whole library: what went wrong and where, as "file:line: message".
// Stages throw kg::Error; the command line catches it once, prints it and picks the exit status.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace kg {

class Error : public std::runtime_error {
 public:
  // line 0 means "no line": the message then reads "file: message".
  Error(std::string file, std::size_t line, const std::string& message)
      : std::runtime_error(format(file, line, message)), file_(std::move(file)), line_(line) {}

  const std::string& file() const { return file_; }
  std::size_t line() const { return line_; }

 private:
  static std::string format(const std::string& file, std::size_t line, const std::string& message) {
    if (file.empty()) return message;
    std::string out = file;
    if (line > 0) out.append(":").append(std::to_string(line));
    out.append(": ").append(message);
    return out;
  }

  std::string file_;
  std::size_t line_;
};

}  // namespace kg
