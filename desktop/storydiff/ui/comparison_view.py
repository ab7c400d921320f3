"""The centre of the window: two documents side by side (or inline), word changes highlighted."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QLabel,
    QStackedWidget,
    QTextBrowser,
    QTextEdit,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from storydiff.core.compare import Comparison
from storydiff.ui import theme
from storydiff.ui.inline_view import build_inline
from storydiff.ui.plain import plain
from storydiff.ui.side_by_side import CHUNK, FIRST_CHUNK, SideBySideBuilder
from storydiff.ui.text_marks import MARK_PROPERTY, Formats, Mark

FLASH_MS = 1200


class ArticleText(QTextBrowser):
    """Read-only article text with proportional font, tooltips from char formats and links."""

    figure_clicked = Signal(int)  # QTextDocument position of a clicked figure

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setReadOnly(True)
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.5) * 1.12)
        self.document().setDefaultFont(font)
        self.document().setDocumentMargin(12)
        self.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.viewport() and event.type() == QEvent.Type.ToolTip:
            fmt = self.cursorForPosition(event.pos()).charFormat()
            if fmt.toolTip():
                QToolTip.showText(event.globalPos(), fmt.toolTip(), self)
            else:
                QToolTip.hideText()
            return True
        return super().eventFilter(watched, event)

    def mouseReleaseEvent(self, event) -> None:
        point = event.position().toPoint()
        figure = None if self.anchorAt(point) else self._figure_at(point)  # before links scroll
        super().mouseReleaseEvent(event)
        left = event.button() == Qt.MouseButton.LeftButton
        if left and figure is not None and not self.textCursor().hasSelection():
            self.figure_clicked.emit(figure)

    def _figure_at(self, point) -> int | None:
        """The text position of a figure under ``point``, if one is there."""
        cursor = self.cursorForPosition(point)
        after = QTextCursor(cursor)
        after.movePosition(QTextCursor.MoveOperation.NextCharacter)
        for probe, position in ((after, cursor.position()), (cursor, cursor.position() - 1)):
            marks = str(probe.charFormat().property(MARK_PROPERTY) or "").split(",")
            if "figure" in marks:
                return position
        return None


class ComparisonView(QWidget):
    """Shows one comparison; builds the side-by-side rows lazily, the inline text on demand."""

    SIDE, INLINE = 0, 1
    selection_changed = Signal()
    figure_clicked = Signal(str, int)  # side, offset in that side's document
    note_clicked = Signal(str, int, int)  # side, start, end of the note's words
    mode_forced = Signal(int)  # showing a place switched to side by side: the buttons follow

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side_text = ArticleText()
        self.inline_text = ArticleText()
        self.message = plain(QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True))
        self.message.setObjectName("comparisonMessage")
        self.stack = QStackedWidget()
        for widget in (self.side_text, self.inline_text, self.message):
            self.stack.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.builder: SideBySideBuilder | None = None
        self.comparison: Comparison | None = None
        self.marks: dict[str, list[Mark]] = {}
        self.names: tuple[str, str] = ("", "")  # the outlets compared, when they are
        self.mode = self.SIDE
        self._inline_built = False
        self._chunk_timer = QTimer(self, singleShot=True, interval=0)
        self._chunk_timer.timeout.connect(self._build_more)
        self._flash_timer = QTimer(self, singleShot=True, interval=FLASH_MS)
        self._flash_timer.timeout.connect(self._clear_flash)
        self.side_text.anchorClicked.connect(self._follow_link)
        self.side_text.selectionChanged.connect(self.selection_changed)
        self.side_text.figure_clicked.connect(self._figure_at)
        self.show_message("Choose a story in the library to compare its versions.")

    # Content

    def show_message(self, text: str) -> None:
        self._chunk_timer.stop()
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def show_comparison(
        self,
        comparison: Comparison,
        marks: dict[str, list[Mark]] | None = None,
        keep_position: bool = False,
        names: tuple[str, str] | None = None,
    ) -> None:
        """Show a comparison: the first screen now, the rest of the rows from the event loop.

        ``keep_position``: the same comparison redrawn (a note added or changed) stays where
        the reader was, in both views. ``names``: the two outlets, for links that name them
        (kept when redrawn).
        """
        if names is not None:
            self.names = names
        if keep_position and self.comparison is not None:
            positions = [t.verticalScrollBar().value() for t in (self.side_text, self.inline_text)]
            self._show(comparison, marks)
            self.finish_building()
            if self.mode == self.INLINE:
                self.set_mode(self.INLINE)
            for text, value in zip((self.side_text, self.inline_text), positions, strict=True):
                text.verticalScrollBar().setValue(value)
            return
        self._show(comparison, marks)

    def _show(self, comparison: Comparison, marks: dict[str, list[Mark]] | None) -> None:
        self.comparison = comparison
        self.marks = marks or {}
        self.formats = Formats(theme.colours(self.palette()))
        self.builder = SideBySideBuilder(
            self.side_text.document(), comparison, self.formats, self.marks, self.names
        )
        self.builder.build_next(FIRST_CHUNK)
        self._inline_built = False
        self.set_mode(self.mode)
        self.side_text.verticalScrollBar().setValue(0)
        self._chunk_timer.start()

    def refresh(self) -> None:
        """Rebuild with the current palette and marks (after a theme change or a new note)."""
        if self.comparison is not None:
            self.show_comparison(self.comparison, self.marks, keep_position=True)

    def changeEvent(self, event: QEvent) -> None:
        """A new palette (View › Theme, or the desktop turned dark): recolour the text."""
        super().changeEvent(event)
        changed = event.type() == QEvent.Type.PaletteChange and self.comparison is not None
        if changed and theme.colours(self.palette()).dark != self.formats.colours.dark:
            self.refresh()

    def _build_more(self) -> None:
        if self.builder and not self.builder.done:
            self.builder.build_next(CHUNK)
            self._chunk_timer.start()

    def finish_building(self) -> None:
        """Build every remaining row now (for tests, printing and screenshots)."""
        while self.builder and not self.builder.done:
            self.builder.build_next(CHUNK)

    def set_mode(self, mode: int) -> None:
        """Side by side (``SIDE``) or one column (``INLINE``)."""
        self.mode = mode
        if self.comparison is None:
            return
        if mode == self.INLINE and not self._inline_built:
            build_inline(self.inline_text.document(), self.comparison, self.formats, self.marks)
            self._inline_built = True
        self.stack.setCurrentWidget(self.inline_text if mode == self.INLINE else self.side_text)

    def current_text(self) -> ArticleText:
        return self.inline_text if self.mode == self.INLINE else self.side_text

    # Navigation

    def scroll_to(self, ranges: list[tuple[str, int, int]], flash: bool = True) -> bool:
        """Scroll the side-by-side text to document ranges ``(side, start, end)`` and flash them."""
        if self.builder is None:
            return False
        if self.mode != self.SIDE:
            self.set_mode(self.SIDE)
            self.mode_forced.emit(self.SIDE)
        cursors = [c for c in (self._cursor(*r) for r in ranges) if c is not None]
        if not cursors:
            return False
        self._centre_on(cursors)
        if flash:
            self._flash(cursors)
        return True

    def show_hit(self, side: str, start: int, end: int) -> bool:
        """Scroll to a search hit and leave it selected (highlighted until the reader moves)."""
        if not self.scroll_to([(side, start, end)]):
            return False
        cursor = self._cursor(side, start, end)
        if cursor is not None:
            bar = self.side_text.verticalScrollBar()
            value = bar.value()
            self.side_text.setTextCursor(cursor)
            bar.setValue(value)
        return True

    def _cursor(self, side: str, start: int, end: int) -> QTextCursor | None:
        assert self.builder is not None
        first = self.builder.position(side, start)
        last = self.builder.position(side, max(start, end))
        if first is None or last is None:
            return None
        cursor = QTextCursor(self.side_text.document())
        cursor.setPosition(first)
        cursor.setPosition(max(first, last), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _centre_on(self, cursors: list[QTextCursor]) -> None:
        bar = self.side_text.verticalScrollBar()
        tops = []
        for cursor in cursors:
            start = QTextCursor(cursor)
            start.setPosition(cursor.selectionStart())
            tops.append(self.side_text.cursorRect(start).top() + bar.value())
        target = (
            min(tops)
            if max(tops) - min(tops) > self.side_text.viewport().height() * 0.6
            else sum(tops) / len(tops)
        )
        bar.setValue(int(target - self.side_text.viewport().height() / 3))

    def _flash(self, cursors: list[QTextCursor]) -> None:
        fmt = QTextCharFormat()
        fmt.setBackground(theme.colours(self.palette()).flash)
        selections = []
        for cursor in cursors:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
        self.side_text.setExtraSelections(selections)
        self._flash_timer.start()

    def _clear_flash(self) -> None:
        self.side_text.setExtraSelections([])

    def is_visible(self, side: str, offset: int) -> bool:
        """Whether a document offset is on screen in the side-by-side text."""
        if self.builder is None:
            return False
        position = self.builder.position(side, offset)
        if position is None:
            return False
        cursor = QTextCursor(self.side_text.document())
        cursor.setPosition(position)
        rect = self.side_text.cursorRect(cursor)
        return self.side_text.viewport().rect().intersects(rect)

    def _figure_at(self, position: int) -> None:
        found = self.builder.offset(position) if self.builder else None
        if found is not None:
            self.figure_clicked.emit(*found)

    def _follow_link(self, url: QUrl) -> None:
        """``move:SIDE:ROW`` jumps to the other half of a moved sentence, ``also:SIDE:K`` to
        the other sentence of an ``also`` pair; ``note:…`` opens the note."""
        parts = url.toString().split(":")
        if len(parts) == 4 and parts[0] == "note":
            self.note_clicked.emit(parts[1], int(parts[2]), int(parts[3]))
            return
        if len(parts) != 3 or parts[0] not in ("move", "also") or self.comparison is None:
            return
        side, row = parts[1], int(parts[2])
        rows = self.comparison.rows if parts[0] == "move" else self.comparison.also
        aligned = rows[row]
        doc = self.comparison.a if side == "a" else self.comparison.b
        sentences = aligned.a if side == "a" else aligned.b
        start, end = doc.sentences[sentences[0]].start, doc.sentences[sentences[-1]].end
        self.scroll_to([(side, start, end)])

    # Selection (for notes)

    def selected_range(self) -> tuple[str, int, int] | None:
        """The selected words as ``(side, start, end)`` in one document, if any."""
        cursor = self.side_text.textCursor()
        if self.builder is None or not cursor.hasSelection():
            return None
        first = self.builder.offset(cursor.selectionStart())
        last = self.builder.offset(cursor.selectionEnd())
        if first is None or last is None or first[0] != last[0]:
            return None
        return first[0], first[1], last[1]

    def marked_text(self, side: str, kind: str) -> list[str]:
        """Texts of one side carrying a mark kind (``deleted``, ``inserted``, ``figure``…)."""
        assert self.builder is not None
        self.finish_building()
        found = []
        for cell in self.builder.cells.values():
            if cell.side != side:
                continue
            found.extend(_marked_in(self.side_text.document(), cell.qt_start, cell.length, kind))
        return found


def _marked_in(document: QTextDocument, start: int, length: int, kind: str) -> list[str]:
    found = []
    block = document.findBlock(start)
    while block.isValid() and block.position() <= start + length:
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            inside = start <= fragment.position() < start + length
            marks = str(fragment.charFormat().property(MARK_PROPERTY) or "").split(",")
            if inside and kind in marks:
                found.append(fragment.text())
            iterator += 1
        block = block.next()
    return found
