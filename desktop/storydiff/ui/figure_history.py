"""The figure-history table: one figure's value in every version or outlet.

Which figure is "the same" is decided in :mod:`storydiff.core.figure_history`;
this module only lays the answers out in a table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from storydiff.core.fact_timeline import event_sentence, figure_timeline, story_order
from storydiff.core.figure_history import (
    ALIGNED,
    CHOSEN,
    NOT_FOUND,
    ONLY_ONE,
    figure_value,
    match_figure,
)
from storydiff.core.provenance import Timing
from storydiff.core.story import StoryComparison
from storydiff.core.tagging import Figure
from storydiff.ui.library_model import Version, document_label
from storydiff.ui.plain import plain_tooltip

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
COLUMNS = ("Version", "As written", "Value", "Qualifier")
HOW = {
    CHOSEN: "The figure you chose",
    ALIGNED: "Same kind and unit, in the matching sentence",
    ONLY_ONE: "The only figure of this kind and unit in this version (its sentence changed)",
    NOT_FOUND: "No figure of this kind and unit in the matching sentence",
}
Compare = Callable[[int, int], StoryComparison]  # (older index, newer index) → one pair


@dataclass(frozen=True)
class FigureEntry:
    """The chosen figure as one document has it (``figure`` is ``None`` when not found)."""

    document: Version
    figure: Figure | None
    how: str


def figure_history(
    documents: list[Version], chosen: int, figure: Figure, compare: Compare
) -> list[FigureEntry]:
    """The chosen figure (in ``documents[chosen]``) in every document, in story order."""
    entries = []
    for other, document in enumerate(documents):
        if other == chosen:
            entries.append(FigureEntry(document, figure, CHOSEN))
            continue
        old, new = sorted((chosen, other))
        result = compare(old, new)
        here, there = (0, 1) if chosen == old else (1, 0)
        found, how = match_figure(result, here, there, figure)
        entries.append(FigureEntry(document, found, how))
    return entries


def version_name(document: Version) -> str:
    """``v2 · AP``: the version and its outlet."""
    return f"v{document.version} · {document.outlet}" if document.outlet else f"v{document.version}"


def entry_timeline(entries: list[FigureEntry]) -> list[str]:
    """Who carried the figure first, who changed or dropped it, when: one line each
    (time order by publication time, else import time, else story order)."""
    order = story_order([Timing(e.document.published, e.document.imported) for e in entries])
    events = figure_timeline([e.figure for e in entries], order)
    return [
        event_sentence(event, version_name(entries[event.document].document), order.basis)
        for event in events
    ]


class FigureHistoryModel(QAbstractTableModel):
    """Document × (as written, value, qualifier); values that differ from the chosen one in bold."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.entries: list[FigureEntry] = []

    def set_entries(self, entries: list[FigureEntry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def chosen(self) -> FigureEntry | None:
        return next((e for e in self.entries if e.how == CHOSEN), None)

    def differs(self, entry: FigureEntry) -> bool:
        chosen = self.chosen()
        if chosen is None or chosen.figure is None or entry.figure is None:
            return False
        mine, theirs = chosen.figure, entry.figure
        return (mine.value, mine.qualifier) != (theirs.value, theirs.qualifier)

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section] if 0 <= section < len(COLUMNS) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(f"{document_label(entry.document)}\n{HOW[entry.how]}")
        if role == Qt.ItemDataRole.FontRole and (self.differs(entry) or entry.how == CHOSEN):
            font = QFont()
            font.setBold(self.differs(entry))
            font.setItalic(entry.how == CHOSEN)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return entry
        return None

    def _text(self, entry: FigureEntry, column: int) -> str:
        document, figure = entry.document, entry.figure
        if column == 0:
            outlet = f"\n{document.outlet}" if document.outlet else ""
            return f"v{document.version}{outlet}"
        if figure is None:
            return "—" if column == 1 else ""
        if column == 1:
            return figure.text
        if column == 2:
            return figure_value(figure)
        return figure.qualifier or ""
