"""The revision timeline: a story's versions along a time axis, with the changes between them.

Custom-painted: one dot per version (placed by published time, else retrieved,
else imported), a badge on each stretch between neighbours with the number of
changed passages and tagged differences (``…`` while still being counted). The
shown pair is drawn in the highlight colour. Click a version or a badge, or use
Left/Right, to show a neighbour pair.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from storydiff.ui.library_model import Version, document_tooltip
from storydiff.ui.plain import plain_tooltip
from storydiff.ui.revision_counts import PairCount

MARGIN = 70  # room for the first and last labels
MIN_GAP = 120  # pixels between neighbouring versions, whatever their times
DOT = 6
UNKNOWN_TIME = datetime.fromtimestamp(0, UTC)


def version_time(document: Version) -> datetime:
    """Where a version sits on the axis: published, else retrieved, else imported
    (the start of 1970 when no time of it is valid)."""
    return document.published or document.retrieved or document.imported or UNKNOWN_TIME


def positions(times: list[float], left: float, width: float, gap: float) -> list[float]:
    """X of each version: at least ``gap`` apart, the rest of the width shared by time."""
    if len(times) < 2:
        return [left + width / 2] * len(times)
    gap = min(gap, width / (len(times) - 1))
    spread = width - gap * (len(times) - 1)
    span = times[-1] - times[0]
    ordered = all(b >= a for a, b in pairwise(times)) and span > 0
    shares = [
        (t - times[0]) / span if ordered else n / (len(times) - 1) for n, t in enumerate(times)
    ]
    return [left + n * gap + share * spread for n, share in enumerate(shares)]


@dataclass
class _Layout:
    xs: list[float]
    badges: list[QRectF]  # one per neighbour pair


class RevisionTimeline(QWidget):
    """Versions of one story on a time axis; emits the neighbour pair the user picks."""

    pair_chosen = Signal(int, int)  # old, new: indices into the versions

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.versions: list[Version] = []
        self.counts: dict[int, PairCount] = {}  # keyed by the old index of a neighbour pair
        self.pair: tuple[int, int] | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setToolTip("")
        self.setAccessibleName("Revision timeline")

    def sizeHint(self) -> QSize:
        return QSize(
            600, round(self.axis_y() + self.badge_height() / 2 + self.fontMetrics().height() + 8)
        )

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def axis_y(self) -> float:
        """The axis sits below one line of version labels."""
        height = self.fontMetrics().height()
        return 6 + height + self.badge_height() / 2

    def badge_height(self) -> float:
        return self.fontMetrics().height() + 4

    # State

    def set_versions(self, versions: list[Version]) -> None:
        self.versions = list(versions)
        self.counts = {}
        self.pair = None
        self.update()

    def set_count(self, count: PairCount) -> None:
        self.counts[count.old] = count
        self.update()

    def set_pair(self, old_id: int, new_id: int) -> None:
        """Highlight the shown pair (given as document ids; ignored if not in this story)."""
        ids = [d.id for d in self.versions]
        self.pair = (ids.index(old_id), ids.index(new_id)) if {old_id, new_id} <= set(ids) else None
        self.update()

    def step(self, step: int) -> None:
        """Choose the previous or next neighbour pair."""
        if len(self.versions) < 2:
            return
        new = (self.pair[1] if self.pair else 0) + step
        new = min(max(new, 1), len(self.versions) - 1)
        self.pair_chosen.emit(new - 1, new)

    def count_text(self, old: int, short: bool = False) -> str:
        count = self.counts.get(old)
        if count is None:
            return "…"
        if short:
            return f"{count.changed} · {count.tagged}"
        return f"{count.changed} changed · {count.tagged} tagged"

    # Geometry

    def _layout(self) -> _Layout:
        times = [version_time(d).timestamp() for d in self.versions]
        xs = positions(times, MARGIN, max(self.width() - 2 * MARGIN, 1), MIN_GAP)
        metrics = self.fontMetrics()
        badges = []
        for n in range(len(xs) - 1):
            room = xs[n + 1] - xs[n] - 2 * DOT - 8
            text = self.count_text(n)
            if metrics.horizontalAdvance(text) + 14 > room:
                text = self.count_text(n, short=True)
            width = min(metrics.horizontalAdvance(text) + 14, max(room, 20))
            height = self.badge_height()
            centre = (xs[n] + xs[n + 1]) / 2
            badges.append(QRectF(centre - width / 2, self.axis_y() - height / 2, width, height))
        return _Layout(xs, badges)

    def version_at(self, x: float, y: float) -> int | None:
        for n, vx in enumerate(self._layout().xs):
            if abs(vx - x) <= DOT + 6 and y < self.axis_y() + 40:
                return n
        return None

    def badge_at(self, x: float, y: float) -> int | None:
        for n, rect in enumerate(self._layout().badges):
            if rect.adjusted(-4, -6, 4, 6).contains(QPointF(x, y)):
                return n
        return None

    # Events

    def mousePressEvent(self, event: QMouseEvent) -> None:
        x, y = event.position().x(), event.position().y()
        badge = self.badge_at(x, y)
        version = self.version_at(x, y)
        if badge is not None:
            self.pair_chosen.emit(badge, badge + 1)
        elif version is not None and len(self.versions) > 1:
            old = version - 1 if version > 0 else 0
            self.pair_chosen.emit(old, old + 1)
        else:
            super().mousePressEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.step(-1 if event.key() == Qt.Key.Key_Left else 1)
        else:
            super().keyPressEvent(event)

    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            self._tooltip(event)
            return True
        return super().event(event)

    def _tooltip(self, event) -> None:
        x, y = event.pos().x(), event.pos().y()
        badge, version = self.badge_at(x, y), self.version_at(x, y)
        if badge is not None:
            text = f"v{badge + 1} → v{badge + 2}: {self.count_text(badge)}"
            if badge in self.counts:
                text = (
                    f"v{badge + 1} → v{badge + 2}\n{self.counts[badge].changed} changed passages\n"
                    f"{self.counts[badge].tagged} tagged differences (figures, sources, quotes…)"
                )
            text = plain_tooltip(text)
        elif version is not None:
            text = document_tooltip(self.versions[version])  # already escaped
        else:
            QToolTip.hideText()
            return
        QToolTip.showText(event.globalPos(), text, self)

    # Painting

    def paintEvent(self, _event) -> None:
        if not self.versions:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        layout = self._layout()
        palette = self.palette()
        self._paint_axis(painter, layout, palette)
        for n, rect in enumerate(layout.badges):
            self._paint_badge(painter, n, rect, palette)
        for n, x in enumerate(layout.xs):
            self._paint_version(painter, n, x, palette, layout)
        if self.hasFocus():
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))

    def _shown(self, n: int) -> bool:
        return self.pair is not None and self.pair[0] <= n <= self.pair[1]

    def _paint_axis(self, painter: QPainter, layout: _Layout, palette: QPalette) -> None:
        xs = layout.xs
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 2))
        painter.drawLine(QPointF(xs[0], self.axis_y()), QPointF(xs[-1], self.axis_y()))
        if self.pair is not None:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 4))
            painter.drawLine(
                QPointF(xs[self.pair[0]], self.axis_y()), QPointF(xs[self.pair[1]], self.axis_y())
            )

    def _paint_badge(self, painter: QPainter, n: int, rect: QRectF, palette: QPalette) -> None:
        shown = self.pair == (n, n + 1)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        painter.setPen(QPen(highlight if shown else palette.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(highlight if shown else palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        role = QPalette.ColorRole.HighlightedText if shown else QPalette.ColorRole.Text
        painter.setPen(palette.color(role))
        text = self.count_text(n)
        if QFontMetrics(self.font()).horizontalAdvance(text) + 14 > rect.width():
            text = self.count_text(n, short=True)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_version(
        self, painter: QPainter, n: int, x: float, palette: QPalette, layout: _Layout
    ) -> None:
        highlight = palette.color(QPalette.ColorRole.Highlight)
        shown = self._shown(n) and self.pair is not None and n in self.pair
        painter.setPen(QPen(highlight if shown else palette.color(QPalette.ColorRole.Text), 2))
        painter.setBrush(highlight if shown else palette.color(QPalette.ColorRole.Base))
        painter.drawEllipse(QPointF(x, self.axis_y()), DOT, DOT)
        room = self._label_room(n, layout)
        metrics = QFontMetrics(self.font())
        document = self.versions[n]
        label = f"v{document.version}" + (f" · {document.outlet}" if document.outlet else "")
        when = version_time(document).strftime("%d %b %Y %H:%M")
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        dim = QColor(text_colour)
        dim.setAlphaF(0.7)
        for text, top, colour in (
            (label, 4, text_colour),
            (when, self.axis_y() + self.badge_height() / 2 + 2, dim),
        ):
            painter.setPen(colour)
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(room))
            rect = QRectF(x - room / 2, top, room, metrics.height())
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, elided)

    def _label_room(self, n: int, layout: _Layout) -> float:
        xs = layout.xs
        left = xs[n] - xs[n - 1] if n > 0 else 2 * MARGIN
        right = xs[n + 1] - xs[n] if n + 1 < len(xs) else 2 * MARGIN
        return max(min(left, right) - 8, 30)
