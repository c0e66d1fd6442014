#!/usr/bin/env python3
"""Extracts a corpus on a Dask cluster: `kgbuild extract` maps over shards on the workers and
`kgbuild merge` reduces their partial graphs in a tree. The graph equals, byte for byte, the one
`kgbuild extract` writes for the same inputs in one process.

  scripts/dask-extract.py INPUT... -o OUT [-o OUT ...] [--scheduler ADDRESS | --workers N]
                          [--shard-mb MB] [--fan-in K] [--kgbuild PATH] [-- EXTRACT OPTIONS]

INPUT is a folder (its *.txt and *.jsonl, as kgbuild reads it), a .jsonl corpus or a .txt
article. Without --scheduler a LocalCluster of N worker processes runs here. Shards travel to the
workers through Dask, so no shared file system is needed; every worker needs kgbuild at PATH
with its rules, division list and word dictionary beside it, as `make install` or the build tree
leaves them. Outputs are those of kgbuild merge: .graphml, .gexf, .dot, .svg, .png, .pdf, .kgf.
"""
import argparse
import os
import pathlib
import subprocess
import sys
import tempfile

from dask.distributed import Client, LocalCluster


def corpus_files(inputs):
    """The files kgbuild would read for these inputs, in its order (a folder sorted by path)."""
    files = []
    for given in inputs:
        path = pathlib.Path(given)
        if path.is_dir():
            found = [p for p in path.rglob("*") if p.suffix in (".txt", ".jsonl") and p.is_file()]
            files += sorted(found, key=lambda p: str(p))
        elif path.is_file():
            files.append(path)
        else:
            sys.exit(f"dask-extract: {given}: no such file or folder")
    return files


def shards(files, shard_bytes):
    """Lists of (original path, file name, bytes). A JSON Lines file is cut at line ends; each
    piece keeps its records' line numbers (the lines before it left blank), so ids made from
    file and line stay those of the whole file."""
    current, size = [], 0
    for path in files:
        if path.suffix == ".jsonl":
            yield from jsonl_pieces(path, shard_bytes)
            continue
        data = path.read_bytes()
        current.append((str(path), path.name, data))
        size += len(data)
        if size >= shard_bytes:
            yield current
            current, size = [], 0
    if current:
        yield current


def jsonl_pieces(path, shard_bytes):
    """Read line by line, so that no more than a shard of the file is in memory here."""
    lines, size, start, number = [], 0, 0, 0
    with open(path, "rb") as corpus:
        for number, line in enumerate(corpus, 1):
            lines.append(line if line.endswith(b"\n") else line + b"\n")
            size += len(line)
            if size >= shard_bytes:
                yield [(str(path), path.name, b"\n" * start + b"".join(lines))]
                lines, size, start = [], 0, number
    if any(line.strip() for line in lines):
        yield [(str(path), path.name, b"\n" * start + b"".join(lines))]


def run(command, originals=()):
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        message = done.stderr.strip()
        for temporary, original in originals:
            message = message.replace(temporary, original)
        raise RuntimeError(message or f"{command[0]} exited with {done.returncode}")


def extract_shard(files, kgbuild, options):
    """On a worker: the shard's files in a folder of their own, extracted to a partial graph."""
    with tempfile.TemporaryDirectory(prefix="kgbuild-shard-") as folder:
        originals = []
        for i, (original, name, data) in enumerate(files):
            target = pathlib.Path(folder, str(i), name)  # one folder each: names may repeat
            target.parent.mkdir()
            target.write_bytes(data)
            originals.append((str(target), original))
        part = os.path.join(folder, "part.kgf")
        run([kgbuild, "extract", folder, "-o", part, "-j", "1", *options], originals)
        return pathlib.Path(part).read_bytes()


def merge_parts(kgbuild, *parts):
    """On a worker: several partial graphs merged into one."""
    with tempfile.TemporaryDirectory(prefix="kgbuild-merge-") as folder:
        paths = []
        for i, data in enumerate(parts):
            paths.append(os.path.join(folder, f"{i}.kgf"))
            pathlib.Path(paths[-1]).write_bytes(data)
        merged = os.path.join(folder, "merged.kgf")
        run([kgbuild, "merge", *paths, "-o", merged, "-j", "1"])
        return pathlib.Path(merged).read_bytes()


def tree_reduce(client, parts, kgbuild, fan_in):
    while len(parts) > 1:
        parts = [client.submit(merge_parts, kgbuild, *parts[i:i + fan_in], pure=False)
                 for i in range(0, len(parts), fan_in)]
    return parts[0].result()


def write_outputs(kgbuild, merged, outputs):
    with tempfile.TemporaryDirectory(prefix="kgbuild-final-") as folder:
        part = os.path.join(folder, "all.kgf")
        pathlib.Path(part).write_bytes(merged)
        command = [kgbuild, "merge", part]
        for out in outputs:
            command += ["-o", out]
        run(command)


def parse(argv):
    extra = []
    if "--" in argv:
        extra = argv[argv.index("--") + 1:]
        argv = argv[:argv.index("--")]
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("inputs", nargs="+")
    p.add_argument("-o", "--output", action="append", required=True)
    p.add_argument("--scheduler", help="address of a running Dask scheduler (tcp://host:8786)")
    p.add_argument("--workers", type=int, default=os.cpu_count(), help="LocalCluster worker processes")
    p.add_argument("--shard-mb", type=float, default=4.0, help="input per map task")
    p.add_argument("--fan-in", type=int, default=4, help="partial graphs per merge task")
    default_kgbuild = pathlib.Path(__file__).resolve().parent.parent / "build" / "kgbuild"
    p.add_argument("--kgbuild", default=str(default_kgbuild))
    args = p.parse_args(argv)
    if any(out.endswith(".jsonl") for out in args.output):
        p.error("mention logs (.jsonl) come from kgbuild extract, not from a merge")
    if args.fan_in < 2:
        p.error("--fan-in takes at least 2")
    args.kgbuild = os.path.abspath(args.kgbuild)
    args.output = [os.path.abspath(out) for out in args.output]
    return args, extra


def main(argv):
    args, options = parse(argv)
    files = corpus_files(args.inputs)
    if not files:
        sys.exit("dask-extract: no *.txt or *.jsonl among the inputs")
    cluster = None
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    workers = len(client.scheduler_info().get("workers", {}))
    try:
        # Each shard goes to the cluster as it is read: the corpus is never whole in this process.
        parts = [client.submit(extract_shard, client.scatter(piece), args.kgbuild, options, pure=False)
                 for piece in shards(files, int(args.shard_mb * 1e6))]
        if not parts:
            raise RuntimeError("the inputs hold no records")
        merged = tree_reduce(client, parts, args.kgbuild, args.fan_in)
        write_outputs(args.kgbuild, merged, args.output)
    except RuntimeError as e:
        sys.exit(f"dask-extract: {e}")
    finally:
        client.close()
        if cluster:
            cluster.close()
    print(f"dask-extract: {len(parts)} shards on {workers} workers, merged into {', '.join(args.output)}",
          file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
