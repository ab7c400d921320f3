"""One figure's value across a story's versions (or outlets): which figure is "the same"?

A figure in another document is the same one when it has the same kind and unit
(the counted noun: *troops*) and stands in the sentence aligned with the chosen
figure's sentence; failing that, when it is the only figure of that kind and
unit in the document. Pure logic here; the table model is at the end.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from storydiff.core.model import Document
from storydiff.core.story import StoryComparison
from storydiff.core.tagging import Figure, Tags
from storydiff.library.records import DocumentRecord
from storydiff.ui.library_model import document_label

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
COLUMNS = ("Version", "As written", "Value", "Qualifier")
CHOSEN, ALIGNED, ONLY_ONE, NOT_FOUND = "chosen", "aligned", "only one", "not found"
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

    document: DocumentRecord
    figure: Figure | None
    how: str


def same_kind(a: Figure, b: Figure) -> bool:
    return a.kind == b.kind and (a.unit or "").lower() == (b.unit or "").lower()


def figure_value(figure: Figure) -> str:
    """The normalised value with its unit: ``318,000 troops``."""
    value = figure.value
    if isinstance(value, bool) or value is None:
        shown = figure.text
    elif isinstance(value, int):
        shown = f"{value:,}"
    elif isinstance(value, float):
        shown = f"{value:,.6g}"
    else:
        shown = str(value)
    return f"{shown} {figure.unit}" if figure.unit else shown


def figure_history(
    documents: list[DocumentRecord], chosen: int, figure: Figure, compare: Compare
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


def match_figure(
    result: StoryComparison, here: int, there: int, figure: Figure
) -> tuple[Figure | None, str]:
    """The figure of document ``there`` that corresponds to ``figure`` of document ``here``."""
    doc_here, tags_there = result.documents[here], result.tags[there]
    candidates = [f for f in tags_there.figures if same_kind(f, figure)]
    sentence = doc_here.sentence_at(figure.start)
    if sentence is not None:
        aligned = aligned_sentences(result, here, sentence.index)
        doc_there = result.documents[there]
        in_aligned = [f for f in candidates if _sentence_of(doc_there, f) in aligned]
        if in_aligned:
            rank = _rank(result.tags[here], doc_here, figure)
            return in_aligned[min(rank, len(in_aligned) - 1)], ALIGNED
    if len(candidates) == 1:
        return candidates[0], ONLY_ONE
    return None, NOT_FOUND


def aligned_sentences(result: StoryComparison, side: int, sentence: int) -> set[int]:
    """Sentences of the other document aligned with ``sentence`` of document ``side``."""
    found: set[int] = set()
    for row in result.pairs[0].comparison.rows:
        mine, theirs = (row.a, row.b) if side == 0 else (row.b, row.a)
        if sentence in mine:
            found.update(theirs)
    return found


def _sentence_of(doc: Document, figure: Figure) -> int | None:
    sentence = doc.sentence_at(figure.start)
    return sentence.index if sentence else None


def _rank(tags: Tags, doc: Document, figure: Figure) -> int:
    """Position of ``figure`` among figures of its kind in its own sentence."""
    sentence = _sentence_of(doc, figure)
    peers = [f for f in tags.figures if same_kind(f, figure) and _sentence_of(doc, f) == sentence]
    return next((n for n, f in enumerate(peers) if f.start == figure.start), 0)


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
            return f"{document_label(entry.document)}\n{HOW[entry.how]}"
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
