#!/usr/bin/env bash
# The consumers themselves are the oracle: NetworkX and igraph (Python), graphology (what Gephi
# Lite uses) read kgbuild's GraphML and GEXF with every attribute of its declared type; the
# FollowTheMoney model checks the FtM export of the dev corpus; headless Chromium opens its HTML
# page (check_html.js); dot and
# sfdp render its DOT; the SVG holds the Chinese labels as text. Run on the given article, on the
# dev corpus when DEV names it, and on a graph of awkward cases (EDGE_CASES, a helper binary).
# Needs KGBUILD, PYTHON (with networkx and igraph), NODE_JS, and tests/interop/js/node_modules
# (npm ci, done by scripts/test.sh).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
input=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -d "$here/js/node_modules/graphology" ] || { echo "graphology missing: run (cd tests/interop/js && npm ci)" >&2; exit 1; }

check() {  # GRAPHML GEXF [--edge-cases]
  "$PYTHON" "$here/check_python.py" "$@"
  "$NODE_JS" "$here/check_graphology.js" "$@"
}

"$KGBUILD" extract "$input" -o "$work/g.graphml" -o "$work/g.gexf" -o "$work/g.dot"
check "$work/g.graphml" "$work/g.gexf"
dot -Tsvg "$work/g.dot" -o "$work/dot.svg"
sfdp -Tsvg "$work/g.dot" -o "$work/sfdp.svg"
grep -q '<text' "$work/dot.svg"

if [ -n "${DEV:-}" ] && [ -d "$DEV" ]; then
  "$KGBUILD" extract "$DEV" -o "$work/dev.graphml" -o "$work/dev.gexf" -o "$work/dev.ftm.json"
  check "$work/dev.graphml" "$work/dev.gexf"
  "$NODE_JS" "$here/check_ftm.js" "$work/dev.ftm.json" "$work/dev.graphml"   # FollowTheMoney, as Aleph reads it
  # The page in a real browser; its screenshot stays in ARTIFACTS.
  "$KGBUILD" extract "$DEV" -o "$work/dev.html"
  mkdir -p "${ARTIFACTS:-$work}"
  "$NODE_JS" "$here/check_html.js" "$work/dev.html" "$work/dev.graphml" "${ARTIFACTS:-$work}/dev-html.png"
fi

"$EDGE_CASES" "$work"
check "$work/edge.graphml" "$work/edge.gexf" --edge-cases
dot -Tsvg "$work/edge.dot" -o "$work/edge-dot.svg"
sfdp -Tsvg "$work/edge.dot" -o "$work/edge-sfdp.svg"
grep -q '>𠀀村</text>' "$work/edge.svg"
grep -q '>𠀀村</text>' "$work/edge-dot.svg"
echo "1 passed, 0 failed"
