"""Notes in the margin: a marker beside the noted sentence; hover shows it, click opens it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from storydiff.ui.side_by_side import NOTE_MARKER
from storydiff.ui.text_marks import MARK_PROPERTY


def _marker_position(view) -> int:
    document = view.side_text.document()
    found = document.find(NOTE_MARKER)
    assert not found.isNull(), "no note marker in the margin"
    return found.selectionStart()


def test_note_shows_as_a_marker_in_the_margin_that_opens_it(open_window, qtbot):
    window = open_window()
    story = window.pair[1]
    start = window.result.documents[1].text.index("318,000")
    window.library.add_note(
        story.id, "Check against the Kremlin decree", start=start, end=start + 7
    )
    window.refresh_notes()
    view = window.view
    position = _marker_position(view)
    cursor = QTextCursor(view.side_text.document())
    cursor.setPosition(position + 1)
    assert cursor.charFormat().property(MARK_PROPERTY) == "note-marker"
    assert "Check against the Kremlin decree" in cursor.charFormat().toolTip()
    row_of_note = view.builder.display_row_of("b", start)
    assert view.side_text.document().findBlock(position).isValid() and row_of_note is not None
    cursor.setPosition(position)
    view.side_text.setTextCursor(cursor)
    view.side_text.ensureCursorVisible()
    left = view.side_text.cursorRect(cursor).center()
    cursor.setPosition(position + 1)
    right = view.side_text.cursorRect(cursor).center()
    window.side_tabs.setCurrentWidget(window.differences)
    qtbot.mouseClick(view.side_text.viewport(), Qt.MouseButton.LeftButton, pos=(left + right) / 2)
    assert window.side_tabs.currentWidget() is window.notes
    assert "Kremlin decree" in window.notes.list.currentIndex().data()
    assert view.is_visible("b", start)


def test_rows_without_notes_have_no_marker(open_window):
    window = open_window()
    assert window.view.side_text.document().find(NOTE_MARKER).isNull()
