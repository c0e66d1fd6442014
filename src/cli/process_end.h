// The end of a one-shot command. A corpus run holds a graph of tens of thousands of nodes in
// maps and sets, the rule set and the mapped dictionaries; freeing them one by one took a tenth
// of a second of an eight-second run, for memory the system takes back at exit anyway. So the
// command hands them over with keep_until_exit, and main ends the process with end_process,
// which flushes the standard streams and skips destructors. Sanitizer builds free everything
// as usual, so that their leak checks still see every allocation.
#pragma once

#include <memory>

namespace kg::cli {

void keep_until_exit(std::shared_ptr<void> object);

// Flushes standard output and error and ends the process with `status`.
[[noreturn]] void end_process(int status);

}  // namespace kg::cli
