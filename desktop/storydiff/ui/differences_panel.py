"""The right panel's list of differences, with kind filters and next/previous."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLabel,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from storydiff.ui.differences_model import GROUPS, KIND_ROLE, RANGES_ROLE, DifferencesModel

FILTER_LABELS = {"Text changes": "Text", "Other": "Other"}


class DifferencesPanel(QWidget):
    """Differences grouped by kind; choosing one asks the view to show it."""

    difference_activated = Signal(list)  # [(side, start, end), ...]
    figure_chosen = Signal(list)  # the ranges of a chosen figure difference

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DifferencesModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.filters: dict[str, QToolButton] = {}
        bar = QGridLayout()
        bar.setSpacing(2)
        for n, group in enumerate(GROUPS):
            button = QToolButton(text=FILTER_LABELS.get(group, group), checkable=True, checked=True)
            button.setToolTip(f"Show {group.lower()}")
            button.toggled.connect(self._filter)
            self.filters[group] = button
            bar.addWidget(button, n // 3, n % 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        self.tree.clicked.connect(self._activate)
        self.tree.activated.connect(self._activate)
        self.model.modelReset.connect(self._after_reset)
        self._after_reset()

    def set_items(self, items) -> None:
        self.model.set_items(items)

    def _after_reset(self) -> None:
        self.tree.expandAll()
        counts = self.model.counts()
        for group, button in self.filters.items():
            button.setText(f"{FILTER_LABELS.get(group, group)} {counts[group]}")
            button.setVisible(
                counts[group] > 0 or group in ("Figures", "Sources", "Quotes", "Claims")
            )
        total = sum(counts.values())
        tagged = total - counts["Text changes"]
        self.summary.setText(
            f"{tagged} tagged differences, {counts['Text changes']} changed passages"
            if total
            else "No differences."
        )

    def _filter(self) -> None:
        hidden = {group for group, button in self.filters.items() if not button.isChecked()}
        self.model.set_hidden(hidden)

    def _activate(self, index: QModelIndex) -> None:
        ranges = index.data(RANGES_ROLE)
        if ranges:
            self.difference_activated.emit(ranges)
        if ranges and "figure" in str(index.data(KIND_ROLE) or ""):
            self.figure_chosen.emit(ranges)

    def step(self, forward: bool) -> bool:
        """Select and show the next (or previous) difference in reading order."""
        ordered = self.model.in_reading_order()
        if not ordered:
            return False
        current = self.tree.currentIndex()
        keys = [(i.parent().row(), i.row()) for i in ordered]
        here = (
            (current.parent().row(), current.row())
            if current.isValid() and current.parent().isValid()
            else None
        )
        if here in keys:
            position = keys.index(here) + (1 if forward else -1)
        else:
            position = 0 if forward else len(ordered) - 1
        if not 0 <= position < len(ordered):
            return False
        target = ordered[position]
        self.tree.setCurrentIndex(target)
        self._activate(target)
        return True
