#!/usr/bin/env bash
# Loads kgbuild's GraphML in NetworkX and igraph, its GEXF in NetworkX, and renders its DOT
# with dot and sfdp:
# the consumers themselves are the oracle. Needs KGBUILD (the binary) and PYTHON (with networkx
# and igraph, Debian's python3-networkx and python3-igraph).
set -euo pipefail
input=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$KGBUILD" extract "$input" -o "$work/g.graphml" -o "$work/g.gexf" -o "$work/g.dot"
"$PYTHON" "$(dirname "$0")/load_graphml.py" "$work/g.graphml"
"$PYTHON" "$(dirname "$0")/load_gexf.py" "$work/g.gexf"
dot -Tsvg "$work/g.dot" -o "$work/dot.svg"
sfdp -Tsvg "$work/g.dot" -o "$work/sfdp.svg"
grep -q '<text' "$work/dot.svg"
echo "1 passed, 0 failed"
