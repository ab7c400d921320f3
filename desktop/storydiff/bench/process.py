"""``python -m storydiff.bench process``: ``storydiff`` as a user runs it.

Whole-process wall time (best of several runs) of ``storydiff --version`` and
``storydiff compare`` on generated revision pairs, beside the same comparison
timed inside one process, and the peak resident memory of the largest compare.
Goals (issue 15): ``--version`` < 0.15 s, compare of 1,000 words < 0.25 s,
20,000 words ``--json`` < 0.3 s, 100,000 words ``--json`` < 1.0 s and < 300 MB.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from storydiff.bench.articles import generate_article, revise
from storydiff.bench.compare import best_of

SIZES = (1_000, 20_000, 100_000)
GOALS = {"--version": "< 0.15 s", 1_000: "< 0.25 s", 20_000: "< 0.3 s", 100_000: "< 1.0 s"}


def storydiff_command() -> list[str]:
    """The ``storydiff`` script installed beside this Python, else ``python -m storydiff``."""
    script = Path(sys.executable).with_name("storydiff")
    if script.exists():
        return [str(script)]
    found = shutil.which("storydiff")
    return [found] if found else [sys.executable, "-m", "storydiff"]


def run_once(argv: list[str]) -> tuple[float, float]:
    """Wall seconds and peak resident MB of one run (output discarded)."""
    start = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed: {child.stderr.read().decode()[-500:]}")
    child.stderr.close()
    return elapsed, usage.ru_maxrss / 1024  # KB on Linux


def whole_process(argv: list[str], repeat: int) -> tuple[float, float]:
    runs = [run_once(argv) for _ in range(repeat)]
    return min(t for t, _ in runs), max(m for _, m in runs)


def in_process(old: str, new: str, repeat: int) -> float:
    """Read-free in-process time of what ``compare --json`` does: analyse, compare
    with tags, build and encode the JSON."""
    from storydiff.core.boilerplate import is_boilerplate
    from storydiff.core.document import analyse
    from storydiff.core.story import base_pairs, compare_documents
    from storydiff.core.tagging.claims import is_assertion
    from storydiff.render.json_bytes import dumps
    from storydiff.render.json_out import story_to_dict

    def work() -> None:
        is_boilerplate.cache_clear()  # each run as a new process starts: nothing read yet
        is_assertion.cache_clear()
        story = compare_documents([analyse(old), analyse(new)], base_pairs(2), "auto")
        dumps(story_to_dict(story), indent=1)

    work()  # the first run pays for compiling the tagging rules
    return best_of(repeat, work)


def row(case: str, seconds: float, inside: str, peak: float, goal: str) -> None:
    print(f"{case:<34} {seconds:>10.3f} {inside:>13} {peak:>8.0f}  {goal}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m storydiff.bench process")
    parser.add_argument("--sizes", type=int, nargs="*", default=list(SIZES))
    parser.add_argument("--repeat", type=int, default=5, help="Runs per case (best is shown).")
    parser.add_argument(
        "--command",
        help="Time this storydiff instead (e.g. a script running another checkout); the"
        " in-process column still times this one.",
    )
    args = parser.parse_args(argv)
    command = args.command.split() if args.command else storydiff_command()
    print(f"storydiff: {' '.join(command)}")
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
        print("note: PYTHONDONTWRITEBYTECODE is set, so modules without up-to-date cached")
        print("      bytecode are compiled on every run (users' installs have it cached)")
    print(f"{'case':<34} {'process s':>10} {'in-process s':>13} {'peak MB':>8}  goal (time)")
    seconds, peak = whole_process([*command, "--version"], args.repeat)
    row("storydiff --version", seconds, "", peak, GOALS["--version"])
    with tempfile.TemporaryDirectory(prefix="storydiff-bench-") as folder:
        for words in args.sizes:
            old = generate_article(words, seed=words)
            new = revise(old, seed=words + 1)
            a, b = Path(folder, f"old-{words}.txt"), Path(folder, f"new-{words}.txt")
            a.write_text(old, encoding="utf-8")
            b.write_text(new, encoding="utf-8")
            repeat = 1 if words >= 100_000 else args.repeat
            inside = in_process(old, new, repeat)
            for flags in ([], ["--json"]) if words <= 1_000 else (["--json"],):
                argv_ = [*command, "compare", str(a), str(b), *flags]
                seconds, peak = whole_process(argv_, repeat if words < 100_000 else 2)
                case = " ".join([f"compare {words:,} words", *flags])
                inside_s = f"{inside:.3f}" if flags else ""
                row(case, seconds, inside_s, peak, GOALS.get(words, ""))
    print("peak MB: the largest resident set of the runs (goal for 100,000 words: < 300 MB)")
    return 0
