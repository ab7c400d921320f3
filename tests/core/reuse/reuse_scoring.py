"""Score the reuse finder on the hand-built cases: ``python tests/core/reuse/reuse_scoring.py``.

Expected passages give the first and last words of each side (see README.md); a
found passage is *correct* when it overlaps an expected passage of the same pair
on both sides, and its origin is right when document and common source match.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from storydiff.core.document import analyse
from storydiff.core.provenance import Timing
from storydiff.core.reuse import StoryDocument, StoryReuse, find_reuse

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


@dataclass
class Score:
    found: int = 0
    correct: int = 0
    expected: int = 0
    recalled: int = 0
    found_chars: int = 0
    correct_chars: int = 0
    origin_right: int = 0
    expected_chars: int = 0
    recalled_chars: int = 0
    bands_right: int = 0
    bands: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.recalled / self.expected if self.expected else 1.0

    @property
    def char_precision(self) -> float:
        return self.correct_chars / self.found_chars if self.found_chars else 1.0

    @property
    def char_recall(self) -> float:
        return self.recalled_chars / self.expected_chars if self.expected_chars else 1.0

    @property
    def origin_accuracy(self) -> float:
        return self.origin_right / self.correct if self.correct else 1.0


def score(case: Case, result: StoryReuse, total: Score | None = None) -> Score:
    total = total or Score()
    by_pair = {(p.a, p.b): p for p in result.pairs}
    for pair in case.expected["pairs"]:
        found = by_pair[(pair["a"], pair["b"])]
        wanted = expected_passages(case, pair)
        total.bands += 2
        total.bands_right += (found.band_a == pair["band_a"]) + (found.band_b == pair["band_b"])
        total.expected += len(wanted)
        for w in wanted:
            total.expected_chars += (w["a"][1] - w["a"][0]) + (w["b"][1] - w["b"][0])
            total.recalled_chars += sum(
                _overlap(w["a"], (p.a_start, p.a_end)) + _overlap(w["b"], (p.b_start, p.b_end))
                for p in found.passages
            )
        total.recalled += sum(
            1
            for w in wanted
            if any(
                _overlap(w["a"], (p.a_start, p.a_end)) and _overlap(w["b"], (p.b_start, p.b_end))
                for p in found.passages
            )
        )
        for passage in found.passages:
            a_range, b_range = (passage.a_start, passage.a_end), (passage.b_start, passage.b_end)
            total.found += 1
            total.found_chars += (a_range[1] - a_range[0]) + (b_range[1] - b_range[0])
            total.correct_chars += sum(
                _overlap(a_range, w["a"]) + _overlap(b_range, w["b"]) for w in wanted
            )
            match = next(
                (w for w in wanted if _overlap(a_range, w["a"]) and _overlap(b_range, w["b"])),
                None,
            )
            if match is None:
                continue
            total.correct += 1
            origin = (passage.origin.document, passage.origin.common_source)
            total.origin_right += origin == (match["origin"], match["common_source"])
    return total


def main() -> None:
    overall = Score()
    for name in sorted(p.name for p in CASES.iterdir() if p.is_dir()):
        case = load(name)
        one = score(case, run(case))
        score(case, run(case), overall)
        print(
            f"{name:8} passages found {one.found:2} correct {one.correct:2} expected"
            f" {one.expected:2} recalled {one.recalled:2} | precision {one.precision:.2f}"
            f" recall {one.recall:.2f} chars P {one.char_precision:.2f} R {one.char_recall:.2f}"
            f" origin {one.origin_accuracy:.2f} bands {one.bands_right}/{one.bands}"
        )
    print(
        f"{'all':8} precision {overall.precision:.2f} recall {overall.recall:.2f}"
        f" chars P {overall.char_precision:.2f} R {overall.char_recall:.2f}"
        f" origin {overall.origin_accuracy:.2f}"
        f" bands {overall.bands_right}/{overall.bands}"
    )


if __name__ == "__main__":
    main()
