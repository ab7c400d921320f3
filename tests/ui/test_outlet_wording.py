"""Comparing outlets the window says outlets: names for Old/New, "only in X", "differs"."""

from __future__ import annotations

from dataclasses import replace

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


def test_a_figure_only_in_one_outlet_says_what_it_measures_when_known():
    from storydiff.ui.difference_labels import measure_words

    what = measure_words("figure_removed", "people infected in Ohio: 2")
    assert difference_label("figure_removed", "2", "", OUTLETS, what)[0] == (
        "− 2  (people infected in Ohio, figure only in AFP)"
    )
    assert measure_words("figure_removed", "count: 2") == ""  # the kind says nothing more
    assert measure_words("source_added", "people: 2") == ""


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


def test_the_other_outlets_second_statement_of_a_fact_is_a_link_that_goes_there(
    open_window, tmp_path
):
    from PySide6.QtCore import QUrl

    from storydiff.importers.base import ImportedDocument
    from storydiff.library.ingest import ingest
    from storydiff.library.store import Library

    texts = (
        "Storm hits Portmere\n\nThe storm killed 14 people in Portmere and left 2,300 homes "
        "without power on Sunday, the mayor said. Schools stayed shut.",
        "Storm kills 14\n\nThe storm killed 14 people in Portmere on Sunday, police said. "
        "Ferries were cancelled. Markets stayed open. Bakeries sold out of bread by noon. "
        "Some 2,300 homes in Portmere were without power on Sunday evening. Buses ran late.",
    )
    path = tmp_path / "storm.sqlite"
    with Library.open(path) as library:
        for text, outlet in zip(texts, ("Post", "Herald"), strict=True):
            document = ImportedDocument(text, text.encode(), "text", title=text.split("\n")[0])
            ingest(library, "Storm", replace(document, outlet=outlet))
    window = open_window(path)
    comparison = window.result.pairs[0].comparison
    assert comparison.mode == "coverage" and comparison.also
    window.view.finish_building()
    text = window.view.side_text.toPlainText()
    # each link names the outlet that states the fact again
    assert "⇣ Herald also states this further down — go there" in text
    assert "⇡ Post also states this further up — go there" in text
    went = []
    window.view.scroll_to = lambda ranges, flash=True: went.append(ranges)
    window.view._follow_link(QUrl("also:b:0"))
    sentence = comparison.b.sentences[comparison.also[0].b[0]]
    assert sentence.text.startswith("Some 2,300 homes")
    assert went == [[("b", sentence.start, sentence.end)]]
