"""The Reuse window of a story: the reuse map, one pair's passages, and churn.

Thin: it shows what :class:`~storydiff.ui.reuse_tools.ReuseTools` found and says
which passage the user chose; it computes nothing.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from storydiff.core.provenance import CHURN_SHARE
from storydiff.core.reuse import StoryReuse
from storydiff.ui.reuse_model import Direction, PassagesModel, ReuseMapModel

HELP = (
    "Share: how much of the first document's text (its sentences, verbatim or lightly "
    "edited) is found in the second. Wholly derived from 80%, partly from 10%."
)


def _table(model) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setWordWrap(True)
    table.setShowGrid(False)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


class ReuseDialog(QDialog):
    """Non-modal: the story stays usable while the reuse is found and read."""

    passage_activated = Signal(object)  # PassageRow
    share_requested = Signal(object)  # PassageRow
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Text reuse")
        self.names: list[str] = []
        self.result: StoryReuse | None = None
        self.map_model = ReuseMapModel(self)
        self.passages_model = PassagesModel(self)
        self.heading = QLabel(wordWrap=True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)  # names are escaped
        self.progress = QProgressBar(textVisible=False)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.clicked.connect(self.cancel_requested)
        busy = QHBoxLayout()
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.cancel_button)
        self.map_table = _table(self.map_model)
        header = self.map_table.horizontalHeader()
        for column, mode in enumerate(
            (QHeaderView.ResizeMode.Stretch,) * 2 + (QHeaderView.ResizeMode.ResizeToContents,) * 2
        ):
            header.setSectionResizeMode(column, mode)
        self.passages_table = _table(self.passages_model)
        self.passages_table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.passages_table.horizontalHeader()
        fit = QHeaderView.ResizeMode.ResizeToContents
        for column, mode in enumerate((QHeaderView.ResizeMode.Stretch, fit, fit)):
            header.setSectionResizeMode(column, mode)
        self.pair_label = QLabel("Choose a row of the map to list the passages.", wordWrap=True)
        self.churn = QLabel(wordWrap=True)
        self.churn.setTextFormat(Qt.TextFormat.RichText)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.pair_label)
        lower_layout.addWidget(self.passages_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.map_table)
        splitter.addWidget(lower)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(busy)
        layout.addWidget(QLabel(f"<small>{escape(HELP)}</small>", wordWrap=True))
        layout.addWidget(splitter, 1)
        layout.addWidget(self.churn)
        self.map_table.selectionModel().currentRowChanged.connect(self._pair_chosen)
        self.passages_table.activated.connect(self._passage)
        self.passages_table.clicked.connect(self._passage)
        self.passages_table.customContextMenuRequested.connect(self._passage_menu)
        self.resize(820, 640)

    def show_pending(self, story: str, names: list[str]) -> None:
        self.names = list(names)
        self.result = None
        self.heading.setText(
            f"<b>{escape(story)}</b>: looking for text reuse in {len(names)} documents…"
        )
        self.map_model.set_result(None, [])
        self.passages_model.set_pair(None, None, [])
        self.churn.clear()
        self.set_busy(True)

    def set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)

    def set_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def show_stopped(self, message: str) -> None:
        self.set_busy(False)
        self.heading.setText(escape(message))

    def show_result(self, story: str, result: StoryReuse) -> None:
        self.set_busy(False)
        self.result = result
        self.map_model.set_result(result, self.names)
        shared = len({d.pair for d in self.map_model.rows})
        self.heading.setText(
            f"<b>{escape(story)}</b>: {len(result.documents)} documents, "
            f"{shared} of {len(result.pairs)} pairs share text."
        )
        self.churn.setText(self._churn_text(result))
        self.churn.setVisible(bool(result.churn))
        if self.map_model.rowCount():
            self.map_table.selectRow(0)
        else:
            self.pair_label.setText("No two documents share a passage.")

    def _churn_text(self, result: StoryReuse) -> str:
        lines = []
        for churn in result.churn:
            verdict = "churn" if churn.is_churn else "not churn"
            sources = ", ".join(escape(self.map_model.name(k)) for k in churn.sources) or "none"
            lines.append(
                f"<li>{escape(self.names[churn.document])}: {churn.share:.0%} "
                f"({verdict}; from {sources})</li>"
            )
        return (
            "<b>Churn</b>: share of each article that is press-release or wire copy "
            f"(over {CHURN_SHARE:.0%} is churn)<ul style='margin-left:-20px'>"
            + "".join(lines)
            + "</ul>"
        )

    def _pair_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        direction: Direction | None = current.data(Qt.ItemDataRole.UserRole)
        if direction is None:
            return
        pair = direction.pair
        self.passages_model.set_pair(self.result, pair, self.names)
        self.pair_label.setText(
            f"{len(pair.passages)} passage{'s' * (len(pair.passages) != 1)} of "
            f"{self.names[pair.a]} found in "
            f"{self.names[pair.b]}. Click one to show it in the comparison; right-click "
            "to share it as an image."
        )

    def _passage(self, index: QModelIndex) -> None:
        row = index.data(Qt.ItemDataRole.UserRole)
        if row is not None:
            self.passage_activated.emit(row)

    def menu_at(self, point: QPoint) -> QMenu | None:
        """The right-click menu of the passage at ``point`` of the passages table."""
        row = self.passages_table.indexAt(point).data(Qt.ItemDataRole.UserRole)
        if row is None:
            return None
        menu = QMenu(self)
        menu.addAction("Show in the comparison", lambda: self.passage_activated.emit(row))
        menu.addAction("Share as image…", lambda: self.share_requested.emit(row))
        return menu

    def _passage_menu(self, point: QPoint) -> None:
        menu = self.menu_at(point)
        if menu is not None:
            menu.exec(self.passages_table.viewport().mapToGlobal(point))
