#!/usr/bin/env bash
# End-to-end throughput over a JSON Lines corpus (by default ../shared/corpus/bulk): one graph of
# every record, reported as documents/s, MB/s of input and peak resident memory, best of RUNS.
#   bench/bulk.sh [KGBUILD] [CORPUS.jsonl] [RUNS] [-- extra kgbuild options]
set -euo pipefail
cd "$(dirname "$0")/.."
kgbuild=${1:-build/kgbuild}
corpus=${2:-../shared/corpus/bulk/tibet-news-2018.jsonl}
runs=${3:-3}
shift $(( $# < 3 ? $# : 3 ))
[ "${1:-}" = "--" ] && shift
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

records=$(grep -c . "$corpus")
bytes=$(stat -c %s "$corpus")
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GB"
echo "kgbuild: $kgbuild $*; corpus: $corpus ($records records, $((bytes / 1000000)) MB)"
best=
for _ in $(seq "$runs"); do
  /usr/bin/time -f "%e %M" -o "$out/t" "$kgbuild" extract "$corpus" -o "$out/g.graphml" "$@" 2>/dev/null
  read -r seconds kb < "$out/t"
  if [ -z "$best" ] || awk -v a="$seconds" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$seconds; peak=$kb; fi
done
nodes=$(grep -c '<node ' "$out/g.graphml")
edges=$(grep -c '<edge ' "$out/g.graphml")
awk -v s="$best" -v n="$records" -v b="$bytes" -v kb="$peak" -v nodes="$nodes" -v edges="$edges" 'BEGIN {
  printf "best of runs: %.2f s, %.0f documents/s, %.2f MB/s, peak RSS %.0f MB; graph %d nodes, %d edges\n",
         s, n / s, b / 1e6 / s, kb / 1024, nodes, edges }'
