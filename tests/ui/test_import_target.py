"""Every import asks which story; a paywall doubt asks before importing anyway."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from storydiff.ui.import_jobs import SAMPLE_STORY
from storydiff.ui.import_target import ImportTargetDialog

NEWSLETTER_PAGE = """<html><head><title>Library opens on Sundays</title></head><body><article>
<h1>Library opens on Sundays</h1>
<p>The town library will open on Sundays from March, the council said on Tuesday.</p>
<aside>Get our newsletter. Already a subscriber? Log in.</aside></article></body></html>"""

QUAKE = "Earthquake hits the coast\n\nA magnitude 6.1 earthquake struck the coast on Monday."


def test_the_dialog_defaults_to_a_new_story_and_offers_the_existing_ones(open_window, qtbot):
    window = open_window()
    stories = window.library.stories()
    dialog = ImportTargetDialog(window, "“quake.txt”", stories, stories[0].id)
    qtbot.addWidget(dialog)
    assert dialog.new.isChecked() and dialog.target() is None
    dialog.name.setText("Quake coverage")
    assert dialog.target() == "Quake coverage"
    dialog.existing.setChecked(True)
    assert dialog.stories.isEnabled() and not dialog.name.isEnabled()
    assert dialog.target() == stories[0].id


def test_an_import_with_the_default_answer_makes_a_new_story_named_from_its_title(
    open_window, qtbot, tmp_path
):
    window = open_window()
    sample = window.library.story(SAMPLE_STORY)
    quake = tmp_path / "quake.txt"
    quake.write_text(QUAKE, encoding="utf-8")
    asked = []
    window.actions_.ask_target = lambda what, *_: (asked.append(what), (None, True))[1]
    window.actions_.import_files([quake])
    qtbot.waitUntil(lambda: len(window.library.stories()) == 2, timeout=15000)
    assert asked == ["“quake.txt”"]
    assert window.library.story(SAMPLE_STORY).document_count == sample.document_count
    new = next(s for s in window.library.stories() if s.id != sample.id)
    assert new.name == "Earthquake hits the coast" and new.document_count == 1


def test_cancelling_the_story_question_imports_nothing(open_window, tmp_path):
    window = open_window()
    quake = tmp_path / "quake.txt"
    quake.write_text(QUAKE, encoding="utf-8")
    window.actions_.ask_target = lambda *_: (None, False)
    window.actions_.import_files([quake])
    assert not window.runner.is_busy("import")
    assert [s.name for s in window.library.stories()] == [SAMPLE_STORY]


def test_a_page_that_looks_paywalled_is_imported_after_import_anyway(open_window, site, qtbot):
    window = open_window()
    url = site.serve("/sundays", NEWSLETTER_PAGE)
    window.actions_.ask_text = lambda *_: (url, True)
    window.actions_.ask_target = lambda *_: (None, True)
    doubts = []
    window.actions_.ask_paywall = lambda message: (doubts.append(message), False)[1]
    window.actions_.import_url()
    qtbot.waitUntil(lambda: "paywall" in window.status_label.text(), timeout=15000)
    assert len(window.library.stories()) == 1 and "import it anyway" in doubts[0]
    window.actions_.ask_paywall = lambda message: True
    window.actions_.import_url()
    qtbot.waitUntil(lambda: len(window.library.stories()) == 2, timeout=15000)
    assert window.library.find_story("Library opens on Sundays").document_count == 1
    assert window.last_error == ""


def test_an_address_typed_without_a_scheme_is_fetched_over_https(open_window, qtbot):
    window = open_window()
    window.actions_.ask_text = lambda *_: ("www.example.invalid/story", True)
    asked = []
    window.actions_.ask_target = lambda what, *_: (asked.append(what), (None, False))[1]
    window.actions_.import_url()
    assert asked == ["the article at https://www.example.invalid/story"]


def _shown_question(window, qtbot) -> ImportTargetDialog:
    dialog = ImportTargetDialog(window, "these files", window.library.stories())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_story_question_is_a_real_dialog_with_import_and_cancel(open_window, qtbot):
    dialog = _shown_question(open_window(), qtbot)
    on_label = QPoint(12, dialog.existing.height() // 2)
    qtbot.mouseClick(dialog.existing, Qt.MouseButton.LeftButton, pos=on_label)
    assert dialog.existing.isChecked()
    assert dialog.stories.currentText().startswith(SAMPLE_STORY)


def test_a_new_story_is_named_from_the_headline_past_page_furniture(tmp_path):
    from storydiff.importers import load_path
    from storydiff.library.store import Library
    from storydiff.ui.import_jobs import new_story_name

    headed = tmp_path / "quake.txt"
    headed.write_text(f"🎙️ Voice is AI-generated. Inconsistencies may occur.\n{QUAKE}", "utf-8")
    plain = tmp_path / "putin-v1.txt"
    plain.write_text("Russian President Vladimir Putin may be preparing " * 4, "utf-8")
    with Library.open(tmp_path / "l.sqlite") as library:
        assert new_story_name(library, load_path(headed)) == "Earthquake hits the coast"
        assert new_story_name(library, load_path(plain)) == "putin-v1"  # no headline: the file
        library.add_story("putin-v1")
        assert new_story_name(library, load_path(plain)) == "putin-v1 (2)"


def test_typing_in_the_story_question_names_the_new_story(open_window, qtbot):
    dialog = _shown_question(open_window(), qtbot)
    qtbot.keyClicks(dialog.focusWidget(), "Russia second draft: coverage")
    assert dialog.target() == "Russia second draft: coverage"
