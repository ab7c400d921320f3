"""The words of the Facts tab: column names, cells and tooltips of a story's fact table.

Qt-free, so the model only maps these to roles. A conflict is said with a ≠ mark
(and shading in the view), the first reporter with a ★, never by colour alone.
"""

from __future__ import annotations

from storydiff.cards.fact_card import FIRST_MARK
from storydiff.core.fact_timeline import event_sentence, fact_timeline, story_order
from storydiff.core.facts import Fact, FactTable
from storydiff.core.provenance import Timing
from storydiff.render.facts_text import CONFLICT_MARK, carriers, column_names, fact_groups

LEGEND = (
    f"{CONFLICT_MARK} (and shading): the documents give different values. "
    f"{FIRST_MARK}: reported it first. Click a value to see it in the text."
)


def reading_order(table: FactTable) -> list[Fact]:
    """Conflicts first, then facts several documents agree on, then the rest."""
    return [fact for group in fact_groups(table) for fact in group]


def first_reporter(fact: Fact) -> int | None:
    """The document that carried the fact first, when more than one carries it."""
    return fact.first if carriers(fact) > 1 else None


def fact_label(fact: Fact) -> str:
    """The row's heading: what is measured, marked when the documents disagree."""
    label = fact.measure.label or "figure"
    return f"{CONFLICT_MARK} {label}" if fact.conflict else label


def cell_text(fact: Fact, column: int) -> str:
    """The value as written in that document ('' when it does not say), ★ if first."""
    cell = fact.cells[column]
    if cell is None:
        return ""
    text = " ".join(cell.figure.text.split())
    return f"{text} {FIRST_MARK}" if first_reporter(fact) == column else text


def cell_tooltip(table: FactTable, fact: Fact, column: int) -> str:
    """Who says what, on whose authority, and whether others say otherwise."""
    name = column_names(table)[column]
    cell = fact.cells[column]
    if cell is None:
        return f"{name} does not give the {fact.measure.label or 'figure'}."
    lines = [f"{name}: “{' '.join(cell.figure.text.split())}”"]
    lines.append(f"Source: {cell.source}" if cell.source else "No source named in its sentence.")
    if first_reporter(fact) == column:
        lines.append("Reported it first.")
    if fact.conflict:
        others = [
            f"{other}: {' '.join(c.figure.text.split())}"
            for other, c in zip(column_names(table), fact.cells, strict=True)
            if c is not None and c is not cell
        ]
        lines.append("Differs from " + "; ".join(others) if others else "Conflict")
    return "\n".join(lines)


def fact_history(table: FactTable, fact: Fact) -> list[str]:
    """Who carried the fact first, and who changed or dropped it when (by publication
    time when every document has one, else in column order)."""
    order = story_order([Timing(info.published) for info in table.documents])
    names = column_names(table)
    return [
        event_sentence(event, names[event.document], order.basis)
        for event in fact_timeline(fact, order)
    ]


def summary(table: FactTable) -> str:
    """One line above the table: how many facts, how many in conflict."""
    count, conflicts = len(table.facts), len(table.conflicts)
    if not count:
        return "No figures to compare in these documents."
    facts = "1 fact" if count == 1 else f"{count} facts"
    agree = "all agree" if not conflicts else f"{conflicts} {CONFLICT_MARK} in conflict"
    return f"{facts} across {len(table.documents)} documents: {agree}."
