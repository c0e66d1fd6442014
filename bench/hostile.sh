#!/usr/bin/env bash
# Inputs a hostile or careless user gives, one run each: single documents of 1, 8 and 32 MB (the
# dev articles repeated), enumerations of 8,000 and 80,000 villages in one sentence, a 100 MB file
# of repeated articles, a 50 MB line without punctuation, and a rule set with a 40,000-entry
# lexicon (rules check). A table of exit status, the first line of the message, time and peak
# memory; time and memory should grow linearly with the input.
#   bench/hostile.sh [KGBUILD]
set -euo pipefail
cd "$(dirname "$0")/.."
kgbuild=${1:-build/kgbuild}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

python3 - "$out" <<'PY'
import glob, os, random, sys
out = sys.argv[1]
random.seed(3)
articles = "".join(open(f, encoding="utf-8").read() for f in sorted(glob.glob("../shared/corpus/dev/*.txt")))
articles = articles or "东坝县民政局开展“暖冬行动”专项救助活动。\n"
def repeated(name, megabytes):
    data = articles.encode()
    with open(f"{out}/{name}", "wb") as f:
        for _ in range(megabytes * 1_000_000 // len(data) + 1):
            f.write(data)
for mb in (1, 8, 32):
    repeated(f"doc-{mb}mb.txt", mb)
repeated("file-100mb.txt", 100)
han = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]
for n in (8000, 80000):
    names = set()
    while len(names) < n:
        names.add("".join(random.choice(han) for _ in range(3)) + "村")
    open(f"{out}/villages-{n}.txt", "w", encoding="utf-8").write("东坝县所辖" + "、".join(sorted(names)) + "等村庄开展人居环境整治。\n")
with open(f"{out}/line-50mb.txt", "w", encoding="utf-8") as f:
    for _ in range(50_000_000 // 30):
        f.write("东坝县民政局开展专项救助活动")
os.makedirs(f"{out}/rules", exist_ok=True)
for name in glob.glob("rules/*.xml"):
    os.system(f"cp '{name}' '{out}/rules/'")
with open(f"{out}/rules/big-lexicon.xml", "w", encoding="utf-8") as f:
    names = [f"东坝{''.join(random.choice(han) for _ in range(4))}局" for _ in range(40000)]
    f.write("<rules>\n  <lexicon id='big' type='organisation'>\n")
    f.writelines(f"    <entry>{n}</entry>\n" for n in names)
    f.write(f"    <example yields='{names[0]}'>{names[0]}召开会议。</example>\n  </lexicon>\n</rules>\n")
PY

printf '%-22s %8s %6s %9s %9s  %s\n' case MB status seconds "peak MB" message
run() {  # NAME INPUT-SIZE-FILE COMMAND...
  local name=$1 sized=$2
  shift 2
  local status=0
  /usr/bin/time -f "%e %M" -o "$out/t" "$@" >/dev/null 2>"$out/err" || status=$?
  read -r seconds kb < <(tail -n 1 "$out/t")
  local message
  message=$( (grep -v '^\s*$' "$out/err" | grep -v 'Command exited' | head -n 1 | cut -c1-60) || true)
  printf '%-22s %8.1f %6s %9s %9d  %s\n' "$name" "$(awk -v b="$(stat -c %s "$sized")" 'BEGIN { print b / 1e6 }')" \
    "$status" "$seconds" $((kb / 1024)) "${message:-ok}"
}
for mb in 1 8 32; do run "document ${mb} MB" "$out/doc-${mb}mb.txt" "$kgbuild" extract "$out/doc-${mb}mb.txt" -o "$out/g.graphml"; done
for n in 8000 80000; do run "enumeration $n" "$out/villages-$n.txt" "$kgbuild" extract "$out/villages-$n.txt" -o "$out/g.graphml"; done
run "file 100 MB" "$out/file-100mb.txt" "$kgbuild" extract "$out/file-100mb.txt" -o "$out/g.graphml"
run "line 50 MB" "$out/line-50mb.txt" "$kgbuild" extract "$out/line-50mb.txt" -o "$out/g.graphml"
run "lexicon 40,000 entries" "$out/rules/big-lexicon.xml" "$kgbuild" rules check --rules "$out/rules"
