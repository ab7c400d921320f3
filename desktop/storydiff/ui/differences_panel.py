"""The right panel's list of differences, with kind filters and next/previous."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from storydiff.ui.difference_delegate import DifferenceDelegate
from storydiff.ui.differences_model import (
    GROUPS,
    KIND_ROLE,
    RANGES_ROLE,
    TAGGED,
    DifferencesModel,
)
from storydiff.ui.edit_items import DEFAULT_SHOW, SHOW_CHOICES, hidden_classes

FILTER_LABELS = {"Text changes": "Text", "Other": "Other", "Correction notes": "Corrections"}


class WrappingTree(QTreeView):
    """A tree whose rows wrap to its width: a new width lays the rows out again."""

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.scheduleDelayedItemsLayout()


class DifferencesPanel(QWidget):
    """Differences grouped by kind; choosing one asks the view to show it."""

    difference_activated = Signal(list)  # [(side, start, end), ...]
    figure_chosen = Signal(list)  # the ranges of a clicked figure difference
    legend_requested = Signal()
    message = Signal(str)  # where F7 stands ("last change…"), for the status bar
    share_requested = Signal(object)  # a DifferenceItem: right-click → Share as image…

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DifferencesModel(self)
        self.tree = WrappingTree()
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setItemDelegate(DifferenceDelegate(self.tree))
        self.tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._wrap_armed = False
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.where = QLabel()
        self.legend_button = QToolButton(text="Legend…", toolTip="What the marks and colours mean")
        self.legend_button.clicked.connect(self.legend_requested)
        self.show_choice = QComboBox(toolTip="Which kinds of edit the list shows (F7 follows it)")
        self.show_choice.addItems(list(SHOW_CHOICES))
        self.show_choice.setCurrentText(DEFAULT_SHOW)
        self.show_choice.currentTextChanged.connect(self._show_classes)
        self.filters: dict[str, QToolButton] = {}
        bar = QGridLayout()
        bar.setSpacing(2)
        for n, group in enumerate(GROUPS):
            button = QToolButton(text=FILTER_LABELS.get(group, group), checkable=True, checked=True)
            button.setToolTip(f"Show {group.lower()}")
            button.toggled.connect(self._filter)
            self.filters[group] = button
            bar.addWidget(button, n // 4, n % 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 6, 6)
        summary = QHBoxLayout()
        summary.addWidget(self.summary, 1)
        summary.addWidget(self.legend_button, 0, Qt.AlignmentFlag.AlignTop)
        choice = QHBoxLayout()
        choice.addWidget(QLabel("Show:"))
        choice.addWidget(self.show_choice, 1)
        layout.addLayout(choice)
        layout.addLayout(bar)
        layout.addLayout(summary)
        layout.addWidget(self.where)
        layout.addWidget(self.tree, 1)
        self.tree.clicked.connect(self._clicked)
        self.tree.activated.connect(self._activate)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.model.modelReset.connect(self._after_reset)
        self._after_reset()

    def set_items(self, items, show: str | None = None) -> None:
        """New items; ``show`` also picks the edit-class filter ("Significant changes only")."""
        if show is not None and show != self.show_choice.currentText():
            self.show_choice.blockSignals(True)
            self.show_choice.setCurrentText(show)
            self.show_choice.blockSignals(False)
            self.model.hidden_classes = hidden_classes(show)
        self.model.set_items(items)

    def significant_only(self) -> bool:
        return "typo" in hidden_classes(self.show_choice.currentText())

    def _show_classes(self, choice: str) -> None:
        self.model.set_hidden_classes(hidden_classes(choice))

    def _after_reset(self) -> None:
        self.tree.expandAll()
        self._wrap_armed = False
        self.where.clear()
        counts = self.model.counts()
        for group, button in self.filters.items():
            button.setText(f"{FILTER_LABELS.get(group, group)} {counts[group]}")
            button.setVisible(counts[group] > 0 or group in TAGGED)
        tagged = sum(counts[group] for group in (*TAGGED, "Other"))
        passages = counts["Text changes"]
        stealth = len({item.passage for item in self.model.shown_items() if item.stealth})
        hidden = len(self.model.items) - len(self.model.shown_items())
        text = "No differences."
        if any(counts.values()):
            text = f"{tagged} tagged differences, {passages} changed passages"
        if stealth:
            text = f"⚠ {stealth} stealth edit{'s' * (stealth != 1)}. " + text
        if hidden:
            text += f" ({hidden} hidden by the filter)"
        self.summary.setText(text)

    def _filter(self) -> None:
        hidden = {group for group, button in self.filters.items() if not button.isChecked()}
        self.model.set_hidden(hidden)

    def menu_at(self, point) -> QMenu | None:
        """The right-click menu of the difference at ``point`` (none between them)."""
        item = self.model.item_at(self.tree.indexAt(point))
        if item is None:
            return None
        menu = QMenu(self)
        menu.addAction("Share as image…", lambda: self.share_requested.emit(item))
        return menu

    def _context_menu(self, point) -> None:
        menu = self.menu_at(point)
        if menu is not None:
            menu.exec(self.tree.viewport().mapToGlobal(point))

    def _activate(self, index: QModelIndex) -> None:
        ranges = index.data(RANGES_ROLE)
        if ranges:
            self.difference_activated.emit(ranges)

    def _clicked(self, index: QModelIndex) -> None:
        """A click shows the difference; a figure's also opens its history."""
        self._activate(index)
        ranges = index.data(RANGES_ROLE)
        if ranges and "figure" in str(index.data(KIND_ROLE) or ""):
            self.figure_chosen.emit(ranges)

    def step(self, forward: bool) -> bool:
        """Select and show the next (or previous) changed passage in reading order.

        At the last one it says so and stays; pressed again, it wraps to the first.
        """
        stops = self.model.stops()
        if not stops:
            self.message.emit("No differences to go to.")
            return False
        current = self.tree.currentIndex()
        here = self.model.item_at(current) if current.isValid() else None
        passages = [self.model.item_at(i).passage for i in stops]
        if here is not None and here.passage in passages:
            position = passages.index(here.passage) + (1 if forward else -1)
        else:
            position = 0 if forward else len(stops) - 1
        if not 0 <= position < len(stops):
            if not self._wrap_armed:
                self._wrap_armed = True
                end = "last" if forward else "first"
                key = "F7" if forward else "Shift+F7"
                self._say(f"That was the {end} change; press {key} again to wrap around.")
                return False
            position %= len(stops)
        self._wrap_armed = False
        target = stops[position]
        self.tree.setCurrentIndex(target)
        self.tree.scrollTo(target)
        self._activate(target)
        self._say(f"Change {position + 1} of {len(stops)}")
        return True

    def _say(self, text: str) -> None:
        self.where.setText(text)
        self.message.emit(text)
