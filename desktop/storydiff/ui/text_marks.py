"""What to paint on a stretch of text: diff runs, boilerplate, tags and notes.

A *mark* is ``(kind, start, end, tooltip)`` with offsets into a document's text; its
tooltip is plain text (source names, note bodies), escaped when it becomes a format's.
:func:`segments` cuts a stretch into pieces that carry the same marks, and
:class:`Formats` turns a set of marks into one ``QTextCharFormat`` (cached).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextFormat

from storydiff.core.compare import AlignedRow
from storydiff.core.tagging import Tags
from storydiff.ui.plain import plain_tooltip
from storydiff.ui.theme import Colours

MARK_PROPERTY = QTextFormat.Property.UserProperty + 1
"""Char format property listing a piece's marks (``"deleted,figure"``), read by tests and tools."""


@dataclass(frozen=True, slots=True)
class Mark:
    kind: str
    start: int
    end: int
    tooltip: str = ""


class MarkIndex:
    """One side's marks sorted by start, for quick lookup of a stretch."""

    def __init__(self, marks: Iterable[Mark]) -> None:
        self.marks = sorted(marks, key=lambda m: (m.start, m.end))
        self.starts = [m.start for m in self.marks]
        self.longest = max((m.end - m.start for m in self.marks), default=0)

    def within(self, start: int, end: int) -> list[Mark]:
        first = bisect_left(self.starts, start - self.longest)
        last = bisect_right(self.starts, end)
        return [m for m in self.marks[first:last] if m.end > start and m.start < end]


def tag_marks(tags: Tags) -> list[Mark]:
    """Figures and sources as marks with their normalised value / source name as tooltip."""
    marks = []
    for figure in tags.figures:
        value = figure.value if figure.value is not None else figure.text
        detail = ", ".join(part for part in (figure.kind, figure.unit, figure.qualifier) if part)
        tip = f"Figure: {value}" + (f" ({detail})" if detail else "")
        marks.append(Mark("figure", figure.start, figure.end, tip))
    for source in tags.sources:
        marks.append(Mark("source", source.start, source.end, f"Source: {source.name}"))
    return marks


def diff_marks(row: AlignedRow, side: str, moved: bool = False) -> list[Mark]:
    """The deleted (old side) or inserted (new side) word runs of one aligned row."""
    marks = []
    for span in row.diff:
        if side == "a" and span.op < 0 and span.a_end > span.a_start:
            marks.append(Mark("deleted", span.a_start, span.a_end, "Deleted"))
        elif side == "b" and span.op > 0 and span.b_end > span.b_start:
            marks.append(Mark("inserted", span.b_start, span.b_end, "Inserted"))
    if moved and row.diff:
        first, last = row.diff[0], row.diff[-1]
        start, end = (first.a_start, last.a_end) if side == "a" else (first.b_start, last.b_end)
        marks.append(Mark("moved", start, end, "Moved"))
    return marks


def segments(start: int, end: int, marks: list[Mark]) -> list[tuple[int, int, tuple[Mark, ...]]]:
    """Cut ``start:end`` into runs that each carry one set of marks."""
    cuts = {start, end}
    for mark in marks:
        cuts.update(c for c in (mark.start, mark.end) if start < c < end)
    points = sorted(cuts)
    pieces = []
    for left, right in pairwise(points):
        active = tuple(m for m in marks if m.start < right and m.end > left)
        pieces.append((left, right, active))
    return pieces


class Formats:
    """Char formats for sets of marks, built from the theme's colours and cached."""

    def __init__(self, colours: Colours) -> None:
        self.colours = colours
        self._cache: dict[tuple, QTextCharFormat] = {}

    def for_marks(self, marks: tuple[Mark, ...]) -> QTextCharFormat:
        key = tuple(sorted({(m.kind, m.tooltip) for m in marks}))
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = self._build(marks)
        return found

    def _build(self, marks: tuple[Mark, ...]) -> QTextCharFormat:
        c = self.colours
        kinds = {m.kind for m in marks}
        fmt = QTextCharFormat()
        if "boilerplate" in kinds:
            fmt.setForeground(c.dimmed)
        if "note" in kinds:
            fmt.setBackground(c.note)
        if "figure" in kinds or "source" in kinds:
            figure = "figure" in kinds
            fmt.setUnderlineStyle(
                QTextCharFormat.UnderlineStyle.DotLine
                if figure
                else QTextCharFormat.UnderlineStyle.DashUnderline
            )
            fmt.setUnderlineColor(c.figure if figure else c.source)
        if "moved" in kinds:
            fmt.setBackground(c.moved)
        if "deleted" in kinds:
            fmt.setBackground(c.deleted)
            fmt.setFontStrikeOut(True)
        if "inserted" in kinds:
            fmt.setBackground(c.inserted)
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(c.figure if "figure" in kinds else QColor())
        tips = [m.tooltip for m in marks if m.tooltip and m.kind not in ("deleted", "inserted")]
        if tips:
            fmt.setToolTip(plain_tooltip("\n".join(dict.fromkeys(tips))))
        if kinds:
            fmt.setProperty(MARK_PROPERTY, ",".join(sorted(kinds)))
        return fmt

    def gap_note(self) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setForeground(self.colours.dimmed)
        fmt.setFontItalic(True)
        return fmt

    def note_link(self, href: str, tooltip: str) -> QTextCharFormat:
        """The margin marker of a note: a link whose tooltip is the note."""
        fmt = QTextCharFormat()
        fmt.setAnchor(True)
        fmt.setAnchorHref(href)
        fmt.setBackground(self.colours.note)
        fmt.setForeground(self.colours.figure)
        fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setToolTip(plain_tooltip(tooltip + "\n(click to open the note)"))
        fmt.setProperty(MARK_PROPERTY, "note-marker")
        return fmt

    def stealth_marker(self, tooltip: str) -> QTextCharFormat:
        """The margin marker of a stealth edit: bold, white on red, with its explanation."""
        fmt = QTextCharFormat()
        fmt.setForeground(QColor("#ffffff"))
        fmt.setBackground(QColor("#b3261e"))
        fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setToolTip(plain_tooltip(tooltip))
        fmt.setProperty(MARK_PROPERTY, "stealth-marker")
        return fmt

    def link(self, href: str) -> QTextCharFormat:
        fmt = self.gap_note()
        fmt.setAnchor(True)
        fmt.setAnchorHref(href)
        fmt.setFontUnderline(True)
        fmt.setFontWeight(QFont.Weight.DemiBold)
        return fmt
