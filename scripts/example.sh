#!/usr/bin/env bash
# Set-up, build, and the main job on the bundled example article:
# writes out/example.graphml, out/example.dot and out/example.svg.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DKGBUILD_TESTS=OFF >/dev/null
cmake --build build -j"$(nproc)"
mkdir -p out
# Official divisions (codes, hierarchy): optional; without them places come from the rules alone.
scripts/fetch-divisions.sh build/kgbuild || echo "example: continuing without the division list"
# The word dictionary (names on word boundaries and parts of speech): optional as well.
scripts/fetch-words.sh build/kgbuild || echo "example: continuing without the word dictionary"
build/kgbuild extract examples/county-news.txt -o out/example.graphml -o out/example.dot -o out/example.svg
echo "wrote out/example.graphml, out/example.dot, out/example.svg"
