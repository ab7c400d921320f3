"""How differences are named for people: revisions say old/new, outlets say who.

Comparing outlets, there is no "old" or "new": a figure is "only in AFP", and
one outlet's figure "differs" from another's. Presenters (desktop, reports,
terminal) take their words from :func:`side_words` so they all say the same.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SideWords:
    """The words for the two sides of a comparison and for what happened between them."""

    a: str  # the first side's name: "Old" or an outlet
    b: str  # the second side's name: "New" or an outlet
    removed: str  # what is in ``a`` only: "removed" / "only in AFP"
    added: str  # what is in ``b`` only: "added" / "only in Xinhua"
    changed: str  # a fact stated otherwise: "changed" / "differs"


def side_words(mode: str, name_a: str = "", name_b: str = "") -> SideWords:
    """Revision wording, or outlet wording naming the outlets (``mode`` as compared)."""
    if mode != "coverage":
        return SideWords("Old", "New", "removed", "added", "changed")
    a = name_a or "A"
    b = name_b or "B"
    return SideWords(a, b, f"only in {a}", f"only in {b}", "differs")


def kind_phrase(kind: str, words: SideWords) -> str:
    """A difference kind in words: ``figure_removed`` → "figure only in AFP"."""
    category, _, change = kind.partition("_")
    what = {"removed": words.removed, "added": words.added, "changed": words.changed}
    return f"{category} {what.get(change, change.replace('_', ' '))}"
