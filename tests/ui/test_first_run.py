"""First run: the sample is offered (not inserted), looks real, and labels are readable."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import Qt

from storydiff.library.records import DocumentRecord
from storydiff.library.store import Library
from storydiff.ui.library_model import document_label


def test_empty_library_offers_the_sample_without_adding_it(open_window, tmp_path):
    window = open_window(tmp_path / "fresh.sqlite", wait=False, sample=False)
    assert window.centre.currentWidget() is window.empty_state
    assert window.empty_state.sample_button.isVisible()
    assert window.library.stories() == []


def test_one_click_on_the_sample_shows_a_real_comparison(open_window, qtbot, tmp_path):
    window = open_window(tmp_path / "fresh.sqlite", wait=False, sample=False)
    qtbot.mouseClick(window.empty_state.sample_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.result is not None, timeout=15000)
    assert window.centre.currentWidget() is not window.empty_state
    first, second = window.pair
    assert (first.outlet, first.published.date()) == ("Newsweek", datetime(2023, 1, 17).date())
    assert second.outlet == "Test revision" and "test revision" in second.title
    assert second.published > first.published
    assert "318,000" in window.view.marked_text("b", "inserted")


def test_document_label_is_short_and_dated():
    record = DocumentRecord(
        1,
        1,
        1,
        "A long headline",
        "Newsweek",
        "",
        "https://example.org/a",
        datetime(2023, 1, 17, 10, 0),
        None,
        datetime(2026, 11, 25, 12, 0),
        "text",
        "",
        "",
        text="",
    )
    assert document_label(record) == "v1 · 17 Jan 2023 10:00 · Newsweek"
    undated = replace(record, published=None)
    assert document_label(undated) == "v1 · imported 25 Nov 2026 12:00 · Newsweek"


def test_library_labels_and_document_choosers_are_not_cut(open_window):
    window = open_window()
    tree, model = window.library_panel.tree, window.library_model
    story = model.index(0, 0)
    metrics = tree.fontMetrics()
    for row in range(model.rowCount(story)):
        index = model.index(row, 0, story)
        needed = metrics.horizontalAdvance(index.data())
        assert tree.visualRect(index).left() + needed < tree.viewport().width()
        assert model.document_at(index).title in index.data(Qt.ItemDataRole.ToolTipRole)
    for combo in (window.pair_bar.old, window.pair_bar.new):
        text_width = combo.fontMetrics().horizontalAdvance(combo.currentText())
        assert combo.width() > text_width + 20  # room for the arrow too


def test_sample_story_reopens_without_the_empty_state(open_window, tmp_path):
    window = open_window()
    path = window.library.path
    window.close()
    with Library.open(path) as library:
        assert len(library.documents(library.stories()[0].id)) == 2
    again = open_window(path)
    assert again.centre.currentWidget() is not again.empty_state
