"""The inline (single-column) text of a comparison: the new text with deletions in place,
and ⚠ before a stealth edit (as between the columns of the side-by-side view)."""

from __future__ import annotations

from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextDocument

from storydiff.core.compare import Comparison
from storydiff.ui.display_rows import DisplayRow, display_rows
from storydiff.ui.side_by_side import STEALTH_MARKER
from storydiff.ui.text_marks import Formats, Mark, MarkIndex, diff_marks, segments


def build_inline(
    document: QTextDocument,
    comparison: Comparison,
    formats: Formats,
    extra_marks: dict[str, list[Mark]] | None = None,
) -> None:
    """Write the comparison as one text: deleted words struck through before inserted ones."""
    document.clear()
    cursor = QTextCursor(document)
    extra = extra_marks or {}
    marks = {side: MarkIndex(extra.get(side, [])) for side in ("a", "b")}
    first = True
    for row in display_rows(comparison):
        if row.moved_part == "from" or (row.op == "equal" and not row.b):
            continue  # shown where it went; or a removal hidden as noise
        if row.paragraph_break and not first:
            cursor.insertBlock(_paragraph())
        elif not first:
            cursor.insertText(" ")
        if first:
            cursor.setBlockFormat(_paragraph())
        first = False
        _write_stealth_marker(cursor, comparison, formats, marks, row)
        _write_row(cursor, comparison, formats, marks, row)


def _paragraph() -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setBottomMargin(10)
    fmt.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    return fmt


def _write_stealth_marker(cursor, comparison, formats, marks, row: DisplayRow) -> None:
    if row.op == "equal":
        return
    for side, doc, sentences in (("a", comparison.a, row.a), ("b", comparison.b, row.b)):
        if not sentences:
            continue
        start, end = doc.sentences[sentences[0]].start, doc.sentences[sentences[-1]].end
        stealth = [m for m in marks[side].within(start, end) if m.kind == "stealth"]
        if stealth:
            cursor.insertText(STEALTH_MARKER, formats.stealth_marker(stealth[0].tooltip))
            cursor.insertText(" ", formats.for_marks(()))
            return


def _write_row(cursor, comparison, formats, marks, row: DisplayRow) -> None:
    if row.op in ("equal", "boilerplate", "moved", "inserted") or not row.a:
        side, sentences = ("b", row.b) if row.b else ("a", row.a)
        _write_side(cursor, comparison, formats, marks, row, side, sentences)
        return
    if row.op == "deleted" or not row.b:
        _write_side(cursor, comparison, formats, marks, row, "a", row.a)
        return
    for span in comparison.rows[row.rows[0]].diff:
        if span.op < 0:
            mark = Mark("deleted", span.a_start, span.a_end, "Deleted")
            _write_stretch(
                cursor, comparison.a.text, formats, marks["a"], span.a_start, span.a_end, [mark]
            )
        elif span.op > 0:
            mark = Mark("inserted", span.b_start, span.b_end, "Inserted")
            _write_stretch(
                cursor, comparison.b.text, formats, marks["b"], span.b_start, span.b_end, [mark]
            )
        else:
            _write_stretch(
                cursor, comparison.b.text, formats, marks["b"], span.b_start, span.b_end, []
            )


def _write_side(cursor, comparison, formats, marks, row: DisplayRow, side: str, sentences) -> None:
    doc = comparison.a if side == "a" else comparison.b
    start, end = doc.sentences[sentences[0]].start, doc.sentences[sentences[-1]].end
    extra: list[Mark] = []
    if row.op == "boilerplate":
        extra.append(Mark("boilerplate", start, end, "Boilerplate (not compared)"))
    elif row.op == "deleted":
        extra.append(Mark("deleted", start, end, "Deleted"))
    elif row.op == "inserted":
        extra.append(Mark("inserted", start, end, "Inserted"))
    elif row.op == "moved":
        extra.extend(diff_marks(comparison.rows[row.rows[0]], side, moved=True))
    _write_stretch(cursor, doc.text, formats, marks[side], start, end, extra)


def _write_stretch(cursor, text: str, formats, index: MarkIndex, start, end, extra) -> None:
    marks = index.within(start, end) + list(extra)
    for left, right, active in segments(start, end, marks):
        cursor.insertText(text[left:right].replace("\n", " "), formats.for_marks(active))
