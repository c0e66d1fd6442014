// Output files appear whole or not at all: content goes to a temporary file beside the target,
// which is renamed over it only when complete. A failed run leaves what the user had.
#pragma once

#include <functional>
#include <string>

namespace kg::exports {

// Calls `write(temporary_path)`, then renames the temporary file to `path`. If `write` throws,
// the temporary file is removed and the exception passes on.
void write_atomically(const std::string& path, const std::function<void(const std::string&)>& write);

// Convenience for text formats.
void write_text_atomically(const std::string& path, const std::string& contents);

}  // namespace kg::exports
