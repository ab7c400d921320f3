"""A story told across many versions: its revision timeline.

Figure histories come from :mod:`storydiff.core.figure_history`.
"""

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
