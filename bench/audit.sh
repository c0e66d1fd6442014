#!/usr/bin/env bash
# A precision check at corpus scale: extracts a JSON Lines corpus (by default the bulk corpus)
# and draws, with a fixed seed, 100 organisation labels, 50 program labels and 50 funds edges
# with the sentence that states each, into a sheet for a careful reader to judge.
#   bench/audit.sh [KGBUILD] [CORPUS.jsonl] [SEED]  ->  out/audit/sheet.tsv
# Columns: kind, label_or_source, target, amount_yuan, evidence, verdict, reason; the reader
# fills verdict (OK / WRONG) and reason. Another seed draws another sample.
set -euo pipefail
cd "$(dirname "$0")/.."
kgbuild=${1:-build/kgbuild}
corpus=${2:-../shared/corpus/bulk/tibet-news-2018.jsonl}
seed=${3:-7}
dir=out/audit
mkdir -p "$dir"
"$kgbuild" extract "$corpus" -o "$dir/graph.graphml" -o "$dir/mentions.jsonl"
python3 - "$corpus" "$dir/graph.graphml" "$dir/mentions.jsonl" "$seed" > "$dir/sheet.tsv" <<'PY'
import json, random, re, sys, xml.etree.ElementTree as ET

corpus, graphml, mentions, seed = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
NS = "{http://graphml.graphdrawing.org/xmlns}"
root = ET.parse(graphml).getroot()
keys = {k.get("id"): k.get("attr.name") for k in root.iter(NS + "key")}
def attrs(el):
    return {keys.get(d.get("key")): d.text or "" for d in el.iter(NS + "data")}
nodes = {n.get("id"): attrs(n) for n in root.iter(NS + "node")}
edges = [dict(attrs(e), _s=e.get("source"), _t=e.get("target")) for e in root.iter(NS + "edge")]

# The first mention of each node: its document and byte offset, for the sentence around it.
first = {}
with open(mentions, encoding="utf-8") as f:
    for line in f:
        m = json.loads(line)
        if m.get("kind") == "mention":
            first.setdefault((m["type"], m["label"]), (m["document"], m["begin"]))
wanted = {doc for doc, _ in first.values()}
texts = {}
with open(corpus, encoding="utf-8") as f:
    for number, line in enumerate(f, 1):
        record = json.loads(line)
        stem = corpus.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        doc = str(record.get("id") or f"{stem}:{number}")
        if doc in wanted:
            parts = [record.get(k) for k in ("title", "content")]
            texts[doc] = "\n\n".join(p for p in parts if isinstance(p, str) and p.strip()).encode("utf-8")

def sentence(doc, offset):
    text = texts.get(doc)
    if text is None:
        return ""
    ends = [m.end() for m in re.finditer("(?:。|！|？|!|\\?|\n)".encode("utf-8"), text)]
    start = max([e for e in ends if e <= offset], default=0)
    stop = min([e for e in ends if e > offset], default=len(text))
    return text[start:stop].decode("utf-8", "replace").strip()

rng = random.Random(seed)
rows = []
for kind, count in (("organisation", 100), ("program", 50)):
    labels = sorted(n["label"] for n in nodes.values() if n.get("type") == kind)
    for label in rng.sample(labels, min(count, len(labels))):
        doc, offset = first.get((kind, label), ("", 0))
        rows.append((kind, label, "", "", sentence(doc, offset)))
funds = sorted((nodes[e["_s"]]["label"], nodes[e["_t"]]["label"], e.get("amount_yuan", ""), e.get("evidence", ""))
               for e in edges if e.get("relation") == "funds")
for s, t, amount, evidence in rng.sample(funds, min(50, len(funds))):
    rows.append(("funds", s, t, amount, evidence))
print("kind\tlabel_or_source\ttarget\tamount_yuan\tevidence\tverdict\treason")
for row in rows:
    print("\t".join(str(x).replace("\t", " ").replace("\n", " ") for x in row) + "\t\t")
PY
echo "audit: $(($(wc -l < "$dir/sheet.tsv") - 1)) rows in $dir/sheet.tsv (seed $seed)"
