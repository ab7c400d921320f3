"""The report's Facts section: the story's fact table as rows every format writes out.

One row per fact in reading order (conflicts first, then facts several documents
agree on, then those one document alone gives); each document's value as written
with its source, and who reported it first. A conflict is said in words (the ≠
mark and "conflict"), never by colour alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from storydiff.core.facts import Fact, FactTable
from storydiff.render.facts_text import CONFLICT_MARK, carriers, fact_groups
from storydiff.reports.model import Provenance

NOT_GIVEN = "–"
LEGEND = (
    f"One row per fact (what is counted or measured), one column per document: the value as "
    f"written, its source in brackets. {CONFLICT_MARK} marks a conflict: the documents give "
    f"different values. “First” names the document that reported the fact first."
)


@dataclass(frozen=True)
class FactRow:
    label: str  # what is measured: "people killed"
    values: tuple[str, ...]  # per document: "at least 127 people (interior ministry)" or –
    conflict: bool
    first: int | None  # the document (index) that reported it first, when several did

    @property
    def heading(self) -> str:
        return f"{CONFLICT_MARK} {self.label}" if self.conflict else self.label


def fact_rows(table: FactTable | None) -> list[FactRow]:
    """The rows of the Facts section (none without a table)."""
    if table is None:
        return []
    return [_row(fact) for group in fact_groups(table) for fact in group]


def _row(fact: Fact) -> FactRow:
    values = []
    for cell in fact.cells:
        if cell is None:
            values.append(NOT_GIVEN)
            continue
        text = " ".join(cell.figure.text.split())
        values.append(f"{text} ({' '.join(cell.source.split())})" if cell.source else text)
    first = fact.first if carriers(fact) > 1 else None
    return FactRow(fact.measure.label or "figure", tuple(values), fact.conflict, first)


def column_name(doc: Provenance) -> str:
    """A document's column: ``Reuters (v1)``, or ``Version 1`` without an outlet."""
    return f"{doc.outlet} (v{doc.version})" if doc.outlet else f"Version {doc.version}"


def first_name(row: FactRow, documents: tuple[Provenance, ...]) -> str:
    return column_name(documents[row.first]) if row.first is not None else NOT_GIVEN
