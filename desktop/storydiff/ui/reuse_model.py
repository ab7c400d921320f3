"""The Reuse view's tables: the reuse map (whose text is found in whose) and the
passages of one pair. Reuse itself is found in :mod:`storydiff.core.reuse`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from storydiff.core.reuse import PairReuse, Passage, StoryReuse
from storydiff.render.reuse_out import KIND_LABELS
from storydiff.reports.reuse_section import edits_how, origin_name
from storydiff.ui.plain import plain_tooltip

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
MAP_COLUMNS = ("Text of", "Found in", "Share", "Derived")
PASSAGE_COLUMNS = ("Passage", "Edits", "Likely origin")
EXCERPT = 160


@dataclass(frozen=True)
class Direction:
    """One way of a pair: how much of ``source``'s text is found in ``target``."""

    pair: PairReuse
    source: int
    target: int
    share: float
    band: str


def directions(result: StoryReuse) -> list[Direction]:
    """Both ways of every pair that shares something, most reused first."""
    found = []
    for pair in result.pairs:
        if not pair.passages:
            continue
        found.append(Direction(pair, pair.a, pair.b, pair.reused_a, pair.band_a))
        found.append(Direction(pair, pair.b, pair.a, pair.reused_b, pair.band_b))
    return sorted(found, key=lambda d: (-d.share, d.source, d.target))


class _Table(QAbstractTableModel):
    columns: tuple[str, ...] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section] if 0 <= section < len(self.columns) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self.tooltip(row))
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def text(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def tooltip(self, row: Any) -> str:
        return " · ".join(self.text(row, c) for c in range(len(self.columns)))


class ReuseMapModel(_Table):
    """One row per direction: text of X found in Y, its share and METER band."""

    columns = MAP_COLUMNS

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.result: StoryReuse | None = None
        self.names: list[str] = []

    def set_result(self, result: StoryReuse | None, names: list[str]) -> None:
        self.beginResetModel()
        self.result, self.names = result, list(names)
        self.rows = directions(result) if result else []
        self.endResetModel()

    def name(self, index: int) -> str:
        """A document's name, with its kind when it is source copy."""
        assert self.result is not None
        kind = self.result.documents[index].timing.kind
        extra = f" ({KIND_LABELS[kind]})" if kind != "article" else ""
        return self.names[index] + extra

    def text(self, row: Direction, column: int) -> str:
        if column == 0:
            return self.name(row.source)
        if column == 1:
            return self.name(row.target)
        return f"{row.share:.0%}" if column == 2 else row.band

    def tooltip(self, row: Direction) -> str:
        return (
            f"{row.share:.0%} of {self.name(row.source)}'s text is found in "
            f"{self.name(row.target)}: {row.band} derived. Choose the row to list the passages."
        )


@dataclass(frozen=True)
class PassageRow:
    """A passage of a pair, with the text of its first side."""

    pair: PairReuse
    passage: Passage
    excerpt: str
    origin: str


class PassagesModel(_Table):
    """The passages two documents share, in the order of the first."""

    columns = PASSAGE_COLUMNS

    def set_pair(self, result: StoryReuse | None, pair: PairReuse | None, names: list[str]) -> None:
        self.beginResetModel()
        self.rows = []
        if result is not None and pair is not None:
            text = result.documents[pair.a].document.text
            for passage in pair.passages:
                excerpt = " ".join(text[passage.a_start : passage.a_end].split())
                if len(excerpt) > EXCERPT:
                    excerpt = excerpt[: EXCERPT - 1].rstrip() + "…"
                self.rows.append(PassageRow(pair, passage, excerpt, origin_name(passage, names)))
        self.endResetModel()

    def text(self, row: PassageRow, column: int) -> str:
        if column == 0:
            return row.excerpt
        return edits_how(row.passage) if column == 1 else row.origin
