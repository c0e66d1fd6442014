#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer, and runs each for SECONDS (default 30) on seeds made from the dev
# articles, a slice of the bulk corpus and the shipped rules. Corpora grow in out/fuzz/ across runs;
# a finding leaves its input in out/fuzz/findings/ and fails the script.
#   scripts/fuzz.sh [SECONDS] [TARGET...]     (targets: text documents rules extract; default all)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(text documents rules extract)
command -v clang++ >/dev/null || { echo "fuzz: clang++ is needed (Debian's clang, libclang-rt-14-dev)" >&2; exit 1; }
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DKGBUILD_FUZZ=ON -DKGBUILD_TESTS=OFF \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target fuzz_text fuzz_documents fuzz_rules fuzz_extract >/dev/null

seeds=out/fuzz/seeds
mkdir -p "$seeds"/{text,documents,rules,extract} out/fuzz/findings
dev=../shared/corpus/dev
for f in "$dev"/*.txt; do
  head -c 4000 "$f" > "$seeds/text/$(basename "$f")"
  head -c 4000 "$f" > "$seeds/extract/$(basename "$f")"
done 2>/dev/null || true
cp examples/county-news.txt "$seeds/extract/"
cp examples/county-news.txt "$seeds/text/"
head -n 5 ../shared/corpus/bulk/tibet-news-2018.jsonl > "$seeds/documents/bulk-head.jsonl" 2>/dev/null || true
cp examples/county-news.txt examples/county-page.html "$seeds/documents/"
cp examples/county-page.html "$seeds/extract/"
cp rules/*.xml "$seeds/rules/"

status=0
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"   # graphviz keeps one buffer to exit
for target in "${targets[@]}"; do
  corpus=out/fuzz/corpus/$target
  mkdir -p "$corpus"
  log=out/fuzz/$target.log
  if ! build-fuzz/tests/fuzz/fuzz_$target "$corpus" "$seeds/$target" -max_total_time="$seconds" \
       -rss_limit_mb=2048 -timeout=20 -max_len=16384 -artifact_prefix=out/fuzz/findings/$target- \
       -print_final_stats=1 > "$log" 2>&1; then
    echo "fuzz_$target: FINDING, see $log and out/fuzz/findings/" >&2
    status=1
  fi
  runs=$(grep -m1 'stat::number_of_executed_units' "$log" | awk '{print $2}')
  echo "fuzz_$target: ${runs:-?} executions in ${seconds} s, corpus $(ls "$corpus" | wc -l) inputs"
done
exit $status
