#!/usr/bin/env python3
"""Score StoryDiff on an outlet-comparison set: a blind one (`blind/outlets/`, scored once) or a
dev one (`--dir tests/eval/dev3/outlets`); the format is described in `dev3/README.md`.

For every story (`<story>.story.json`) and outlet pair (`<story>.<a>-<b>.expect.json`) it runs
`storydiff compare A B --json` and pipes the result to the shared `check_compare.py`; for every
story it runs `storydiff facts FILE... --json` into the shared `check_facts.py`. To count items,
each expectation item is also checked alone with the same shared script. Printed: per pair and per
story the checker's verdict and counts, then totals (expected conflicts found, pairs with a figure
difference on a figure that must not have one, share of expected paraphrase pairs aligned).

    python tests/eval/run_outlets.py [--shared ../shared/eval] [--storydiff CMD] [--dir DIR]
"""

from __future__ import annotations

import argparse
import json
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]


@dataclass
class Tally:
    found: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.found += ok
        self.total += 1

    def __str__(self) -> str:
        share = f" ({100 * self.found / self.total:.1f}%)" if self.total else ""
        return f"{self.found}/{self.total}{share}"


@dataclass
class Totals:
    pairs_ok: Tally = field(default_factory=Tally)
    conflicts: Tally = field(default_factory=Tally)
    aligned: Tally = field(default_factory=Tally)
    pairs_clean_agreeing: Tally = field(default_factory=Tally)
    pairs_clean_measures: Tally = field(default_factory=Tally)
    stories_ok: Tally = field(default_factory=Tally)
    fact_conflicts: Tally = field(default_factory=Tally)
    fact_agree: Tally = field(default_factory=Tally)
    fact_never: Tally = field(default_factory=Tally)
    errors: list[str] = field(default_factory=list)


def default_storydiff() -> str:
    venv = REPO / ".venv" / "bin" / "storydiff"
    return str(venv) if venv.exists() else "storydiff"


def run_tool(cmd: list[str]) -> tuple[int, str, str]:
    proc = subprocess.run(cmd, capture_output=True, text=True)
    return proc.returncode, proc.stdout, proc.stderr


