#!/usr/bin/env bash
# Set-up, build, and the main job on the bundled example article:
# writes out/example.graphml, out/example.dot, out/example.svg and, with the page libraries,
# out/example.html.
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
# The page libraries (-o graph.html): optional too.
scripts/fetch-web.sh || echo "example: continuing without the HTML page"
outputs=(-o out/example.graphml -o out/example.dot -o out/example.svg)
[ -f out/web/sigma.min.js ] && outputs+=(-o out/example.html)
build/kgbuild extract examples/county-news.txt "${outputs[@]}"
echo "wrote$(printf ' %s' "${outputs[@]}" | sed 's/ -o//g')"
