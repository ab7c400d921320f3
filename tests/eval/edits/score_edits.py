"""Score the edit classes of `storydiff compare --json` on the labelled pairs in pairs/.

    python tests/eval/edits/score_edits.py [pairs|heldout]    (storydiff from PATH)

For every pair it runs the shared checker (check_edits.py) and prints its verdict, then
per-class precision and recall over the labelled rows. A changed row that no label names
counts as a false alarm of its class. Also: stealth flags right on labelled fact updates,
and correction notes found against those expected.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
CHECKER = Path("/work/shared/eval/check_edits.py")
CLASSES = ("fact_update", "addition", "removal", "rewording", "typo", "noise", "move")


def side_text(sentences: list, doc: int, indices: list[int]) -> str:
    return " ".join(sentences[doc][i]["text"] for i in indices)


def main() -> None:
    folder = HERE / (sys.argv[1] if len(sys.argv) > 1 else "pairs")
    true_pos, gold, predicted = Counter(), Counter(), Counter()
    stealth_right = stealth_total = notes_found = notes_expected = notes_right = 0
    failures = 0
    for expect_path in sorted(folder.glob("*.edits.json")):
        expect = json.loads(expect_path.read_text(encoding="utf-8"))
        old, new = (str(expect_path.parent / expect[k]) for k in ("old", "new"))
        out = subprocess.run(["storydiff", "compare", old, new, "--json"], capture_output=True,
                             text=True, check=True).stdout  # fmt: skip
        verdict = subprocess.run([sys.executable, str(CHECKER), str(expect_path)], input=out,
                                 capture_output=True, text=True)  # fmt: skip
        failures += verdict.returncode != 0
        print(f"{expect_path.name.removesuffix('.edits.json'):32} {verdict.stdout.strip()}")
        data = json.loads(out)
        sentences, comparison = data["sentences"], data["comparisons"][0]
        changed = [r for r in comparison["alignment"] if r["op"] != "equal"]
        named = set()
        for want in expect["rows"]:
            rows = [
                r for r in changed
                if want["contains"] in side_text(sentences, comparison["b"], r["b"])
                or want["contains"] in side_text(sentences, comparison["a"], r["a"])
            ]  # fmt: skip
            row = rows[0] if rows else None
            got = row["edit_class"] if row else ("noise" if want["edit_class"] == "noise" else "")
            if row:
                named.add(id(row))
            gold[want["edit_class"]] += 1
            predicted[got] += 1
            true_pos[got] += got == want["edit_class"]
            if "stealth" in want:
                stealth_total += 1
                stealth_right += bool(row) and row.get("stealth") is want["stealth"]
        for row in changed:
            if id(row) not in named:
                predicted[row["edit_class"]] += 1
                print(f"{'':32} unlabelled {row['edit_class']} row: {row['diff'][:3]}")
        found = len(comparison.get("corrections") or [])
        notes_found += found
        notes_expected += expect["corrections"]
        notes_right += min(found, expect["corrections"])
    print(f"\npairs failing check_edits.py: {failures}")
    print(f"{'class':12} {'precision':>9} {'recall':>7} {'labelled':>8}")
    for name in CLASSES:
        precision = true_pos[name] / predicted[name] if predicted[name] else float("nan")
        recall = true_pos[name] / gold[name] if gold[name] else float("nan")
        print(f"{name:12} {precision:9.2f} {recall:7.2f} {gold[name]:8}")
    print(f"stealth flag right on {stealth_right}/{stealth_total} labelled fact updates")
    precision = notes_right / notes_found if notes_found else float("nan")
    recall = notes_right / notes_expected
    false = notes_found - notes_right
    print(f"correction notes: precision {precision:.2f}, recall {recall:.2f}")
    print(f"  ({notes_right} of {notes_expected} found, {false} false)")


if __name__ == "__main__":
    main()
