"""Score the reuse finder on the hand-built cases: ``python tests/core/reuse/reuse_scoring.py``.

Expected passages give the first and last words of each side (see README.md); a
found passage is *correct* when it overlaps an expected passage of the same pair
on both sides, and its origin is right when document and common source match.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from storydiff.core.document import analyse
from storydiff.core.provenance import Timing
from storydiff.core.reuse import Passage, StoryDocument, StoryReuse, find_reuse

CASES = Path(__file__).parent / "cases"


@dataclass
class Case:
    name: str
    texts: list[str]
    expected: dict


def load(name: str) -> Case:
    folder = CASES / name
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    texts = [(folder / d["file"]).read_text(encoding="utf-8") for d in expected["documents"]]
    return Case(name, texts, expected)


def story_documents(case: Case) -> list[StoryDocument]:
    return [
        StoryDocument(
            analyse(text, title=meta["title"]),
            Timing(published=datetime.fromisoformat(meta["published"]), kind=meta["kind"]),
            outlet=meta["outlet"],
        )
        for text, meta in zip(case.texts, case.expected["documents"], strict=True)
    ]


def run(case: Case) -> StoryReuse:
    return find_reuse(story_documents(case))


def span(text: str, first: str, last: str) -> tuple[int, int]:
    """The range from ``first`` to the end of ``last`` (searched after ``first``)."""
    start = text.index(first)
    return start, text.index(last, start) + len(last)


def expected_passages(case: Case, pair: dict) -> list[dict]:
    a_text, b_text = case.texts[pair["a"]], case.texts[pair["b"]]
    return [
        {
            "a": span(a_text, *p["a"]),
            "b": span(b_text, *p["b"]),
            "origin": p["origin"],
            "common_source": p["common_source"],
        }
        for p in pair["passages"]
    ]


def _overlap(x: tuple[int, int], y: tuple[int, int]) -> int:
    return max(0, min(x[1], y[1]) - max(x[0], y[0]))


RATES = {
    "precision": ("correct", "found"),
    "recall": ("recalled", "expected"),
    "char_precision": ("correct_chars", "found_chars"),
    "char_recall": ("recalled_chars", "expected_chars"),
    "origin": ("origin_right", "correct"),
    "bands": ("bands_right", "bands"),
}


def rates(counts: Counter[str]) -> dict[str, float]:
    """Passage precision and recall, character precision and recall, origins and bands right."""
    return {
        name: counts[part] / counts[whole] if counts[whole] else 1.0
        for name, (part, whole) in RATES.items()
    }


def _both(w: dict, passage: Passage) -> tuple[int, int]:
    """How much of an expected passage a found one covers, on each side."""
    return _overlap(w["a"], (passage.a_start, passage.a_end)), _overlap(
        w["b"], (passage.b_start, passage.b_end)
    )


def score(case: Case, result: StoryReuse, counts: Counter[str] | None = None) -> Counter[str]:
    """Counts of found, correct, expected and recalled passages (and characters)."""
    counts = Counter() if counts is None else counts
    by_pair = {(p.a, p.b): p for p in result.pairs}
    for pair in case.expected["pairs"]:
        found = by_pair[(pair["a"], pair["b"])]
        wanted = expected_passages(case, pair)
        counts["bands"] += 2
        counts["bands_right"] += (found.band_a == pair["band_a"]) + (found.band_b == pair["band_b"])
        for w in wanted:
            covered = [_both(w, p) for p in found.passages]
            counts["expected"] += 1
            counts["recalled"] += any(a and b for a, b in covered)
            counts["expected_chars"] += (w["a"][1] - w["a"][0]) + (w["b"][1] - w["b"][0])
            counts["recalled_chars"] += sum(a + b for a, b in covered)
        for passage in found.passages:
            counts["found"] += 1
            counts["found_chars"] += (passage.a_end - passage.a_start) + (
                passage.b_end - passage.b_start
            )
            counts["correct_chars"] += sum(sum(_both(w, passage)) for w in wanted)
            match = next((w for w in wanted if all(_both(w, passage))), None)
            if match is not None:
                counts["correct"] += 1
                origin = (passage.origin.document, passage.origin.common_source)
                counts["origin_right"] += origin == (match["origin"], match["common_source"])
    return counts


def main() -> None:
    overall: Counter[str] = Counter()
    for name in sorted(p.name for p in CASES.iterdir() if p.is_dir()):
        case = load(name)
        one = score(case, run(case))
        score(case, run(case), overall)
        tally = f"found {one['found']} correct {one['correct']} expected {one['expected']}"
        print(f"{name:8} {tally} | {report(one)}")
    print(f"{'all':8} {report(overall)}")


def report(counts: Counter[str]) -> str:
    return " ".join(f"{name} {value:.2f}" for name, value in rates(counts).items())


if __name__ == "__main__":
    main()
