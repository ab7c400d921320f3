"""A tree of two levels (groups and their members) as a Qt item model.

Top-level indexes carry internal id 0; a member's internal id is its group's
row + 1, so ``parent()`` needs no lookup. Subclasses say how many groups and
members there are, and give the data.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
TOP_LEVEL = 0


class TwoLevelModel(QAbstractItemModel):
    """Groups with members, one column."""

    def group_count(self) -> int:
        raise NotImplementedError

    def member_count(self, group: int) -> int:
        raise NotImplementedError

    @staticmethod
    def is_group(index: Index) -> bool:
        return index.isValid() and index.internalId() == TOP_LEVEL

    @staticmethod
    def group_row(index: Index) -> int:
        """The group an index belongs to (its own row for a group)."""
        return index.row() if index.internalId() == TOP_LEVEL else index.internalId() - 1

    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, TOP_LEVEL) if row < self.group_count() else ROOT
        if parent.internalId() != TOP_LEVEL or row >= self.member_count(parent.row()):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, index: Index = ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == TOP_LEVEL:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, TOP_LEVEL)

    def rowCount(self, parent: Index = ROOT) -> int:
        if not parent.isValid():
            return self.group_count()
        if parent.column() != 0 or parent.internalId() != TOP_LEVEL:
            return 0
        return self.member_count(parent.row())

    def columnCount(self, parent: Index = ROOT) -> int:
        return 1

    def hasChildren(self, parent: Index = ROOT) -> bool:
        return self.rowCount(parent) > 0
