"""A story told across many versions: its revision timeline and its figures' histories."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from storydiff.core.story import StoryComparison

if TYPE_CHECKING:
    from storydiff.reports.model import Provenance


@dataclass(frozen=True)
class Milestone:
    """One version in the timeline, with how much changed since the one before."""

    version: int
    title: str
    published: datetime | None
    retrieved: datetime | None
    changed_sentences: int | None
    differences: int | None


@dataclass(frozen=True)
class FigureHistory:
    """Figures of one kind and unit (e.g. a count of troops) in each version, in text order."""

    kind: str
    unit: str
    values: tuple[tuple[str, ...], ...]

    @property
    def changed(self) -> bool:
        return len(set(self.values)) > 1


def timeline(story: StoryComparison, documents: list[Provenance]) -> list[Milestone]:
    """Each version with the number of changes from the previous one (when compared)."""
    by_new = {pair.b: pair for pair in story.pairs if pair.a == pair.b - 1}
    milestones = []
    for index, doc in enumerate(documents):
        pair = by_new.get(index)
        milestones.append(
            Milestone(
                version=doc.version,
                title=doc.title,
                published=doc.published,
                retrieved=doc.retrieved,
                changed_sentences=len(pair.comparison.changed_rows()) if pair else None,
                differences=len(pair.differences) if pair else None,
            )
        )
    return milestones


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
