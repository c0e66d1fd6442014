# Sourced by the fetch scripts: one npm package, fetched at a pinned version and checked against
# its sha512 integrity before anything of it is used.
#   fetch_pinned PACKAGE VERSION INTEGRITY WORK_DIR   -> prints the path of the checked tarball

fetch_pinned() {
  local package=$1 version=$2 integrity=$3 work=$4
  command -v npm >/dev/null || { echo "$package: npm is needed to fetch it" >&2; return 1; }
  echo "fetching $package@$version from the npm registry" >&2
  (cd "$work" && npm pack "$package@$version" --silent >/dev/null) || return 1
  local tarball="$work/$package-$version.tgz"
  local actual
  actual="sha512-$(python3 -c 'import base64,hashlib,sys; print(base64.b64encode(hashlib.sha512(open(sys.argv[1],"rb").read()).digest()).decode())' "$tarball")"
  if [ "$actual" != "$integrity" ]; then
    echo "$package: integrity mismatch for $version: got $actual" >&2
    return 1
  fi
  echo "$tarball"
}
