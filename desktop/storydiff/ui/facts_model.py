"""The Facts tab's table model: one row per fact, a label column, then one column per document."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from storydiff.core.facts import Fact, FactTable
from storydiff.ui import theme
from storydiff.ui.fact_rows import (
    cell_text,
    cell_tooltip,
    column_names,
    fact_history,
    fact_label,
    reading_order,
)

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
# (document index, start, end) of a cell's figure in that document's text, else None
RANGE_ROLE = Qt.ItemDataRole.UserRole + 1


class FactsModel(QAbstractTableModel):
    """A :class:`FactTable` as a table: column 0 names the fact, column ``1 + n`` is document n."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.table = FactTable((), ())
        self.facts: list[Fact] = []  # in reading order: conflicts first
        self.names: list[str] = []

    def set_table(self, table: FactTable) -> None:
        self.beginResetModel()
        self.table = table
        self.facts = reading_order(table)
        self.names = column_names(table)
        self.endResetModel()

    def fact_at(self, row: int) -> Fact:
        return self.facts[row]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.facts)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else 1 + len(self.table.documents)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        name = "Fact" if section == 0 else self.names[section - 1]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return name
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.facts):
            return None
        fact, column = self.facts[index.row()], index.column() - 1
        if role == Qt.ItemDataRole.DisplayRole:
            return fact_label(fact) if column < 0 else cell_text(fact, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.row_tooltip(fact) if column < 0 else cell_tooltip(self.table, fact, column)
        if role == Qt.ItemDataRole.BackgroundRole and fact.conflict and column >= 0:
            return theme.colours().deleted if fact.cells[column] is not None else None
        if role == RANGE_ROLE and column >= 0 and fact.cells[column] is not None:
            figure = fact.cells[column].figure
            return (column, figure.start, figure.end)
        return None

    def row_tooltip(self, fact: Fact) -> str:
        """What is measured, then the fact's history across the story."""
        return "\n".join([_row_tooltip(fact), "", *fact_history(self.table, fact)])

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _row_tooltip(fact: Fact) -> str:
    measure = fact.measure
    parts = [f"What is measured: {measure.label or 'a figure'}"]
    parts += [f"{name}: {value}" for name, value in _fields(measure) if value]
    if fact.conflict:
        parts.append("The documents give different values.")
    return "\n".join(parts)


def _fields(measure) -> list[tuple[str, str | None]]:
    return [
        ("Counted", measure.quantity),
        ("Event", measure.event),
        ("Period", measure.period),
        ("Place", measure.place),
    ]
