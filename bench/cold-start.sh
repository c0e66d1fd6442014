#!/usr/bin/env bash
# Cold start of `kgbuild extract` on one article with the full division list: wall time and
# peak resident memory over repeated runs, with the page cache warm and (when the machine lets
# us drop it) cold.
#   bench/cold-start.sh [KGBUILD] [ARTICLE] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
kgbuild=${1:-build/kgbuild}
article=${2:-../shared/corpus/dev/000_046523daf5b7182a.txt}
runs=${3:-10}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

measure() {  # label, then whether to drop the page cache before each run
  local label=$1 drop=$2
  for _ in $(seq "$runs"); do
    if [ "$drop" = yes ]; then sync; echo 3 > /proc/sys/vm/drop_caches; fi
    /usr/bin/time -f "%e %M" -o "$out/t" "$kgbuild" extract "$article" -o "$out/g.graphml" "${@:3}"
    cat "$out/t"
  done | sort -n | awk -v label="$label" '{ t[NR] = $1; if ($2 > m) m = $2 }
    END { printf "%-28s median %.3f s, max %.3f s, peak RSS %.1f MB (%d runs)\n", label, t[int((NR + 1) / 2)], t[NR], m / 1024, NR }'
}

echo "kgbuild: $kgbuild; article: $article"
measure "with the division list" no
measure "without (--no-gazetteer)" no --no-gazetteer
if [ -w /proc/sys/vm/drop_caches ]; then
  measure "with the list, cold cache" yes
fi
