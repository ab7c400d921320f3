"""A figure across a story's versions or outlets: which figure is "the same"?

A figure in another document is the same one when it has the same kind and
unit (the counted noun: *troops*) and stands in the sentence aligned with the
chosen figure's sentence; failing that, when it is the only figure of that
kind and unit in the document. The desktop's figure history and the reports'
figure tables both read this module.
"""

from __future__ import annotations

from dataclasses import dataclass

from storydiff.core.model import Document
from storydiff.core.story import StoryComparison
from storydiff.core.tagging import Figure, Tags

CHOSEN, ALIGNED, ONLY_ONE, NOT_FOUND = "chosen", "aligned", "only one", "not found"


def same_kind(a: Figure, b: Figure) -> bool:
    """Same kind of figure about the same thing (kind and counted noun)."""
    return a.kind == b.kind and (a.unit or "").lower() == (b.unit or "").lower()


def figure_value(figure: Figure) -> str:
    """The normalised value with its unit: ``318,000 troops``."""
    value = figure.value
    if isinstance(value, bool) or value is None:
        shown = figure.text
    elif isinstance(value, int):
        shown = f"{value:,}"
    elif isinstance(value, float):
        shown = f"{value:,.6g}"
    else:
        shown = str(value)
    return f"{shown} {figure.unit}" if figure.unit else shown


def match_figure(
    result: StoryComparison, here: int, there: int, figure: Figure
) -> tuple[Figure | None, str]:
    """The figure of document ``there`` that corresponds to ``figure`` of document
    ``here`` in a two-document comparison, and how it was matched."""
    doc_here, tags_there = result.documents[here], result.tags[there]
    candidates = [f for f in tags_there.figures if same_kind(f, figure)]
    sentence = doc_here.sentence_at(figure.start)
    if sentence is not None:
        aligned = aligned_sentences(result, here, sentence.index)
        doc_there = result.documents[there]
        in_aligned = [f for f in candidates if _sentence_of(doc_there, f) in aligned]
        if in_aligned:
            rank = _rank(result.tags[here], doc_here, figure)
            return in_aligned[min(rank, len(in_aligned) - 1)], ALIGNED
    if len(candidates) == 1:
        return candidates[0], ONLY_ONE
    return None, NOT_FOUND


def aligned_sentences(result: StoryComparison, side: int, sentence: int) -> set[int]:
    """Sentences of the other document aligned with ``sentence`` of document ``side``."""
    found: set[int] = set()
    for row in result.pairs[0].comparison.rows:
        mine, theirs = (row.a, row.b) if side == 0 else (row.b, row.a)
        if sentence in mine:
            found.update(theirs)
    return found


def _sentence_of(doc: Document, figure: Figure) -> int | None:
    sentence = doc.sentence_at(figure.start)
    return sentence.index if sentence else None


def _rank(tags: Tags, doc: Document, figure: Figure) -> int:
    """Position of ``figure`` among figures of its kind in its own sentence."""
    sentence = _sentence_of(doc, figure)
    peers = [f for f in tags.figures if same_kind(f, figure) and _sentence_of(doc, f) == sentence]
    return next((n for n, f in enumerate(peers) if f.start == figure.start), 0)


@dataclass(frozen=True)
class FigureHistory:
    """Figures of one kind and unit (e.g. a count of troops) in each version, in text order."""

    kind: str
    unit: str
    values: tuple[tuple[str, ...], ...]

    @property
    def changed(self) -> bool:
        return len(set(self.values)) > 1


def figure_histories(story: StoryComparison) -> list[FigureHistory]:
    """Group every document's figures by kind and unit; changed groups first."""
    groups: dict[tuple[str, str], list[list[str]]] = {}
    count = len(story.tags)
    for index, tags in enumerate(story.tags):
        for figure in tags.figures:
            key = (figure.kind, figure.unit or "")
            values = groups.setdefault(key, [[] for _ in range(count)])[index]
            if figure.text not in values:
                values.append(figure.text)
    histories = [
        FigureHistory(kind, unit, tuple(tuple(v) for v in values))
        for (kind, unit), values in groups.items()
    ]
    return sorted(histories, key=lambda history: not history.changed)
