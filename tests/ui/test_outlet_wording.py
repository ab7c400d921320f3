"""Comparing outlets the window says outlets: names for Old/New, "only in X", "differs"."""

from __future__ import annotations

from storydiff.core.compare import compare
from storydiff.core.wording import side_words
from storydiff.library.ingest import analyse
from storydiff.ui.difference_labels import difference_label, row_label
from storydiff.ui.differences_model import items_from_rows

OUTLETS = side_words("coverage", "AFP", "Xinhua")


def test_difference_labels_name_the_outlets_and_keep_revision_words():
    assert difference_label("figure_removed", "127 people", "", OUTLETS)[0] == (
        "− 127 people  (figure only in AFP)"
    )
    assert difference_label("source_added", "", "officials", OUTLETS)[0] == (
        "+ officials  (source only in Xinhua)"
    )
    assert difference_label("figure_removed", "127 people", "")[0] == (
        "− 127 people  (figure removed)"
    )


def test_text_changes_say_only_in_and_differs_for_outlets(quake):
    comparison = compare(analyse(quake.afp), analyse(quake.xinhua), "coverage")
    heads = {
        label.split(":")[0]
        for label, _html in (
            row_label(r, comparison, OUTLETS) for r in comparison.rows if r.op != "equal"
        )
    }
    assert heads <= {"Only in AFP", "Only in Xinhua", "Differs", "Moved", "Split", "Merged"}
    assert heads & {"Only in AFP", "Only in Xinhua", "Differs"}
    revision = {item.label.split(":")[0] for item in items_from_rows(comparison)}
    assert revision <= {"Removed", "Added", "Changed", "Moved", "Split", "Merged"}


def test_window_names_outlets_and_the_mode_can_be_overridden(open_window, qtbot, quake_library):
    window = open_window(quake_library)
    assert window.result.pairs[0].comparison.mode == "coverage"
    assert window.mode_chooser.currentText() == "Auto: outlets"
    assert window.pair_bar.old_label.text() == "AFP:"
    assert window.pair_bar.new_label.text() == "Xinhua:"
    labels = [i.label for i in window.differences.model.items]
    assert any("only in" in label.lower() or "differs" in label.lower() for label in labels)
    assert not any(label.startswith(("Removed", "Added", "Changed")) for label in labels)
    window.mode_chooser.setCurrentIndex(window.mode_chooser.findData("revision"))
    qtbot.waitUntil(
        lambda: window.result is not None and window.result.pairs[0].comparison.mode == "revision",
        timeout=15000,
    )
    assert window.pair_bar.old_label.text() == "Old:"
    assert window.mode_chooser.itemText(0) == "Auto"


def test_revisions_keep_old_and_new(open_window):
    window = open_window()  # the sample story: two revisions of one article
    assert window.result.pairs[0].comparison.mode == "revision"
    assert window.pair_bar.old_label.text() == "Old:"
    assert window.pair_bar.new_label.text() == "New:"
    assert window.mode_chooser.currentText() == "Auto: revisions"
