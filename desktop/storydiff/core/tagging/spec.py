"""Spec cases: real news sentences in, the figures and sources they must give out.

Each line of a ``*.jsonl`` file under ``tests/core/tagging/spec/`` is one case::

    {"class": "change", "sentence": "...", "url": "...",
     "figures": [{"value": 3.8, "unit": "percent", "change": {"direction": "up", "from": 3.5}}],
     "absent": [19], "sources": ["Met Office"]}

A case passes when every expected figure is found (value equal within 1e-5 relative;
``high``, ``unit``, ``kind``, ``vague`` and ``change`` checked when given), no figure has a
value listed in ``absent``, and, when ``sources`` is given, the sentence's source names are
exactly those. ``python -m storydiff.core.tagging.spec DIR`` prints the pass rate per class.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storydiff.core.document import analyse
from storydiff.core.tagging import extract


@dataclass(frozen=True)
class Outcome:
    case: dict[str, Any]
    failures: tuple[str, ...]

    @property
    def passed(self) -> bool:
        return not self.failures


def load(folder: Path) -> list[dict[str, Any]]:
    """The cases of every ``*.jsonl`` file in ``folder``, in file order."""
    cases = []
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                cases.append(json.loads(line))
    return cases


def same(a: Any, b: Any) -> bool:
    """Values equal as the benchmark counts them: within 1e-5 relative, strings exactly."""
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) <= 1e-5 * max(abs(a), abs(b), 1e-12)
    return a == b


def check(case: dict[str, Any]) -> Outcome:
    """Tag the case's sentence and compare with what it expects."""
    tags = extract(analyse(case["sentence"])).to_dict()
    found = tags["figures"]
    failures = []
    for want in case.get("figures", []):
        if not any(_matches(want, got) for got in found):
            failures.append(f"missing {want}")
    for value in case.get("absent", []):
        if any(same(value, got["value"]) for got in found):
            failures.append(f"not a figure: {value}")
    if "sources" in case:
        names = sorted(s["name"] for s in tags["sources"])
        if names != sorted(case["sources"]):
            failures.append(f"sources {names} != {sorted(case['sources'])}")
    if failures:
        failures.append(f"found {[(f['text'], f['value'], f['unit']) for f in found]}")
    return Outcome(case, tuple(failures))


def _matches(want: dict[str, Any], got: dict[str, Any]) -> bool:
    if not same(want["value"], got["value"]):
        return False
    if "high" in want and not same(want["high"], got.get("high")):
        return False
    if "unit" in want and (want["unit"] or "").lower() != (got["unit"] or "").lower():
        return False
    if "kind" in want and want["kind"] != got["kind"]:
        return False
    if want.get("vague") and not got.get("vague"):
        return False
    if "change" in want:
        change = got.get("change") or {}
        if change.get("direction") != want["change"]["direction"]:
            return False
        return same(want["change"]["from"], change.get("from"))
    return True


def rates(outcomes: Iterable[Outcome]) -> dict[str, tuple[int, int]]:
    """Per class: (passed, total)."""
    table: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for outcome in outcomes:
        row = table[outcome.case["class"]]
        row[0] += outcome.passed
        row[1] += 1
    return {name: (p, t) for name, (p, t) in sorted(table.items())}


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else Path("tests/core/tagging/spec")
    outcomes = [check(case) for case in load(folder)]
    verbose = "-v" in argv
    if verbose:
        for outcome in outcomes:
            if not outcome.passed:
                print(f"[{outcome.case['class']}] {outcome.case['sentence']}")
                for failure in outcome.failures:
                    print(f"    {failure}")
    print(f"{'class':<14}{'passed':>8}{'cases':>7}{'rate':>8}")
    passed = total = 0
    for name, (p, t) in rates(outcomes).items():
        print(f"{name:<14}{p:>8}{t:>7}{p / t:>8.0%}")
        passed, total = passed + p, total + t
    print(f"{'all':<14}{passed:>8}{total:>7}{passed / max(total, 1):>8.0%}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
