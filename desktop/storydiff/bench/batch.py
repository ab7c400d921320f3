"""``python -m storydiff.bench batch``: ``storydiff batch`` throughput on a local Dask cluster.

Builds a generated archive (stories of 3-20 versions of ~1,000-word articles),
runs it with 1 worker and with N, and prints pairs per second, per worker, and
the speed-up. Goal (issue 15): at least 50 pairs per second per core.
Needs the batch extra.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path


def main(argv: list[str]) -> int:
    from storydiff.batch import corpus
    from storydiff.batch.run import Options, run

    parser = argparse.ArgumentParser(prog="python -m storydiff.bench batch")
    parser.add_argument("--stories", type=int, default=60)
    parser.add_argument("--words", type=int, default=1_000)
    parser.add_argument("--workers", type=int, nargs="*", default=[1, 2])
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="storydiff-batch-") as folder:
        source = Path(folder, "archive.jsonl")
        versions = corpus.write(source, corpus.versions(args.stories, args.words, seed=11))
        print(f"{versions} versions of {args.stories} stories, ~{args.words:,} words each")
        print(f"{'workers':>7} {'pairs':>6} {'compute s':>10} {'total s':>8} {'pairs/s':>8}"
              f" {'per worker':>11} {'per CPU-s':>10} {'speed-up':>9}")  # fmt: skip
        first = None
        for workers in args.workers:
            started = time.perf_counter()
            summary = run(Options(source, Path(folder, f"out-{workers}"), workers=workers))
            total = time.perf_counter() - started
            rate = summary.pairs_per_second
            first = first or rate
            print(
                f"{workers:>7} {summary.pairs:>6} {summary.seconds:>10.2f} {total:>8.2f}"
                f" {rate:>8.1f} {rate / workers:>11.1f} {summary.pairs_per_cpu_second:>10.1f}"
                f" {rate / first:>8.2f}x"
            )
    print("compute s: first task submitted to last result; total s: with cluster start-up;")
    print("per CPU-s: pairs per second of CPU time in the tasks (not skewed by other load)")
    return 0
