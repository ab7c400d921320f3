"""Drive the real main window: first launch, import, compare, navigate, notes, cancel."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from storydiff.core.progress import Cancelled
from storydiff.library.store import Library
from storydiff.ui.import_jobs import SAMPLE_STORY
from storydiff.ui.mainwindow import MainWindow


def test_first_launch_on_an_empty_library_shows_the_sample_comparison(open_window):
    window = open_window()
    assert SAMPLE_STORY in window.windowTitle()
    assert "300,000" in window.view.marked_text("a", "deleted")
    assert "318,000" in window.view.marked_text("b", "inserted")
    assert window.settings.last_library == window.library.path


def test_imported_file_compared_with_the_base_highlights_changed_words(
    open_window, qtbot, tmp_path, sample_text
):
    window = open_window()
    third = tmp_path / "third.txt"
    third.write_text(
        sample_text.replace("second military draft", "third military draft"), encoding="utf-8"
    )
    story_id = window.pair[0].story_id
    window.result = None
    window.actions_.ask_target = lambda *_: (story_id, True)
    window.actions_.import_files([third])
    qtbot.waitUntil(
        lambda: window.result is not None and window.pair[1].version == 3, timeout=15000
    )
    base, third_record = window.library.documents(window.pair[0].story_id)[0::2]
    window.library_panel.select_documents([base.id, third_record.id])
    qtbot.waitUntil(
        lambda: (
            window.pair[0].id == base.id
            and window.result is not None
            and window.result.documents[1].text == third_record.text
        ),
        timeout=15000,
    )
    qtbot.waitUntil(lambda: "third" in window.view.marked_text("b", "inserted"), timeout=5000)
    assert "second" in window.view.marked_text("a", "deleted")
    labels = _difference_labels(window)
    assert any(label.startswith("Changed:") and "second" not in label for label in labels)


def _difference_labels(window) -> list[str]:
    model = window.differences.model
    labels = []
    for row in range(model.rowCount()):
        group = model.index(row, 0)
        labels += [model.index(n, 0, group).data() for n in range(model.rowCount(group))]
    return labels


def test_clicking_a_difference_scrolls_both_sides_to_it(open_window, qtbot):
    window = open_window()
    window.view.finish_building()
    tree = window.differences.tree
    model = window.differences.model
    changed = next(i for i in model.in_reading_order() if i.data().startswith("Changed"))
    ranges = window.differences.model.item_at(changed).ranges
    window.view.side_text.verticalScrollBar().setValue(
        window.view.side_text.verticalScrollBar().maximum()
    )
    assert not any(window.view.is_visible(side, start) for side, start, _end in ranges)
    tree.scrollTo(changed)
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(changed).center()
    )
    assert all(window.view.is_visible(side, start) for side, start, _end in ranges)
    assert {side for side, *_ in ranges} == {"a", "b"}
    assert window.view.side_text.extraSelections()  # flashed


def test_f7_steps_through_differences_in_reading_order(open_window, qtbot):
    window = open_window()
    window.view.setFocus()
    seen = []
    for _ in range(4):
        qtbot.keyClick(window, Qt.Key.Key_F7)
        seen.append(window.differences.tree.currentIndex().data())
    assert len(set(seen)) == 4
    qtbot.keyClick(window, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert window.differences.tree.currentIndex().data() == seen[2]


def test_note_on_selected_words_is_found_after_reopening_the_library(open_window, qtbot, tmp_path):
    window = open_window()
    new_text = window.result.documents[1].text
    start = new_text.index("318,000")
    view = window.view
    cursor = QTextCursor(view.side_text.document())
    cursor.setPosition(view.builder.position("b", start))
    cursor.setPosition(view.builder.position("b", start + 7), QTextCursor.MoveMode.KeepAnchor)
    view.side_text.setTextCursor(cursor)
    window.actions_.ask_note = lambda *_: ("Check against the Kremlin decree", True)
    window.actions_.add_note()
    assert "note" in ",".join(_marks_at(view, "b", start))
    path = window.library.path
    window.close()
    with Library.open(path) as library:
        notes = library.notes(story=SAMPLE_STORY)
    assert [(n.body, n.start, n.end) for n in notes] == [
        ("Check against the Kremlin decree", start, start + 7)
    ]
    reopened = open_window(path)
    assert "Check against the Kremlin decree" in reopened.notes.model.index(0, 0).data()


def _marks_at(view, side, offset) -> list[str]:
    from storydiff.ui.text_marks import MARK_PROPERTY

    cursor = QTextCursor(view.side_text.document())
    cursor.setPosition(view.builder.position(side, offset) + 1)
    return [str(cursor.charFormat().property(MARK_PROPERTY))]


def test_cancelling_a_slow_import_leaves_the_library_unchanged(open_window, qtbot, tmp_path):
    window = open_window()
    before = len(window.library.documents(window.pair[0].story_id))
    started = threading.Event()

    def slow_loader(path, progress, cancelled):
        started.set()
        for step in range(500):
            if cancelled():
                raise Cancelled()
            progress(step, 500)
            threading.Event().wait(0.01)
        raise AssertionError("the import was not cancelled")

    window.actions_.ask_target = lambda *_: (window.pair[0].story_id, True)
    window.actions_.import_files([tmp_path / "slow.txt"], loader=slow_loader)
    assert started.wait(5)
    assert window.cancel_button.isVisible()
    with qtbot.waitSignal(
        window.runner.busy_changed, check_params_cb=lambda busy: not busy, timeout=5000
    ):
        qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    window.runner.wait()
    assert len(window.library.documents(window.pair[0].story_id)) == before
    assert window.last_error == ""


def test_an_unreadable_file_gives_a_readable_message_not_a_traceback(open_window, qtbot, tmp_path):
    window = open_window()
    strange = tmp_path / "notes.xyz"
    strange.write_text("hello")
    window.actions_.ask_target = lambda *_: (None, True)
    window.actions_.import_files([strange])
    qtbot.waitUntil(lambda: window.last_error != "", timeout=5000)
    assert "cannot import this kind of file" in window.last_error
    assert "Traceback" not in window.last_error


def test_delete_then_undo_restores_the_document(open_window, qtbot):
    window = open_window()
    story_id = window.pair[0].story_id
    first = window.library.documents(story_id)[0]
    window.library_panel.select_documents([first.id])
    window.library_actions.delete_documents()
    assert [d.id for d in window.library.documents(story_id)] != [first.id]
    assert len(window.library.documents(story_id)) == 1
    window.library_actions.undo()
    assert first.id in [d.id for d in window.library.documents(story_id)]


def test_deleting_a_compared_document_leaves_no_comparison_of_it_on_screen(open_window, qtbot):
    window = open_window()
    old, new = window.pair
    window.library_panel.select_documents([new.id])
    window.library_actions.delete_documents()
    assert window.pair is None and window.result is None
    assert "a comparison needs a second one" in window.view.message.text()
    assert window.pair_bar.old.currentData() == old.id


def test_library_search_filters_to_matching_documents(open_window, qtbot):
    window = open_window()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.library_panel.search.hasFocus()
    qtbot.keyClicks(window.library_panel.search, "Wagner")
    qtbot.waitUntil(lambda: window.library_model.matches is not None, timeout=15000)
    story = window.library_model.index(0, 0)
    assert window.library_model.rowCount(story) == 1
    assert window.library_model.index(0, 0, story).data().startswith("v2")


def test_inline_view_shows_deletions_and_insertions_in_one_column(open_window, qtbot):
    window = open_window()
    qtbot.mouseClick(window.pair_bar.inline_button, Qt.MouseButton.LeftButton)
    text = window.view.inline_text.toPlainText()
    assert window.view.stack.currentWidget() is window.view.inline_text
    assert "300,000" in text and "318,000" in text
    assert text.count("Russian forces have suffered a series of setbacks") == 1


def test_window_remembers_the_last_story(open_window, settings, tmp_path):
    window = open_window()
    path = window.library.path
    window.close()
    assert settings.last_story(path) == SAMPLE_STORY


def test_first_run_on_the_default_library_starts_with_the_sample_story(
    qtbot, settings, tmp_path, monkeypatch
):
    default = tmp_path / "data" / "library.sqlite"
    default.parent.mkdir()
    monkeypatch.setattr("storydiff.ui.mainwindow.default_library_path", lambda: default)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.result is not None, timeout=15000)
    assert window.library.path == default
    assert [s.name for s in window.library.stories()] == [SAMPLE_STORY]
    window.runner.cancel_all()
    window.runner.wait()


def test_an_empty_library_that_is_not_new_only_offers_the_sample(qtbot, settings, tmp_path):
    path = tmp_path / "empty.sqlite"
    Library.open(path).close()
    window = MainWindow(settings, path)
    qtbot.addWidget(window)
    window.show()
    assert window.centre.currentWidget() is window.empty_state
    assert window.library.stories() == []
    assert window.windowTitle() == "empty.sqlite — StoryDiff"


def test_opening_a_file_that_is_not_a_library_keeps_the_current_one_usable(
    open_window, qtbot, tmp_path
):
    window = open_window()
    story_id = window.pair[0].story_id
    not_a_library = tmp_path / "notes.db"
    not_a_library.write_text("shopping list, not SQLite")
    window.actions_._guard(lambda: window.open_library(not_a_library))
    assert "not a StoryDiff library" in window.last_error
    assert len(window.library.documents(story_id)) == 2
    assert window.library.path == tmp_path / "library.sqlite"


def test_the_sample_paragraph_that_moved_up_is_shown_as_moved_up(open_window):
    """old 19 → new 4, as the command line says: the links must not say "down" for it."""
    window = open_window()
    window.view.finish_building()
    text = window.view.side_text.toPlainText()
    assert "⇡ moved further up — go there" in text
    assert "⇣ moved here from further down — go there" in text
    assert "moved further down" not in text and "from further up" not in text


def test_adding_a_note_keeps_the_reader_where_they_were(open_window, qtbot):
    window = open_window()
    view = window.view
    view.finish_building()
    text = window.result.documents[1].text
    start = text.rindex("Wagner")
    assert view.scroll_to([("b", start, start + 6)], flash=False)
    bar = view.side_text.verticalScrollBar()
    before = bar.value()
    assert before > 500
    cursor = view.side_text.textCursor()
    cursor.setPosition(view.builder.position("b", start))
    cursor.setPosition(view.builder.position("b", start + 6), QTextCursor.MoveMode.KeepAnchor)
    view.side_text.setTextCursor(cursor)
    window.actions_.ask_note = lambda *_: ("Who is Wagner?", True)
    window.actions_.add_note()
    assert window.library.notes(document_id=window.pair[1].id)
    assert bar.value() == before
    assert view.is_visible("b", start)


def test_showing_a_difference_from_the_inline_view_switches_the_buttons_too(open_window, qtbot):
    window = open_window()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.pair_bar.inline_button.isChecked()
    window.differences.step(True)
    assert window.view.mode == window.view.SIDE
    assert window.pair_bar.side_button.isChecked()
