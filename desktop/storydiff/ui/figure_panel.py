"""The Figure history tab: one figure's value in every version of the story."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from storydiff.core.figure_history import figure_value
from storydiff.core.tagging import Figure
from storydiff.ui.figure_history import FigureEntry, FigureHistoryModel, entry_timeline

HINT = (
    "Click a figure in the text (dotted underline) or in the Differences list "
    "to see its value in every version of the story."
)


class FigurePanel(QWidget):
    """A heading naming the figure and a table of document × value."""

    entry_activated = Signal(object)  # FigureEntry

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FigureHistoryModel(self)
        self.heading = QLabel(HINT, wordWrap=True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)  # figures are escaped
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        fit, stretch = QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch
        for column, mode in enumerate((fit, stretch, stretch, fit)):
            header.setSectionResizeMode(column, mode)
        self.timeline = QLabel(wordWrap=True)
        self.timeline.setTextFormat(Qt.TextFormat.RichText)  # texts are escaped
        self.timeline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.legend = QLabel(
            "<small>Bold: differs from the figure you chose. Hover a row to see how it was "
            "matched.</small>",
            wordWrap=True,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 6, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.timeline)
        layout.addWidget(self.legend)
        self.table.clicked.connect(self._activate)
        self.table.activated.connect(self._activate)
        self.show_hint()

    def show_hint(self) -> None:
        self.heading.setText(HINT)
        self.timeline.clear()
        self.timeline.hide()
        self.model.set_entries([])

    def show_pending(self, figure: Figure) -> None:
        self.heading.setText(f"<b>{escape(figure.text)}</b><br>Looking through the versions…")
        self.timeline.hide()

    def show_entries(self, figure: Figure, entries: list[FigureEntry]) -> None:
        self.model.set_entries(entries)
        found = [e for e in entries if e.figure is not None]
        values = {(e.figure.value, e.figure.qualifier) for e in found if e.figure}
        kind = figure.kind + (f" of {figure.unit}" if figure.unit else "")
        verdict = (
            "the same in every version where it appears"
            if len(values) <= 1
            else f"{len(values)} different values"
        )
        self.heading.setText(
            f"<b>{escape(figure_value(figure))}</b> ({escape(kind)})<br>"
            f"Found in {len(found)} of {len(entries)} versions: {verdict}."
        )
        lines = entry_timeline(entries)
        self.timeline.setText(
            "<b>Timeline</b><ul style='margin-left:-20px'>"
            + "".join(f"<li>{escape(line)}</li>" for line in lines)
            + "</ul>"
        )
        self.timeline.setVisible(bool(lines))

    def _activate(self, index: QModelIndex) -> None:
        entry = index.data(Qt.ItemDataRole.UserRole)
        if entry is not None:
            self.entry_activated.emit(entry)
