#!/usr/bin/env bash
# Time and peak memory on inputs that punish anything quadratic: one document that enumerates
# N villages in a single sentence, and one document of M megabytes (the dev articles repeated).
#   bench/large-input.sh [KGBUILD] [N] [M]
set -euo pipefail
cd "$(dirname "$0")/.."
kgbuild=${1:-build/kgbuild}
villages=${2:-8000}
megabytes=${3:-8}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

python3 - "$out" "$villages" "$megabytes" <<'PY'
import glob, random, sys
out, villages, megabytes = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
random.seed(3)
han = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]
names = set()
while len(names) < villages:
    names.add("".join(random.choice(han) for _ in range(2)) + "村")
open(f"{out}/villages.txt", "w").write("东坝县所辖" + "、".join(sorted(names)) + "等村庄开展人居环境整治。\n")
articles = "".join(open(f).read() for f in sorted(glob.glob("../shared/corpus/dev/*.txt"))) or "东坝县召开会议。\n"
text = articles * (megabytes * 1_000_000 // len(articles.encode()) + 1)
open(f"{out}/large.txt", "w").write(text)
PY
for input in villages large; do
  size=$(stat -c %s "$out/$input.txt")
  /usr/bin/time -f "%e %M" -o "$out/t" "$kgbuild" extract "$out/$input.txt" -o "$out/g.graphml" 2>/dev/null
  read -r seconds kb < "$out/t"
  awk -v n="$input" -v b="$size" -v s="$seconds" -v kb="$kb" \
    'BEGIN { printf "%-9s %6.1f MB  %6.2f s  peak RSS %5.0f MB\n", n, b / 1e6, s, kb / 1024 }'
done
