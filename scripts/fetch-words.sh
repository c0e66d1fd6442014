#!/usr/bin/env bash
# Fetches the segmenter's word list (jieba's dictionary with parts of speech, MIT, inside the
# npm package nodejieba: pinned, integrity checked) and compiles it into out/words/words.kgw
# with the given kgbuild.
#   scripts/fetch-words.sh build/kgbuild
# Does nothing when the compiled file is already there from the same package. The word list
# stays out of git: it is fetched, compiled and deleted.
set -euo pipefail
cd "$(dirname "$0")/.."
kgbuild=${1:?usage: scripts/fetch-words.sh PATH/TO/kgbuild}

package=nodejieba
version=3.5.8
integrity='sha512-TFiDYgEVmBgQwAr1sVj7err3Cn21qxMxTLA+LTEVqKcGqgwJuonJEW0g6oH2+7FhMKJfkWsvlj1SaTrWXe1Q9w=='
list=package/submodules/cppjieba/dict/jieba.dict.utf8
dir=out/words
source="jieba dictionary from $package $version"   # recorded in the compiled file
# The compiled file depends on the package and on how kgbuild reads it (src/kg/words).
compiler=$(cat src/kg/words/dictionary.cpp src/kg/words/dictionary.h src/kg/words/tags.cpp | sha256sum | cut -c1-16)
stamp="$package@$version $integrity $compiler"

if [ -f "$dir/words.kgw" ] && [ "$(cat "$dir/words.stamp" 2>/dev/null)" = "$stamp" ]; then
  echo "words: $dir/words.kgw is up to date ($package@$version)"
  exit 0
fi
source scripts/npm-pinned.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tarball=$(fetch_pinned "$package" "$version" "$integrity" "$work")
tar -xzf "$tarball" -C "$work" "$list"
mkdir -p "$dir"
"$kgbuild" words build "$work/$list" -o "$dir/words.kgw" --source "$source"
echo "$stamp" > "$dir/words.stamp"
