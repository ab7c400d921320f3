"""What a fact-row card says: one fact across every document of a story, Qt-free.

Each document's value as written, its outlet, time and text hash; a conflict is
said with a ≠ mark and in words, the first carrier with a ★, never by colour.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from storydiff.core.facts import Fact, FactTable
from storydiff.render.facts_text import CONFLICT_MARK, column_names

FIRST_MARK = "★"


@dataclass(frozen=True)
class FactValue:
    """One document's line of a fact card (``value`` is ``None`` where it is silent)."""

    label: str
    when: str
    value: str | None
    sha256: str
    first: bool


@dataclass(frozen=True)
class FactCard:
    heading: str
    values: tuple[FactValue, ...]
    footer: str


def fact_card(table: FactTable, fact: Fact, hashes: Sequence[str]) -> FactCard:
    """Row ``fact`` of ``table``; ``hashes`` are the documents' text SHA-256s, in order."""
    label = fact.measure.label or "figure"
    heading = f"{CONFLICT_MARK} {label}: the documents differ" if fact.conflict else label
    first = fact.first if sum(cell is not None for cell in fact.cells) > 1 else None
    values = tuple(
        FactValue(
            name,
            f"{info.published:%d %b %Y %H:%M}" if info.published else "time unknown",
            " ".join(cell.figure.text.split()) if cell is not None else None,
            sha[:16],
            k == first,
        )
        for k, (name, info, cell, sha) in enumerate(
            zip(column_names(table), table.documents, fact.cells, hashes, strict=True)
        )
    )
    footer = f"{FIRST_MARK}: carried it first."
    if fact.conflict:
        footer = f"{CONFLICT_MARK}: the documents give different values. " + footer
    return FactCard(heading, values, footer)


def fact_alt_text(card: FactCard) -> str:
    """The card in words: "people killed. AFP (…): at least 127 people, first. …"."""
    parts = [f"{card.heading}."]
    for value in card.values:
        said = value.value or "does not say"
        parts.append(f"{value.label} ({value.when}): {said}" + (", first." if value.first else "."))
    return " ".join([*parts, card.footer])
