#!/usr/bin/env bash
# docs/scale.md's GNU parallel recipe, run on this machine (-S : is the local host; a list of ssh
# hosts runs the same command remotely): the corpus split into shards, each extracted to a
# partial graph, and the parts merged, give the graph one run gives.
# Needs KGBUILD and BULK.
set -euo pipefail
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
head -n 300 "$BULK" > corpus.jsonl
"$KGBUILD" extract corpus.jsonl -o one.graphml

split -n l/4 -d --additional-suffix=.jsonl corpus.jsonl shard-
parallel -S : --transferfile {} --return {.}.kgf --cleanup \
  "$KGBUILD" extract {} -o {.}.kgf -j 1 ::: shard-*.jsonl
"$KGBUILD" merge shard-*.kgf -o merged.graphml
cmp one.graphml merged.graphml
echo "GNU parallel: $(ls shard-*.kgf | wc -l) shards merged, equal to one run"
