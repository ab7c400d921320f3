"""Article text never acts as markup: titles, notes, source names and messages show literally."""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QMessageBox

from storydiff.core.tagging import Source, Tags
from storydiff.ui import theme
from storydiff.ui.differences_model import DifferenceItem, DifferencesModel
from storydiff.ui.import_dialogs import WaybackDialog
from storydiff.ui.plain import plain_tooltip
from storydiff.ui.side_by_side import NOTE_MARKER
from storydiff.ui.text_marks import Formats, tag_marks

MARKUP = '<img src="file:///etc/hostname"><b>X</b>'
TOOLTIP = Qt.ItemDataRole.ToolTipRole


def shown(tooltip: str) -> str:
    """What a tooltip shows on screen: Qt renders it as HTML when it might be rich text."""
    if not QtGui.Qt.mightBeRichText(tooltip):
        return tooltip
    document = QTextDocument()
    document.setHtml(tooltip)
    return document.toPlainText()


def assert_literal(tooltip: str, *texts: str) -> None:
    assert "<img" not in tooltip and "<b>" not in tooltip
    for text in texts:
        assert text in shown(tooltip)


def test_plain_tooltip_escapes_markup_and_keeps_line_breaks():
    tip = plain_tooltip(f"{MARKUP}\nTom & Jerry")
    assert shown(tip) == f"{MARKUP}\nTom & Jerry"
    assert plain_tooltip("") == ""


def test_library_list_and_pair_bar_show_a_marked_up_title_literally(open_window):
    window = open_window()
    document = window.pair[1]
    window.library.update_document(
        document.id, title=MARKUP, author="<i>Jane</i>", url="https://x.example/<script>"
    )
    window.library_model.reload()
    tip = window.library_model.document_index(document.id).data(TOOLTIP)
    assert_literal(tip, MARKUP, "by <i>Jane</i>", "https://x.example/<script>")
    window.library_model.set_matches({document.id: "snippet <u>here</u>"})
    tip = window.library_model.document_index(document.id).data(TOOLTIP)
    assert_literal(tip, MARKUP, "…snippet <u>here</u>…")
    window.library_model.set_matches(None)
    window.compare_ids(window.pair[0].id, document.id)
    combo = window.pair_bar.new
    assert_literal(combo.itemData(combo.currentIndex(), TOOLTIP), MARKUP)


def test_note_body_with_markup_shows_literally_in_the_text_and_the_notes_list(open_window):
    window = open_window()
    start = window.result.documents[1].text.index("318,000")
    body = f"Check {MARKUP} against the decree"
    window.library.add_note(window.pair[1].id, body, start=start, end=start + 7)
    window.refresh_notes()
    found = window.view.side_text.document().find(NOTE_MARKER)
    cursor = QTextCursor(window.view.side_text.document())
    cursor.setPosition(found.selectionStart() + 1)
    assert_literal(cursor.charFormat().toolTip(), body)
    assert_literal(window.notes.model.index(0, 0).data(TOOLTIP), body)


def test_source_name_with_markup_shows_literally_in_the_tooltip(qapp):
    tags = Tags(sources=(Source(0, 10, "X said", "said", MARKUP),))
    formats = Formats(theme.colours(qapp.palette()))
    tip = formats.for_marks(tuple(tag_marks(tags))).toolTip()
    assert_literal(tip, f"Source: {MARKUP}")


def test_difference_label_with_markup_shows_literally(qtmodeltester):
    model = DifferencesModel()
    model.set_items([DifferenceItem("Figures", "figure_changed", MARKUP, (("b", 0, 3),))])
    qtmodeltester.check(model)
    assert_literal(model.index(0, 0, model.index(0, 0)).data(TOOLTIP), MARKUP)


def test_status_bar_and_error_box_show_search_words_and_errors_as_typed(open_window, qtbot):
    window = open_window()
    window.search_library(MARKUP)
    qtbot.waitUntil(lambda: MARKUP in window.status_label.text(), timeout=15000)
    assert window.status_label.textFormat() == Qt.TextFormat.PlainText
    window.show_error(f"Cannot read {MARKUP}")
    boxes = window.findChildren(QMessageBox)
    assert boxes and all(box.textFormat() == Qt.TextFormat.PlainText for box in boxes)
    assert MARKUP in boxes[-1].text()
    assert window.view.message.textFormat() == Qt.TextFormat.PlainText


def test_import_dialog_status_shows_an_error_as_typed(open_window, qtbot):
    window = open_window()
    dialog = WaybackDialog(window, None)
    qtbot.addWidget(dialog)
    dialog._failed(f"No captures of {MARKUP}")
    assert dialog.status.textFormat() == Qt.TextFormat.PlainText
    assert dialog.status.text() == f"No captures of {MARKUP}"
