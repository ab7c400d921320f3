"""The tabs beside the comparison: full names when there is room, short ones when narrow.

Never scroll arrows and never names cut to one letter: each tab has a short name
("History" for "Figure history") used while the full names do not fit.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget


class SideTabs(QTabWidget):
    """A tab widget whose minimum width is that of its short tab names."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUsesScrollButtons(False)
        self.names: list[tuple[str, str]] = []  # (full, short) per tab

    def add(self, widget: QWidget, name: str, short: str = "") -> None:
        self.names.append((name, short or name))
        self.addTab(widget, name)
        self._fit()

    def _bar_width(self, short: bool) -> int:
        bar = self.tabBar()
        metrics = bar.fontMetrics()
        padding = sum(bar.tabRect(i).width() for i in range(bar.count())) - sum(
            metrics.horizontalAdvance(bar.tabText(i)) for i in range(bar.count())
        )
        return padding + sum(metrics.horizontalAdvance(n[short]) for n in self.names) + 4

    def _fit(self) -> None:
        short = self.width() < self._bar_width(False)
        for index, names in enumerate(self.names):
            self.setTabText(index, names[short])
        self.setMinimumWidth(self._bar_width(True))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()
