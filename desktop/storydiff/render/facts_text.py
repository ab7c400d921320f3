"""The fact table as a journalist reads it in a terminal.

One line per fact: ``people killed: AFP at least 127 · Al Jazeera 118 · Xinhua 111``;
conflicting facts come first and are marked, the outlet that reported a fact
first carries a ``*``.
"""

from __future__ import annotations

from storydiff.core.facts import Fact, FactTable

CONFLICT_MARK = "≠"


def column_names(table: FactTable) -> list[str]:
    """What to call each document: its outlet, else its title, else its number."""
    names = []
    for n, doc in enumerate(table.documents):
        name = doc.outlet or doc.title or f"document {n + 1}"
        names.append(name if len(name) <= 40 else name[:37] + "...")
    return names


def render_facts(table: FactTable) -> list[str]:
    """Readable lines: a summary, then conflicting facts, then the rest."""
    names = column_names(table)
    conflicts, shared, single = fact_groups(table)
    lines = [
        f"{len(table.facts)} facts in {len(names)} documents: {len(conflicts)} in conflict, "
        f"{len(shared)} agreed, {len(single)} in one document only"
    ]
    for title, facts, mark in (
        ("Conflicts", conflicts, CONFLICT_MARK + " "),
        ("Agreed", shared, "  "),
        ("In one document only", single, "  "),
    ):
        if facts:
            lines.append("")
            lines.append(f"{title} ({len(facts)})")
            lines.extend(mark + fact_line(fact, names) for fact in facts)
    if any(f.first is not None for f in table.facts):
        lines += ["", "* reported first"]
    return lines


def fact_groups(table: FactTable) -> tuple[list[Fact], list[Fact], list[Fact]]:
    """The facts in reading order: in conflict, agreed by several, in one document only."""
    conflicts = table.conflicts
    shared = [f for f in table.facts if not f.conflict and carriers(f) > 1]
    single = [f for f in table.facts if not f.conflict and carriers(f) <= 1]
    return conflicts, shared, single


def fact_line(fact: Fact, names: list[str]) -> str:
    """ "people killed: AFP at least 127* · Al Jazeera 118 · Xinhua —"."""
    cells = []
    for n, cell in enumerate(fact.cells):
        if cell is None:
            cells.append(f"{names[n]} —")
            continue
        first = "*" if fact.first == n else ""
        source = f" ({cell.source})" if cell.source else ""
        cells.append(f"{names[n]} {_flat(cell.figure.text)}{first}{source}")
    return f"{fact.measure.label}: " + " · ".join(cells)


def carriers(fact: Fact) -> int:
    """How many documents state the fact."""
    return sum(cell is not None for cell in fact.cells)


def _flat(text: str) -> str:
    return " ".join(text.split())
