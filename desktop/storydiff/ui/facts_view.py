"""The Facts tab: the story-wide fact table of the story on screen.

:class:`FactsPanel` only shows a :class:`FactTable`; :class:`StoryFacts` computes
it in a worker whenever the story's documents change, and follows a clicked
value into the comparison (choosing a pair that shows it when needed).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from storydiff.cards.fact_card import fact_card
from storydiff.core.facts import DocumentInfo, FactTable
from storydiff.core.story import compare_documents, story_facts
from storydiff.service.comparisons import read_records
from storydiff.service.documents import tagged
from storydiff.ui.comparison_cache import ComparisonCache
from storydiff.ui.fact_rows import LEGEND, fact_history, summary
from storydiff.ui.facts_model import RANGE_ROLE, FactsModel
from storydiff.ui.library_model import Version

FACTS_TASK = "facts"
TABLES_KEPT = 16  # stories whose tables are kept: going back to one shows it at once
HISTORY_HINT = "Choose a fact to see who carried it first and who changed it."
HINT = "The facts of a story appear here once it has two or more documents."


class FactsPanel(QWidget):
    """A summary line, the fact table (facts × documents) and a legend."""

    value_chosen = Signal(int, int, int)  # document index, start, end
    share_requested = Signal(int)  # row of the fact to share as an image

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FactsModel(self)
        self.heading = QLabel(HINT, wordWrap=True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # no sideways scrolling
        header.setMinimumSectionSize(50)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.clicked.connect(self._clicked)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        self.table.activated.connect(self._clicked)
        self.history = QLabel(HISTORY_HINT, wordWrap=True)
        self.history.setTextFormat(Qt.TextFormat.PlainText)
        self.table.selectionModel().currentRowChanged.connect(self._show_history)
        self.legend = QLabel(LEGEND, wordWrap=True)
        self.legend.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 6, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.history)
        layout.addWidget(self.legend)

    def show_table(self, table: FactTable) -> None:
        self.model.set_table(table)
        self.history.setText(HISTORY_HINT)
        self.heading.setText(summary(table))

    def show_hint(self, text: str = HINT) -> None:
        self.model.set_table(FactTable((), ()))
        self.history.setText(HISTORY_HINT)
        self.heading.setText(text)

    def _show_history(self, index: QModelIndex) -> None:
        if not index.isValid() or index.row() >= self.model.rowCount():
            self.history.setText(HISTORY_HINT)
            return
        fact = self.model.fact_at(index.row())
        self.history.setText("\n".join(fact_history(self.model.table, fact)) or HISTORY_HINT)

    def _menu(self, at: QPoint) -> None:
        index = self.table.indexAt(at)
        if not index.isValid():
            return
        menu = QMenu(self)
        share = menu.addAction("Share as image…")
        share.triggered.connect(lambda: self.share_requested.emit(index.row()))
        menu.popup(self.table.viewport().mapToGlobal(at))

    def _clicked(self, index: QModelIndex) -> None:
        found = index.data(RANGE_ROLE)
        if found is not None:
            self.value_chosen.emit(*found)


def facts_job(documents: list[Version], cache: ComparisonCache):
    """Read and tag a story's documents off the GUI thread and build its fact table."""

    def job(progress, cancelled) -> FactTable:
        with cache.connection(*documents) as library:
            records = read_records(library, documents) if library else list(documents)
            analysed_documents, tags = tagged(library, records)  # stored tags read back
        story = compare_documents(
            analysed_documents, [], progress=progress, cancelled=cancelled, tags=tags
        )
        infos = [DocumentInfo(r.title, r.outlet, r.published) for r in records]
        return story_facts(story, infos)

    return job


class StoryFacts(QObject):
    """The Facts tab of a :class:`MainWindow`: kept up to date with the story on screen."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.panel = FactsPanel()
        self.documents: list[Version] = []
        self.pending: tuple[int, int, int] | None = None  # document id, start, end
        self.tables: dict[tuple[Version, ...], FactTable] = {}  # stories shown, oldest first
        self.panel.value_chosen.connect(self.show_value)
        self.panel.share_requested.connect(self.share_fact)

    def show_story(self, documents: list[Version]) -> None:
        """Compute the story's table when its documents (or their texts, details) changed."""
        if list(documents) == self.documents:
            return
        self.documents = list(documents)
        if len(documents) < 2:
            self.window.runner.cancel(FACTS_TASK)
            self.panel.show_hint()
            return
        key = tuple(self.documents)  # texts, outlets and times: what the table depends on
        if key in self.tables:
            self.panel.show_table(self.tables[key])
            return
        self.panel.show_hint("Matching the figures of every document…")
        self.window.runner.start(
            FACTS_TASK,
            facts_job(self.documents, self.window.tools.cache),
            "matching the story's facts",
            on_finished=lambda table: self._computed(key, table),
            on_failed=self.window.show_error,
        )

    def _computed(self, key: tuple[Version, ...], table: FactTable) -> None:
        self.tables[key] = table
        while len(self.tables) > TABLES_KEPT:
            del self.tables[next(iter(self.tables))]
        self.panel.show_table(table)

    def share_fact(self, row: int) -> None:
        """Row ``row`` of the table on screen as a PNG card, with its alt text."""
        model = self.panel.model
        if not 0 <= row < model.rowCount() or len(self.documents) != len(model.table.documents):
            return
        hashes = [document.text_sha256 for document in self.documents]
        card = fact_card(model.table, model.fact_at(row), hashes)
        self.window.reuse.sharer.share(card, "fact.png")

    def show_value(self, column: int, start: int, end: int) -> None:
        """Show a clicked value in the text; a document not on screen is compared first."""
        w = self.window
        if w.pair is None or not 0 <= column < len(self.documents):
            return
        document = self.documents[column]
        for side, shown in zip(("a", "b"), w.pair, strict=True):
            if shown.id == document.id and w.result is not None:
                w.view.scroll_to([(side, start, end)])
                return
        old, new = w.pair
        self.pending = (document.id, start, end)
        if document.id == new.id or old.id == document.id:
            return  # on screen, its comparison still under way
        if self.documents.index(document) < [d.id for d in self.documents].index(new.id):
            w.compare_ids(document.id, new.id)
        else:
            w.compare_ids(old.id, document.id)

    def compared(self) -> None:
        """After a comparison arrived: show the value a click asked for, if it is on screen."""
        if self.pending is None or self.window.pair is None:
            return
        document_id, start, end = self.pending
        self.pending = None
        for side, shown in zip(("a", "b"), self.window.pair, strict=True):
            if shown.id == document_id:
                self.window.view.scroll_to([(side, start, end)])
