"""A long story's timeline counts without the window: ``python -m storydiff.bench timeline``.

Builds a story of ``--versions`` versions (the sample edited again and again) in a
fresh library, then runs the timeline's counting job (what the app's worker runs:
every neighbour pair counted, compared where the library holds no result) twice:
first open (nothing stored yet but the tags stored at import) and from the cache
(every pair stored), each in a new :class:`ComparisonCache` as a reopened window
has. Prints wall-clock and CPU seconds: the machine may be shared.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m storydiff.bench timeline")
    parser.add_argument("--versions", type=int, default=50, help="versions in the story")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each, best kept")
    args = parser.parse_args(argv)
    from storydiff.bench.gui_story import build_long_story

    with tempfile.TemporaryDirectory() as folder:
        print(f"story of {args.versions} versions ({args.versions - 1} neighbour pairs)")
        first, cached = [], []
        for n in range(args.repeat):
            library = Path(folder) / f"long{n}.sqlite"
            build_long_story(library, args.versions)
            first.append(count_all(library))
            cached.append(count_all(library))
        report("first open (nothing stored)", first)
        report("from the cache (all stored)", cached)
    return 0


def count_all(library: Path) -> tuple[float, float, int]:
    """Wall and CPU seconds of counting every neighbour pair, and the counts reported."""
    from storydiff.library.store import Library
    from storydiff.ui.comparison_cache import ComparisonCache
    from storydiff.ui.revision_counts import RevisionCounter

    with Library.open(library) as opened:
        versions = opened.summaries(opened.stories()[0].id)
    counts: list[object] = []
    counter = RevisionCounter(runner=None, cache=ComparisonCache(library_path=library))
    job = counter._job(versions, counts.append)
    wall, cpu = time.perf_counter(), time.process_time()
    job(lambda done, total: None, lambda: False)
    return time.perf_counter() - wall, time.process_time() - cpu, len(counts)


def report(label: str, runs: list[tuple[float, float, int]]) -> None:
    wall, cpu, counted = min(runs)
    walls = ", ".join(f"{w * 1000:.0f}" for w, _, _ in runs)
    print(
        f"{label}: {wall * 1000:.0f} ms wall, {cpu * 1000:.0f} ms CPU, {counted} counts "
        f"(best of {len(runs)}; all runs {walls} ms)"
    )
