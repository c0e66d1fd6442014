#!/usr/bin/env bash
# Installs what kgbuild needs to build, test and render, from Debian 12's packages.
# Idempotent: installs only what is missing. Run as root (or with sudo available).
set -euo pipefail

packages=(
  build-essential cmake pkg-config            # toolchain
  libboost-graph-dev                          # the graph (Boost.Graph, header-only parts)
  libicu-dev                                  # normalisation, segmentation, regex
  librapidxml-dev                             # rule files
  nlohmann-json3-dev                          # JSON Lines corpora and mention logs
  libxml2-dev                                 # web pages (.html) read with its HTML parser
  libopencc-dev                               # traditional Chinese read in simplified script
  libgraphviz-dev graphviz                    # libcgraph and libgvc; dot and sfdp for tests
  fonts-noto-cjk                              # Chinese labels in rendered diagrams
  catch2                                      # unit tests
  clang libclang-rt-14-dev                    # libFuzzer and the sanitizers for tests/fuzz
  python3 python3-networkx python3-igraph     # the scorer and the interop tests
  python3-distributed parallel                # shards on a Dask cluster or over ssh (docs/scale.md)
  chromium                                    # the browser test of the HTML graph page
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all packages present"
  exit 0
fi

as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)
echo "setup: installing ${missing[*]}"
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
