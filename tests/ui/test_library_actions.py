"""The user owns the library: rename, delete with undo, merge, refile, edit details, notes."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt

from storydiff.ui.import_jobs import SAMPLE_STORY


def test_delete_on_a_story_row_asks_then_deletes_and_the_undo_bar_stays(open_window, qtbot):
    window = open_window()
    story = window.library.story(SAMPLE_STORY)
    first = window.library.documents(story.id)[0]
    window.library.add_note(first.id, "keep me", start=0, end=4)
    asked = []
    window.library_actions.confirm = lambda title, text, action: (asked.append(text), True)[1]
    window.library_panel.select_story(story.id)
    window.library_panel.tree.setFocus()
    qtbot.keyClick(window.library_panel.tree, Qt.Key.Key_Delete)
    assert asked and SAMPLE_STORY in asked[0] and "2 documents" in asked[0]
    assert window.library.find_story(SAMPLE_STORY) is None
    bar = window.undo_bar
    assert bar.isVisible() and SAMPLE_STORY in bar.label.text()
    window.say("Something else happened.")  # a later status message does not hide the undo
    assert bar.isVisible()
    qtbot.mouseClick(bar.undo_button, Qt.MouseButton.LeftButton)
    restored = window.library.story(SAMPLE_STORY)
    assert restored.document_count == 2
    assert [n.body for n in window.library.notes(story=restored.id)] == ["keep me"]
    assert not bar.isVisible()
    qtbot.waitUntil(lambda: window.result is not None, timeout=15000)


def test_declining_the_question_deletes_nothing(open_window):
    window = open_window()
    window.library_actions.confirm = lambda *_: False
    window.library_panel.select_story(window.library.story(SAMPLE_STORY).id)
    window.library_actions.delete()
    assert window.library.find_story(SAMPLE_STORY) is not None
    assert not window.undo_bar.isVisible()


def test_a_story_is_renamed(open_window):
    window = open_window()
    window.library_actions.ask_text = lambda *_: ("Russia: second mobilization", True)
    window.library_actions.rename_story()
    assert [s.name for s in window.library.stories()] == ["Russia: second mobilization"]
    assert window.windowTitle().startswith("Russia: second mobilization")


def test_a_misfiled_document_is_moved_to_another_story_and_back(open_window, import_text):
    window = open_window()
    sample = window.library.story(SAMPLE_STORY)
    quake = import_text(window, "Earthquake hits the coast", sample.id)
    assert window.library.story(sample.id).document_count == 3
    window.library_panel.select_documents([quake])
    window.library_actions.ask_story = lambda *_: "Earthquake"
    window.library_actions.move_documents()
    assert window.library.story("Earthquake").document_count == 1
    assert window.library.story(sample.id).document_count == 2
    assert window.undo_bar.isVisible()
    window.library_actions.undo()
    assert window.library.story(sample.id).document_count == 3


def test_two_stories_merge_into_one_and_the_merge_can_be_undone(open_window, qtbot, import_text):
    window = open_window()
    sample = window.library.story(SAMPLE_STORY)
    import_text(window, "Mobilization: the Kremlin reacts", None)
    other = window.library.story("Mobilization: the Kremlin reacts")
    window.library_panel.select_story(other.id)
    window.library_actions.ask_story = lambda *_: SAMPLE_STORY
    window.library_actions.merge_story()
    assert [s.name for s in window.library.stories()] == [SAMPLE_STORY]
    assert window.library.story(sample.id).document_count == 3
    window.library_actions.undo()
    assert window.library.story("Mobilization: the Kremlin reacts").document_count == 1


def test_editing_details_changes_the_label_and_the_order_but_not_the_import_time(
    open_window, qtbot
):
    window = open_window()
    first, _second = window.library.summaries(window.pair[0].story_id)
    window.library_panel.select_documents([first.id])
    late = datetime(2023, 1, 18, 8, 0, tzinfo=UTC)
    window.library_actions.ask_details = lambda document: {"outlet": "ISW", "published": late}
    window.library_actions.edit_details()
    edited = window.library.summary(first.id)
    assert (edited.outlet, edited.published, edited.version) == ("ISW", late, 2)
    assert edited.imported == first.imported
    label = window.library_model.document_index(first.id).data()
    assert label == "v2 · 18 Jan 2023 08:00 · ISW"
    assert late in [d.published for d in window.timeline.versions]  # the timeline follows


def test_a_new_empty_story_is_not_an_empty_library(open_window):
    window = open_window()
    window.actions_.ask_text = lambda *_: ("Earthquake", True)
    window.actions_.new_story()
    window.show_story(window.library.story("Earthquake").id)
    assert window.centre.currentWidget() is not window.empty_state
    assert "has no documents yet" in window.view.message.text()
    assert "Import" in window.view.message.text()


def test_a_story_with_one_version_says_a_second_is_needed(open_window, qtbot, import_text):
    window = open_window()
    import_text(window, "Earthquake hits the coast", None, wait=False)
    qtbot.waitUntil(lambda: "second one" in window.view.message.text(), timeout=15000)
    assert window.view.stack.currentWidget() is window.view.message
    assert "No differences" not in window.differences.summary.text()


def test_notes_can_be_edited_and_deleted_and_the_deletion_undone(open_window, qtbot):
    window = open_window()
    document = window.pair[1]
    window.library.add_note(document.id, "first thought", start=0, end=7)
    window.refresh_notes()
    window.notes.list.setCurrentIndex(window.notes.model.index(0, 0))
    assert window.notes.edit_button.isEnabled()
    window.actions_.ask_note = lambda *_: ("second thought", True)
    qtbot.mouseClick(window.notes.edit_button, Qt.MouseButton.LeftButton)
    assert [n.body for n in window.library.notes(document_id=document.id)] == ["second thought"]
    window.notes.list.setCurrentIndex(window.notes.model.index(0, 0))
    qtbot.mouseClick(window.notes.delete_button, Qt.MouseButton.LeftButton)
    assert window.library.notes(document_id=document.id) == []
    assert window.undo_bar.isVisible()
    qtbot.mouseClick(window.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert [n.body for n in window.library.notes(document_id=document.id)] == ["second thought"]


def test_the_details_dialog_marks_a_document_as_wire_copy_and_the_list_says_so(open_window, qtbot):
    from storydiff.ui.document_details import DocumentDetailsDialog

    window = open_window()
    first, _second = window.library.summaries(window.pair[0].story_id)
    dialog = DocumentDetailsDialog(window, first)
    qtbot.addWidget(dialog)
    assert dialog.kind.currentText() == "Article"
    assert dialog.changes() == {}
    dialog.kind.setCurrentIndex(dialog.kind.findData("wire"))
    assert dialog.changes() == {"kind": "wire"}
    dialog.grab().save("/tmp/details_kind.png")
    window.library_panel.select_documents([first.id])
    window.library_actions.ask_details = lambda document: {"kind": "wire", "outlet": "AP"}
    window.library_actions.edit_details()
    edited = window.library.summary(first.id)
    assert (edited.extra.get("kind"), edited.outlet) == ("wire", "AP")
    tip = window.library_model.document_index(first.id).data(Qt.ItemDataRole.ToolTipRole)
    assert "Wire copy" in tip
    assert DocumentDetailsDialog(window, edited).kind.currentText() == "Wire copy"
