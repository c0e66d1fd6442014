#!/usr/bin/env bash
# Set-up, a strict build (warnings as errors, AddressSanitizer and UndefinedBehaviorSanitizer),
# the whole test suite, and each fuzz target for 30 seconds. CI runs exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake -S . -B build-test -DCMAKE_BUILD_TYPE=Debug -DKGBUILD_WERROR=ON -DKGBUILD_SANITIZE=ON >/dev/null
cmake --build build-test -j"$(nproc)"
scripts/fetch-divisions.sh build-test/kgbuild   # the suite checks linking against the real list
scripts/fetch-words.sh build-test/kgbuild       # and names decided on words
scripts/fetch-web.sh                            # sigma.js and graphology for the HTML page
(cd tests/interop/js && npm ci --silent --no-audit --no-fund)   # graphology, as Gephi Lite reads files
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0
export LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
(cd build-test && ctest --output-on-failure -j"$(nproc)")
scripts/fuzz.sh 30                              # text, readers, rules, extraction: no crash, leak or hang
