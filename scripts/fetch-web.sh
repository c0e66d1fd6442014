#!/usr/bin/env bash
# Fetches the two libraries the HTML graph page is drawn with (-o graph.html): sigma.js and
# graphology, MIT, from the npm registry at pinned versions with their integrity checked, and
# keeps their browser builds in out/web/, where kgbuild inlines them into every page it writes.
#   scripts/fetch-web.sh
# Does nothing when they are already there from the same packages. Nothing goes into git.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=out/web
packages=(
  "sigma 3.0.2 sha512-/BUbeOwPGruiBOm0YQQ6ZMcLIZ6tf/W+Jcm7dxZyAX0tK3WP9/sq7/NAWBxPIxVahdGjCJoGwej0Gdrv0DxlQQ== package/dist/sigma.min.js sigma.min.js"
  "graphology 0.26.0 sha512-8SSImzgUUYC89Z042s+0r/vMibY7GX/Emz4LDO5e7jYXhuoWfHISPFJYjpRLUSJGq6UQ6xlenvX1p/hJdfXuXg== package/dist/graphology.umd.min.js graphology.umd.min.js"
)
stamp=$(printf '%s\n' "${packages[@]}" | sha256sum | cut -c1-16)
if [ -f "$dir/sigma.min.js" ] && [ -f "$dir/graphology.umd.min.js" ] && [ "$(cat "$dir/web.stamp" 2>/dev/null)" = "$stamp" ]; then
  echo "web: $dir is up to date (sigma, graphology)"
  exit 0
fi
source scripts/npm-pinned.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$dir"
for entry in "${packages[@]}"; do
  read -r package version integrity inside name <<< "$entry"
  tarball=$(fetch_pinned "$package" "$version" "$integrity" "$work")
  tar -xzf "$tarball" -C "$work" "$inside"
  cp "$work/$inside" "$dir/$name"
  rm -rf "$work/package"
done
echo "$stamp" > "$dir/web.stamp"
echo "web: sigma and graphology in $dir"
