#!/usr/bin/env bash
# The same corpus extracted on a Dask LocalCluster of two worker processes, cut into shards and
# merged in a tree, gives the graph one kgbuild run gives, byte for byte. The corpus: the first
# records of the bulk corpus (every record under the sanitizers would take minutes; bench/bulk.sh
# checks the whole one) and dev articles as text files, so both kinds of shard are cut.
# Needs KGBUILD, PYTHON (Debian's, with python3-distributed), BULK and DEV.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/corpus/articles"
head -n 400 "$BULK" > "$work/corpus/news.jsonl"
printf '\n\n' >> "$work/corpus/news.jsonl"     # blank lines, as real files have
ls "$DEV"/*.txt | head -n 6 | xargs -I{} cp {} "$work/corpus/articles/"

"$KGBUILD" extract "$work/corpus" -o "$work/one.graphml" -o "$work/one.kgf"
"$PYTHON" "$here/../../scripts/dask-extract.py" "$work/corpus" --workers 2 --shard-mb 0.3 --fan-in 2 \
  --kgbuild "$KGBUILD" -o "$work/dask.graphml" -o "$work/dask.kgf"
cmp "$work/one.graphml" "$work/dask.graphml"
cmp "$work/one.kgf" "$work/dask.kgf"
grep -q '<edge ' "$work/dask.graphml"

# A broken record is reported with the corpus file and line, not the shard's.
sed '3s/.*/{"id": broken/' "$work/corpus/news.jsonl" > "$work/corpus/news2.jsonl"
mv "$work/corpus/news2.jsonl" "$work/corpus/news.jsonl"
if "$PYTHON" "$here/../../scripts/dask-extract.py" "$work/corpus" --workers 2 --shard-mb 0.3 \
     --kgbuild "$KGBUILD" -o "$work/bad.graphml" 2> "$work/err"; then
  echo "a broken record went unnoticed" >&2; exit 1
fi
grep -q "$work/corpus/news.jsonl:3: not valid JSON" "$work/err" || { cat "$work/err" >&2; exit 1; }
[ ! -e "$work/bad.graphml" ]
echo "dask: $(grep -c '<node ' "$work/dask.graphml") nodes, $(grep -c '<edge ' "$work/dask.graphml") edges, equal to one run"
