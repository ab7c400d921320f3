"""Reports built from the bundled sample story, and from an article written to attack them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import pytest

from storydiff.core.document import analyse
from storydiff.core.story import PairResult, StoryComparison, compare_documents, neighbour_pairs
from storydiff.core.tagging import Figure, Tags
from storydiff.importers import load_path
from storydiff.paths import resource
from storydiff.reports import NoteAnchor, Provenance, build_report

SAMPLE = "newsweek-2023-01-17-isw-mobilization"
GENERATED = datetime(2026, 1, 2, 3, 4, tzinfo=UTC)

HOSTILE_OLD = (
    "The mayor said <script>alert(1)</script> nothing.\n"
    "Costs were </td></tr></table><img src=x onerror=alert(2)> 5 million.\n"
    "# Not a heading | not | a table *bold* _it_ `code` [x](javascript:alert(3)) ![i](http://e.test/i.png)\n"
    "=cmd|' /C calc'!A0 was typed here.\n"
)
HOSTILE_NEW = HOSTILE_OLD.replace("5 million", '=HYPERLINK("http://evil.test") 6 million')


@dataclass(frozen=True)
class FakeDifference:
    """A difference in the documented ``to_dict`` shape, for text the tagger may not find."""

    kind: str
    old: str | None
    new: str | None
    sentence_a: int | None = 0
    sentence_b: int | None = 0

    def to_dict(self) -> dict[str, Any]:
        def side(text: str | None) -> dict[str, Any] | None:
            return None if text is None else {"text": text, "start": 0, "end": len(text)}

        return {
            "kind": self.kind,
            "old": side(self.old),
            "new": side(self.new),
            "sentence_a": self.sentence_a,
            "sentence_b": self.sentence_b,
        }


def provenance_of(paths: list[str]) -> tuple[list, list[Provenance]]:
    documents, provenance = [], []
    for version, path in enumerate(paths, start=1):
        imported = load_path(path)
        documents.append(analyse(imported.text, title=imported.title, source=path))
        provenance.append(Provenance.of(version, imported, file=path.rsplit("/", 1)[-1]))
    return documents, provenance


@pytest.fixture(scope="session")
def sample_paths() -> list[str]:
    return [
        str(resource("samples", f"{SAMPLE}.txt")),
        str(resource("samples", f"{SAMPLE}.revised.txt")),
    ]


@pytest.fixture(scope="session")
def sample_inputs(sample_paths):
    """The sample story's documents and where they came from."""
    return provenance_of(sample_paths)


@pytest.fixture(scope="session")
def sample_report(sample_inputs):
    documents, provenance = sample_inputs
    story = compare_documents(documents, [(0, 1)])
    note = NoteAnchor(document=1, body="Corrected after ISW's update.", start=None, sentence=None)
    figure_sentence = next(s for s in documents[1].sentences if "318,000" in s.text)
    anchored = NoteAnchor(
        document=1,
        body="Number changed <b>silently</b>",
        sentence=figure_sentence.index,
        author="Ana",
        created=GENERATED,
    )
    return build_report(story, provenance, "ISW mobilization", [anchored, note], GENERATED)


def hostile_story() -> StoryComparison:
    """An article full of HTML, Markdown and spreadsheet syntax, and differences quoting it."""
    old = analyse(HOSTILE_OLD, title="<b>Title</b> | *x*", source="old")
    new = analyse(HOSTILE_NEW, title="=SUM(A1)", source="new")
    story = compare_documents([old, new], [(0, 1)])
    differences = (
        FakeDifference("figure_changed", "</td></tr></table><img src=x onerror=alert(2)> 5", "6"),
        FakeDifference("quote_removed", "<script>alert(1)</script>", None),
        FakeDifference("claim_added", None, "[x](javascript:alert(3)) *bold* | `code` #"),
        FakeDifference("source_changed", "=cmd|' /C calc'!A0", "+1 call"),
        FakeDifference("figure_added", None, "-2+3"),
        FakeDifference("figure_added", None, "@SUM(1)"),
        FakeDifference("figure_added", None, "\tTAB"),
        FakeDifference("figure_added", None, "\rCR"),
    )
    pair = story.pairs[0]
    return StoryComparison(
        story.documents, story.tags, (PairResult(pair.a, pair.b, pair.comparison, differences),)
    )


@pytest.fixture(scope="session")
def hostile_report():
    story = hostile_story()
    provenance = [
        Provenance(1, "<b>Title</b> | *x*", outlet="<i>Out</i>", url="javascript:alert(4)"),
        Provenance(2, "=SUM(A1)", url="http://evil.test/<script>"),
    ]
    note = NoteAnchor(
        document=0, body="</td><script>alert(5)</script> *n* | =1+1", sentence=0, author="<Bob>"
    )
    return build_report(story, provenance, "<script>alert(0)</script> # Story", [note], GENERATED)


@pytest.fixture(scope="session")
def three_versions() -> tuple[StoryComparison, list[Provenance]]:
    """Three versions of a short story whose troop count is tagged as a figure."""
    texts = [
        "Officials said 300,000 troops were called up. It rained.",
        "Officials said 318,000 troops were called up. It rained.",
        "Officials said 318,000 troops were called up. It rained on Tuesday.",
    ]
    documents = [analyse(text) for text in texts]
    story = compare_documents(documents, neighbour_pairs(3))
    figures = [
        Tags(figures=(Figure("count", 15, 22, text.split()[2], 0, "troops"),)) for text in texts
    ]
    story = StoryComparison(story.documents, tuple(figures), story.pairs)
    provenance = [Provenance(k + 1, f"v{k + 1}") for k in range(3)]
    return story, provenance


@pytest.fixture(scope="session")
def three_version_report(three_versions):
    story, provenance = three_versions
    return build_report(story, provenance, "Troops", generated=GENERATED)