def check(script: Path, expectation: dict, output: str) -> tuple[bool, str]:
    """Run a shared checker on `output` with `expectation`; return (passed, its last line)."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
        json.dump(expectation, fh)
        path = fh.name
    try:
        proc = subprocess.run(
            [sys.executable, str(script), path], input=output, capture_output=True, text=True
        )
    finally:
        Path(path).unlink(missing_ok=True)
    lines = (proc.stdout.strip() or proc.stderr.strip() or "(no output)").splitlines()
    return proc.returncode == 0, lines[-1]


def changed_on(output: str, snippets: list[str]) -> list[str]:
    """`no_figure_changed_mentioning` (this set's own key): figures with no same-measure counterpart
    in the other outlet, so a figure_changed touching one of them pairs different measures."""
    diffs = json.loads(output)["comparisons"][0].get("differences") or []
    hits = []
    for d in diffs:
        if d.get("kind") != "figure_changed":
            continue
        old, new = ((d.get(side) or {}).get("text") or "" for side in ("old", "new"))
        hits += [f"{old!r} -> {new!r}" for sn in snippets if _mentions(sn, old + " | " + new)]
    return hits


def _mentions(snippet: str, text: str) -> bool:
    """Whether ``text`` holds ``snippet``, not as part of a longer number ("30" is not in
    "300", "2 percent" not in "6.2 percent")."""
    return re.search(rf"(?<!\d)(?<!\d[.,]){re.escape(snippet)}(?!\d)", text) is not None


def score_pair(args, exp_path: Path, totals: Totals) -> None:
    exp = json.loads(exp_path.read_text(encoding="utf-8"))
    a, b = exp_path.parent / exp["a"], exp_path.parent / exp["b"]
    code, out, err = run_tool([*args.storydiff, "compare", str(a), str(b), "--json"])
    name = exp_path.name.removesuffix(".expect.json")
    if code != 0:
        totals.errors.append(f"{name}: compare exited {code}: {err.strip()[:200]}")
        print(f"  {name}: compare failed ({code})")
        return
    shared = {k: v for k, v in exp.items() if k not in ("a", "b", "no_figure_changed_mentioning")}
    passed, verdict = check(args.check_compare, shared, out)
    totals.pairs_ok.add(passed)
    aligned, conflicts = Tally(), Tally()
    for pair in exp.get("aligned", []):
        aligned.add(check(args.check_compare, {"aligned": [pair]}, out)[0])
    for diff in exp.get("differences", []):
        conflicts.add(check(args.check_compare, {"differences": [diff]}, out)[0])
    agreeing_ok = True
    if exp.get("no_figure_differences_mentioning"):
        agreeing_ok, _ = check(
            args.check_compare,
            {"no_figure_differences_mentioning": exp["no_figure_differences_mentioning"]},
            out,
        )
    measure_hits = changed_on(out, exp.get("no_figure_changed_mentioning", []))
    totals.aligned.found += aligned.found
    totals.aligned.total += aligned.total
    totals.conflicts.found += conflicts.found
    totals.conflicts.total += conflicts.total
    totals.pairs_clean_agreeing.add(agreeing_ok)
    totals.pairs_clean_measures.add(not measure_hits)
    print(f"  {name}: {'PASS' if passed else 'FAIL'}; aligned {aligned}, conflicts {conflicts}")
    if not passed:
        print(f"    check_compare: {verdict}")
    if measure_hits:
        print(f"    figure_changed between different measures: {'; '.join(measure_hits[:3])}")


def score_story(args, story_path: Path, totals: Totals) -> None:
    story = json.loads(story_path.read_text(encoding="utf-8"))
    stem = story_path.name.removesuffix(".story.json")
    print(f"{stem} ({story.get('fields', '')}):")
    for exp_path in sorted(story_path.parent.glob(f"{stem}.*-*.expect.json")):
        score_pair(args, exp_path, totals)
    facts_path = story_path.parent / f"{stem}.facts.json"
    if not args.facts_available or not facts_path.exists():
        print(
            "  facts: "
            + ("facts command not available" if facts_path.exists() else "no facts.json")
        )
        return
    files = [str(story_path.parent / f) for f in story["files"]]
    code, out, err = run_tool([*args.storydiff, "facts", *files, "--json"])
    if code != 0:
        totals.errors.append(f"{stem}: facts exited {code}: {err.strip()[:200]}")
        print(f"  facts: failed ({code})")
        return
    facts = json.loads(facts_path.read_text(encoding="utf-8"))
    passed, verdict = check(args.check_facts, facts, out)
    totals.stories_ok.add(passed)
    counts = {}
    for key, tally in (
        ("conflicts", totals.fact_conflicts),
        ("agree", totals.fact_agree),
        ("never_one_fact", totals.fact_never),
    ):
        local = Tally()
        for item in facts.get(key, []):
            local.add(check(args.check_facts, {key: [item]}, out)[0])
        tally.found += local.found
        tally.total += local.total
        counts[key] = local
    print(
        f"  facts: {'PASS' if passed else 'FAIL'}; conflicts {counts['conflicts']}, "
        f"agree {counts['agree']}, never-one-fact kept apart {counts['never_one_fact']}"
    )
    if not passed:
        print(f"    check_facts: {verdict}")


def facts_available(storydiff: list[str]) -> bool:
    try:
        code, _, _ = run_tool([*storydiff, "facts", "--help"])
    except OSError:
        return False
    return code == 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--shared",
        type=Path,
        default=REPO.parent / "shared" / "eval",
        help="folder of check_compare.py and check_facts.py (default: ../shared/eval)",
    )
    parser.add_argument(
        "--storydiff", default=default_storydiff(), help="command that runs StoryDiff"
    )
    parser.add_argument(
        "--dir", type=Path, default=HERE / "blind" / "outlets", help="folder of the set"
    )
    args = parser.parse_args(argv)
    args.check_compare = args.shared / "check_compare.py"
    args.check_facts = args.shared / "check_facts.py"
    for script in (args.check_compare, args.check_facts):
        if not script.exists():
            print(f"run_outlets: error: {script} not found; pass --shared DIR", file=sys.stderr)
            return 2
    args.storydiff = shlex.split(args.storydiff)
    if shutil.which(args.storydiff[0]) is None:
        print(
            f"run_outlets: error: {args.storydiff[0]} not found; pass --storydiff", file=sys.stderr
        )
        return 2
    args.facts_available = facts_available(args.storydiff)
    totals = Totals()
    stories = sorted(args.dir.glob("*.story.json"))
    if not stories:
        print(f"run_outlets: error: no *.story.json in {args.dir}", file=sys.stderr)
        return 2
    for story_path in stories:
        score_story(args, story_path, totals)
    print("\nTotals")
    print(f"  pairs passing every check_compare expectation: {totals.pairs_ok}")
    print(f"  expected conflicts found as figure_changed (compare): {totals.conflicts}")
    dirty = totals.pairs_clean_agreeing
    print(
        "  pairs with a figure difference on an agreeing figure or a non-figure: "
        f"{dirty.total - dirty.found} of {dirty.total}"
    )
    dirty = totals.pairs_clean_measures
    print(
        "  pairs with a figure_changed between different measures: "
        f"{dirty.total - dirty.found} of {dirty.total}"
    )
    print(f"  expected paraphrase pairs aligned: {totals.aligned}")
    if args.facts_available:
        print(f"  stories passing check_facts: {totals.stories_ok}")
        print(f"  expected conflicts found (facts): {totals.fact_conflicts}")
        print(f"  agreeing facts found: {totals.fact_agree}")
        print(f"  never-one-fact pairs kept apart: {totals.fact_never}")
    else:
        print("  facts: facts command not available")
    for error in totals.errors:
        print(f"  error: {error}")
    return 1 if totals.errors else 0


if __name__ == "__main__":
    sys.exit(main())
