"""A library search hit opens that document against its neighbour, at the hit, selected."""

from __future__ import annotations

from PySide6.QtCore import Qt

from storydiff.ui.search_hits import hit_range, neighbour_pair


def test_a_hit_in_the_last_version_is_compared_with_the_one_before_and_shown(
    open_window, three_versions, qtbot
):
    window = open_window(three_versions)
    versions = window.library.summaries(window.pair[0].story_id)
    window.library_panel.select_documents([versions[0].id])  # start far from the hit
    qtbot.waitUntil(lambda: window.result is not None and window.pair[0].version == 1)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.library_panel.search, "320,000")
    qtbot.waitUntil(lambda: window.library_model.matches is not None, timeout=15000)
    story = window.library_model.index(0, 0)
    assert window.library_model.rowCount(story) == 1  # only v3 matches
    hit = window.library_model.index(0, 0, story)
    window.result = None
    window.library_panel.tree.setCurrentIndex(hit)
    qtbot.waitUntil(lambda: window.result is not None, timeout=15000)
    assert [d.version for d in window.pair] == [2, 3]
    assert window.view.side_text.textCursor().selectedText() == "320,000"
    start = window.result.documents[1].text.index("320,000")
    assert window.view.is_visible("b", start)


def test_the_hit_is_the_phrase_else_its_longest_word():
    text = "Putin may order 320,000 more troops, the ISW said."
    assert hit_range(text, "320,000") == (16, 23)
    assert hit_range(text, "isw SAID") == (41, 49)
    assert hit_range(text, "troops Kremlin") == (29, 35)  # the phrase is not there
    assert hit_range(text, "Wagner") is None


def test_neighbours_of_the_first_middle_and_last_version():
    assert neighbour_pair([4, 5, 6], 4) == (4, 5)
    assert neighbour_pair([4, 5, 6], 5) == (4, 5)
    assert neighbour_pair([4, 5, 6], 6) == (5, 6)
