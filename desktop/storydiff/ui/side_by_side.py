"""The side-by-side text of a comparison: one QTextDocument, one table row per display row.

Both sides live in the same table row, so matching sentences sit at the same
height whatever the wrapping, and one scroll bar scrolls both (synchronised by
construction). Rows are added in chunks: the first screen at once, the rest from
the event loop, so opening a long comparison costs the GUI thread little.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from PySide6.QtGui import (
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextLength,
    QTextTableCellFormat,
    QTextTableFormat,
)

from storydiff.core.compare import Comparison
from storydiff.core.model import Document
from storydiff.ui.display_rows import (
    DisplayRow,
    also_links,
    display_rows,
    move_wording,
    row_of_sentence,
)
from storydiff.ui.text_marks import Formats, Mark, MarkIndex, diff_marks, segments

NOTE_MARKER = "✎"
STEALTH_MARKER = "⚠"  # a stealth edit: a fact changed without a correction note
FIRST_CHUNK = 40
CHUNK = 40


@dataclass(frozen=True, slots=True)
class Cell:
    """Where one side of one display row landed in the QTextDocument."""

    side: str
    row: int
    doc_start: int
    qt_start: int
    length: int


class SideBySideBuilder:
    """Fills a QTextDocument with the rows of a comparison, chunk by chunk."""

    def __init__(
        self,
        document: QTextDocument,
        comparison: Comparison,
        formats: Formats,
        extra_marks: dict[str, list[Mark]] | None = None,
        names: tuple[str, str] = ("", ""),
    ) -> None:
        self.document = document
        self.comparison = comparison
        self.formats = formats
        self.rows: list[DisplayRow] = display_rows(comparison)
        self.built = 0
        self.cells: dict[tuple[str, int], Cell] = {}
        self._row_of = {side: row_of_sentence(self.rows, side) for side in ("a", "b")}
        self._also = also_links(comparison, self.rows, names)
        self._starts = {side: [s.start for s in self.doc(side).sentences] for side in ("a", "b")}
        extra = extra_marks or {}
        self.marks = {side: MarkIndex(extra.get(side, [])) for side in ("a", "b")}
        self._moved_row: dict[int, int] = {}
        document.clear()

    def doc(self, side: str) -> Document:
        return self.comparison.a if side == "a" else self.comparison.b

    @property
    def done(self) -> bool:
        return self.built >= len(self.rows)

    def build_next(self, count: int = CHUNK) -> None:
        """Append the next ``count`` display rows as one table."""
        rows = self.rows[self.built : self.built + count]
        if not rows:
            return
        cursor = QTextCursor(self.document)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.beginEditBlock()  # one layout pass for the whole chunk, not one per insertion
        table = cursor.insertTable(len(rows), 3, self._table_format())
        for offset, row in enumerate(rows):
            self._fill_row(table, offset, self.built + offset, row)
        self.built += len(rows)
        self._shrink_block_after(table)
        cursor.endEditBlock()

    def build_through(self, row: int) -> None:
        while self.built <= row and not self.done:
            self.build_next()

    def _table_format(self) -> QTextTableFormat:
        fmt = QTextTableFormat()
        fmt.setBorder(0)
        fmt.setCellSpacing(0)
        fmt.setCellPadding(0)
        fmt.setMargin(0)
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        pct = QTextLength.Type.PercentageLength
        fmt.setColumnWidthConstraints(
            [QTextLength(pct, 47.5), QTextLength(pct, 5), QTextLength(pct, 47.5)]
        )
        return fmt

    def _shrink_block_after(self, table) -> None:
        """The empty paragraph Qt keeps after each table must not open a gap between chunks."""
        cursor = table.lastCursorPosition()
        cursor.movePosition(QTextCursor.MoveOperation.NextBlock)
        block = QTextBlockFormat()
        block.setLineHeight(0, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
        cursor.setBlockFormat(block)

    def _fill_row(self, table, offset: int, index: int, row: DisplayRow) -> None:
        top = 14 if row.paragraph_break else 2
        for column, side in ((0, "a"), (1, ""), (2, "b")):  # in document order: positions stay put
            cell = table.cellAt(offset, column)
            if not side:
                cell.setFormat(self._cell_format(top, gap=False, centred=True))
                cursor = cell.firstCursorPosition()
                if row.mark:
                    cursor.insertText(row.mark, self.formats.gap_note())
                self._write_note_markers(cursor, row)
                continue
            sentences = row.a if side == "a" else row.b
            cell.setFormat(self._cell_format(top, gap=not sentences))
            cursor = cell.firstCursorPosition()
            if sentences:
                self._write_side(cursor, side, index, row, sentences)
            elif row.op == "moved":
                self._write_move_link(cursor, index, row)

    def _cell_format(self, top: int, gap: bool, centred: bool = False) -> QTextTableCellFormat:
        fmt = QTextTableCellFormat()
        fmt.setTopPadding(top)
        fmt.setBottomPadding(2)
        fmt.setLeftPadding(0 if centred else 12)
        fmt.setRightPadding(0 if centred else 12)
        if gap:
            fmt.setBackground(self.formats.colours.gap)
        return fmt

    def _write_side(
        self, cursor: QTextCursor, side: str, index: int, row: DisplayRow, sentences
    ) -> None:
        doc = self.doc(side)
        start, end = doc.sentences[sentences[0]].start, doc.sentences[sentences[-1]].end
        self.cells[(side, index)] = Cell(side, index, start, cursor.position(), end - start)
        marks = self.marks[side].within(start, end)
        if row.op == "boilerplate":
            marks.append(Mark("boilerplate", start, end, "Boilerplate (not compared)"))
        for row_index in row.rows:
            aligned = self.comparison.rows[row_index]
            if aligned.op != "equal":
                marks.extend(diff_marks(aligned, side, moved=row.op == "moved"))
        if row.op == "deleted" and not any(m.kind == "deleted" for m in marks):
            marks.append(Mark("deleted", start, end, "Deleted"))
        if row.op == "inserted" and not any(m.kind == "inserted" for m in marks):
            marks.append(Mark("inserted", start, end, "Inserted"))
        for left, right, active in segments(start, end, marks):
            cursor.insertText(doc.text[left:right], self.formats.for_marks(active))
        other = "b" if side == "a" else "a"
        for k, wording in self._also.get((side, index), []):
            cursor.insertBlock()
            cursor.insertText(wording, self.formats.link(f"also:{other}:{k}"))

    def _write_note_markers(self, cursor: QTextCursor, row: DisplayRow) -> None:
        """A pencil in the margin for each note on this row's words (hover: the note),
        and ⚠ on a stealth edit."""
        stealth = False
        for side in ("a", "b"):
            sentences = row.a if side == "a" else row.b
            if not sentences:
                continue
            doc = self.doc(side)
            start, end = doc.sentences[sentences[0]].start, doc.sentences[sentences[-1]].end
            for mark in self.marks[side].within(start, end):
                if mark.kind == "stealth" and not stealth and row.op != "equal":
                    stealth = True
                    if not cursor.atBlockStart():
                        cursor.insertBlock()
                    cursor.insertText(STEALTH_MARKER, self.formats.stealth_marker(mark.tooltip))
                if mark.kind == "note":
                    if not cursor.atBlockStart():
                        cursor.insertBlock()
                    href = f"note:{side}:{mark.start}:{mark.end}"
                    cursor.insertText(NOTE_MARKER, self.formats.note_link(href, mark.tooltip))

    def _write_move_link(self, cursor: QTextCursor, index: int, row: DisplayRow) -> None:
        href = f"move:{'b' if row.moved_part == 'from' else 'a'}:{row.rows[0]}"
        cursor.insertText(move_wording(self.rows, index), self.formats.link(href))

    # Offsets ↔ positions

    def display_row_of(self, side: str, offset: int) -> int | None:
        """The display row showing character ``offset`` of one side's document."""
        sentence = bisect_right(self._starts[side], offset) - 1
        return self._row_of[side].get(max(sentence, 0))

    def moved_row(self, comparison_row: int, side: str) -> int | None:
        """The display row of one half of a move."""
        part = "from" if side == "a" else "to"
        for index, row in enumerate(self.rows):
            if comparison_row in row.rows and row.moved_part == part:
                return index
        return None

    def position(self, side: str, offset: int) -> int | None:
        """The QTextDocument position of a document offset (builds rows as needed)."""
        index = self.display_row_of(side, offset)
        if index is None:
            return None
        self.build_through(index)
        cell = self.cells.get((side, index))
        if cell is None:
            return None
        return cell.qt_start + max(0, min(offset - cell.doc_start, cell.length))

    def offset(self, position: int) -> tuple[str, int] | None:
        """The side and document offset shown at a QTextDocument position."""
        for cell in self.cells.values():
            if cell.qt_start <= position <= cell.qt_start + cell.length:
                return cell.side, cell.doc_start + position - cell.qt_start
        return None
