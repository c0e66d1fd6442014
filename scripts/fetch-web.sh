#!/usr/bin/env bash
# Fetches the two libraries the HTML graph page is drawn with (-o graph.html): sigma.js and
# graphology, MIT, from the npm registry as web/package-lock.json pins them (versions and sha512
# integrity, which npm ci checks), and keeps their browser builds in out/web/, where kgbuild inlines
# them into every page it writes.
#   scripts/fetch-web.sh
# Does nothing when they are already there from the same lock file. Nothing goes into git.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=out/web
stamp=$(cat web/package.json web/package-lock.json | sha256sum | cut -c1-16)
if [ -f "$dir/sigma.min.js" ] && [ -f "$dir/graphology.umd.min.js" ] && [ "$(cat "$dir/web.stamp" 2>/dev/null)" = "$stamp" ]; then
  echo "web: $dir is up to date (sigma, graphology)"
  exit 0
fi
command -v npm >/dev/null || { echo "web: npm is needed to fetch sigma and graphology" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp web/package.json web/package-lock.json "$work/"
echo "web: fetching sigma and graphology from the npm registry" >&2
(cd "$work" && npm ci --silent --no-audit --no-fund --ignore-scripts)
mkdir -p "$dir"
cp "$work/node_modules/sigma/dist/sigma.min.js" "$dir/sigma.min.js"
cp "$work/node_modules/graphology/dist/graphology.umd.min.js" "$dir/graphology.umd.min.js"
echo "$stamp" > "$dir/web.stamp"
echo "web: sigma and graphology in $dir"
