"""The Watches window's table: one row per watched article or feed."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from storydiff.library.watches import WatchRecord
from storydiff.ui.plain import plain_tooltip
from storydiff.watch.schedule import show_interval

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
COLUMNS = ("Address", "Story", "Every", "Last check", "Last change", "Last error")
WATCH_ROLE = Qt.ItemDataRole.UserRole + 1


def when(stamp: str | None) -> str:
    """An ISO UTC time as local ``YYYY-MM-DD HH:MM``; ``never`` for none."""
    if not stamp:
        return "never"
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


def cells(watch: WatchRecord) -> tuple[str, ...]:
    """The words of one row, in column order."""
    every = "paused" if watch.paused else show_interval(watch.every)
    story = watch.story or (
        "(each item its own story)" if watch.kind == "feed" else "(first check)"
    )
    address = f"Feed: {watch.url}" if watch.kind == "feed" else watch.url
    error = f"{watch.last_error} ({watch.failures} in a row)" if watch.last_error else ""
    return (address, story, every, when(watch.last_check), when(watch.last_change), error)


class WatchesModel(QAbstractTableModel):
    """Watch records as a table; the window reloads it after each change or check."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.watches: list[WatchRecord] = []

    def set_watches(self, watches: list[WatchRecord]) -> None:
        self.beginResetModel()
        self.watches = list(watches)
        self.endResetModel()

    def watch_at(self, index: Index) -> WatchRecord | None:
        if not index.isValid() or index.row() >= len(self.watches):
            return None
        return self.watches[index.row()]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.watches)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return COLUMNS[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        watch = self.watch_at(index)
        if watch is None or not 0 <= index.column() < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return cells(watch)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            named = zip(COLUMNS, cells(watch), strict=True)
            return plain_tooltip("\n".join(f"{name}: {value}" for name, value in named if value))
        if role == WATCH_ROLE:
            return watch.id
        return None
