#!/usr/bin/env bash
# Throughput over a JSON Lines corpus (by default ../shared/corpus/bulk), one run of each:
#   1. one core against two floors, interleaved: ICU NFKC alone over the file (uconv -x nfkc) and
#      reading and parsing its records alone (read_corpus, kgbuild's own reader);
#   2. -j 1 against -j 2 (the graphs compared byte for byte);
#   3. a Dask LocalCluster of two workers (scripts/dask-extract.py), and kgbuild merge alone;
#   4. 1x, 2x, 4x and 8x the corpus (copies with changed ids): time and peak memory;
#   5. where perf works, the share of each stage of a one-core run.
#   bench/bulk.sh [BUILD_DIR] [CORPUS.jsonl] [SECTIONS]      SECTIONS: any of 12345 (default all)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
corpus=${2:-../shared/corpus/bulk/tibet-news-2018.jsonl}
sections=${3:-12345}
kgbuild=$build/kgbuild
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cmake --build "$build" --target kgbuild read_corpus >/dev/null

timed() {  # LABEL COMMAND...: one run; prints "seconds peak_kb" and keeps them in $out/LABEL
  local label=$1
  shift
  /usr/bin/time -f "%e %M" -o "$out/$label.time" "$@" >/dev/null 2>"$out/$label.err" ||
    { cat "$out/$label.err" >&2; exit 1; }
  cat "$out/$label.time"
}
seconds() { cut -d' ' -f1 "$out/$1.time"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }

records=$(grep -c . "$corpus")
bytes=$(stat -c %s "$corpus")
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GB"
echo "corpus: $corpus ($records records, $((bytes / 1000000)) MB)"

if [[ $sections == *1* ]]; then
  echo
  echo "1. one core against the floors (best of three interleaved rounds)"
  best_nfkc=; best_read=; best_run=
  for round in 1 2 3; do
    timed nfkc uconv -x nfkc -o /dev/null "$corpus" >/dev/null
    timed read "$build/read_corpus" "$corpus" >/dev/null
    timed j1 "$kgbuild" extract "$corpus" -o "$out/j1.graphml" -j 1 >/dev/null
    for k in nfkc read run; do
      label=$k; [ $k = run ] && label=j1
      s=$(seconds $label); var=best_$k
      if [ -z "${!var}" ] || awk -v a="$s" -v b="${!var}" 'BEGIN { exit !(a < b) }'; then printf -v "$var" %s "$s"; fi
    done
  done
  echo "   uconv -x nfkc ${best_nfkc} s; read_corpus ${best_read} s; kgbuild -j 1 ${best_run} s"
  echo "   kgbuild is $(ratio "$best_run" "$best_nfkc")x NFKC alone and $(ratio "$best_run" "$best_read")x reading the JSON alone"
fi

if [[ $sections == *2* ]]; then
  echo
  echo "2. threads"
  [ -f "$out/j1.graphml" ] || timed j1 "$kgbuild" extract "$corpus" -o "$out/j1.graphml" -j 1 >/dev/null
  timed j2 "$kgbuild" extract "$corpus" -o "$out/j2.graphml" -j 2 >/dev/null
  cmp -s "$out/j1.graphml" "$out/j2.graphml" && same=identical || same=DIFFERENT
  read -r s1 kb1 < "$out/j1.time"; read -r s2 kb2 < "$out/j2.time"
  echo "   -j 1: $s1 s, peak RSS $((kb1 / 1024)) MB; -j 2: $s2 s, peak RSS $((kb2 / 1024)) MB; speed-up $(ratio "$s1" "$s2")x; graphs $same"
  echo "   $(grep -c '<node ' "$out/j2.graphml") nodes, $(grep -c '<edge ' "$out/j2.graphml") edges; $(awk -v n="$records" -v s="$s2" 'BEGIN { printf "%.0f documents/s", n / s }')"
fi

