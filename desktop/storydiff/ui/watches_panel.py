"""The Watches dock: the table of watches and the buttons that act on the chosen ones."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from storydiff.ui.plain import plain
from storydiff.ui.watches_model import WatchesModel


class WatchesPanel(QWidget):
    """Watches with their interval, last check, last change and last error."""

    check_requested = Signal(list)  # watch ids
    pause_requested = Signal(list, bool)  # watch ids, pause (True) or resume (False)
    remove_requested = Signal(list)
    feed_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, model: WatchesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.check_button = QPushButton("Check now", toolTip="Check the chosen watches now")
        self.pause_button = QPushButton("Pause")
        self.remove_button = QPushButton("Remove", toolTip="Stop watching; stored versions stay")
        self.feed_button = QPushButton("Watch feed…")
        self.cancel_button = QPushButton("Cancel", toolTip="Stop the check under way")
        self.state = plain(QLabel())
        buttons = QHBoxLayout()
        for button in (self.check_button, self.pause_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addWidget(self.state, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.feed_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.check_button.clicked.connect(lambda: self.check_requested.emit(self.chosen_ids()))
        self.pause_button.clicked.connect(self._pause)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self.chosen_ids()))
        self.feed_button.clicked.connect(self.feed_requested)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        model.modelReset.connect(self._after_reset)
        self.checking = False
        self.set_checking(False)
        self._after_reset()

    def chosen_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.watches[row].id for row in rows if row < len(self.model.watches)]

    def select_watch(self, watch_id: int) -> None:
        for row, watch in enumerate(self.model.watches):
            if watch.id == watch_id:
                self.table.selectRow(row)

    def _chosen(self):
        ids = set(self.chosen_ids())
        return [w for w in self.model.watches if w.id in ids]

    def _pause(self) -> None:
        chosen = self._chosen()
        if chosen:
            self.pause_requested.emit([w.id for w in chosen], not all(w.paused for w in chosen))

    def _after_reset(self) -> None:
        self.table.resizeColumnsToContents()
        for column, most in ((0, 420), (1, 260)):
            self.table.setColumnWidth(column, min(most, self.table.columnWidth(column)))
        watches = self.model.watches
        if not self.checking:
            paused = sum(w.paused for w in watches)
            failing = sum(bool(w.last_error) for w in watches)
            self.state.setText(
                f"{len(watches)} watched, {paused} paused, {failing} failing"
                if watches
                else "No watches yet: right-click a story › Watch this article…, or Watch feed…."
            )
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self._chosen()
        for button in (self.check_button, self.pause_button, self.remove_button):
            button.setEnabled(bool(chosen))
        paused = bool(chosen) and all(w.paused for w in chosen)
        self.pause_button.setText("Resume" if paused else "Pause")

    def set_checking(self, checking: bool, text: str = "") -> None:
        """While a check runs: say so, offer Cancel."""
        self.checking = checking
        self.cancel_button.setVisible(checking)
        if text or checking:
            self.state.setText(text)