if [[ $sections == *3* ]]; then
  echo
  echo "3. Dask and merge"
  [ -f "$out/j2.graphml" ] || timed j2 "$kgbuild" extract "$corpus" -o "$out/j2.graphml" >/dev/null
  timed dask /usr/bin/python3 scripts/dask-extract.py "$corpus" --workers 2 --kgbuild "$kgbuild" \
    -o "$out/dask.graphml" >/dev/null
  cmp -s "$out/j2.graphml" "$out/dask.graphml" && same=identical || same=DIFFERENT
  echo "   Dask LocalCluster, 2 workers: $(seconds dask) s (cluster start included); graph $same to one run"
  half=$(( (records + 1) / 2 ))
  head -n "$half" "$corpus" > "$out/a.jsonl"
  tail -n +"$((half + 1))" "$corpus" > "$out/b.jsonl"
  "$kgbuild" extract "$out/a.jsonl" -o "$out/a.kgf" 2>/dev/null
  "$kgbuild" extract "$out/b.jsonl" -o "$out/b.kgf" 2>/dev/null
  timed merge "$kgbuild" merge "$out/a.kgf" "$out/b.kgf" -o "$out/merged.graphml" >/dev/null
  cmp -s "$out/j2.graphml" "$out/merged.graphml" && same=identical || same=DIFFERENT
  echo "   kgbuild merge of two halves ($(( $(stat -c %s "$out/a.kgf") / 1000000 )) + $(( $(stat -c %s "$out/b.kgf") / 1000000 )) MB of .kgf): $(seconds merge) s, peak RSS $(( $(cut -d' ' -f2 "$out/merge.time") / 1024 )) MB; graph $same to one run"
fi

if [[ $sections == *4* ]]; then
  echo
  echo "4. scaling (-j $(nproc)): copies of the corpus with changed ids"
  printf '   %-6s %8s %9s %10s %12s\n' copies MB seconds "s per MB" "peak RSS MB"
  for n in 1 2 4 8; do
    python3 - "$corpus" "$n" "$out/x$n.jsonl" <<'PY'
import json, sys
corpus, copies, target = sys.argv[1], int(sys.argv[2]), sys.argv[3]
lines = [l for l in open(corpus, encoding="utf-8") if l.strip()]
with open(target, "w", encoding="utf-8") as out:
    for c in range(copies):
        for i, line in enumerate(lines):
            record = json.loads(line)
            record["id"] = f"{record.get('id', i)}#{c}"
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
PY
    read -r s kb < <(timed "x$n" "$kgbuild" extract "$out/x$n.jsonl" -o "$out/x$n.graphml")
    mb=$(awk -v b="$(stat -c %s "$out/x$n.jsonl")" 'BEGIN { printf "%.0f", b / 1e6 }')
    printf '   %-6s %8s %9s %10.3f %12d\n' "${n}x" "$mb" "$s" "$(awk -v s="$s" -v m="$mb" 'BEGIN { print s / m }')" $((kb / 1024))
    rm -f "$out/x$n.jsonl" "$out/x$n.graphml"
  done
fi

if [[ $sections == *5* ]]; then
  echo
  echo "5. stages of a one-core run (perf, share of samples)"
  if ! perf stat -e task-clock true >/dev/null 2>&1; then
    echo "   perf does not work here"
  else
    perf record -q -F 199 --call-graph dwarf,16384 -o "$out/perf.data" \
      "$kgbuild" extract "$corpus" -o "$out/p.graphml" -j 1 >/dev/null 2>&1
    perf report -i "$out/perf.data" --children --stdio -g none --percent-limit 0.3 2>/dev/null > "$out/perf.txt"
    python3 - "$out/perf.txt" <<'PY'
import re, sys
stages = [
    ("reading", r"kg::document::CorpusReader::next\b"),
    ("text", r"kg::text::Simplifier::simplify\b|kg::text::normalize\b|kg::text::repair_layout\b|kg::text::segment\b"),
    ("names (words, patterns, resolution)", r"kg::extract::EntityRecognizer::find\b"),
    ("places (linking)", r"kg::extract::PlaceLinker::link\b"),
    ("relations", r"kg::extract::RelationFinder::find\b|kg::extract::find_amounts\b"),
    ("merge", r"kg::graph::GraphBuilder::add\b"),
    ("measures", r"kg::graph::annotate\b"),
    ("writing", r"kg::exports::to_graphml\b"),
]
share = {}
for line in open(sys.argv[1]):
    m = re.match(r"\s*([\d.]+)%\s+[\d.]+%\s+\S+\s+\S+\s+\[\.\]\s+(.*)", line)
    if not m:
        continue
    for name, pattern in stages:
        if re.search(pattern, m.group(2)):
            share[name] = max(share.get(name, 0.0), float(m.group(1)))
for name, _ in stages:
    print(f"   {name:<38} {share.get(name, 0.0):5.1f} %")
PY
  fi
fi
