"""The differences list people can read: whole values, F7 per passage, figures, legend."""

from __future__ import annotations

from PySide6.QtCore import Qt

from storydiff.ui.difference_labels import difference_label
from storydiff.ui.differences_model import HTML_ROLE

LONG_OLD = "over 370,000 Russian citizens who left the country after the first call-up"
LONG_NEW = "over 700,000 Russian citizens who left the country after the first call-up"


def _rows(window):
    model = window.differences.model
    for group_row in range(model.rowCount()):
        group = model.index(group_row, 0)
        for n in range(model.rowCount(group)):
            yield model.index(n, 0, group)


def test_a_long_value_is_shown_whole_with_its_changed_words_marked():
    plain, html = difference_label("figure_changed", LONG_OLD, LONG_NEW)
    assert plain == f"{LONG_OLD} → {LONG_NEW}"
    assert "…" not in plain
    assert '<span class="del">370,000</span>' in html
    assert '<span class="ins">700,000</span>' in html
    assert html.count("class=") == 2  # the unchanged words are not marked


def test_rows_wrap_to_the_panel_and_grow_taller_when_it_narrows(open_window, qtbot):
    window = open_window()
    tree = window.differences.tree
    longest = max(_rows(window), key=lambda index: len(index.data()))
    assert "…" not in longest.data() and len(longest.data()) > 60
    assert longest.data(HTML_ROLE)
    window.splitter.setSizes([250, 700, 520])
    qtbot.waitUntil(lambda: tree.visualRect(longest).height() > 0)
    wide = tree.visualRect(longest).height()
    window.splitter.setSizes([250, 900, 300])
    qtbot.waitUntil(lambda: tree.visualRect(longest).height() > wide, timeout=3000)


def test_the_differences_panel_widens_with_the_window(open_window, qtbot):
    window = open_window()
    window.resize(1280, 800)
    qtbot.wait(50)
    narrow = window.side_tabs.width()
    window.resize(1900, 900)
    qtbot.waitUntil(lambda: window.side_tabs.width() > narrow + 100, timeout=3000)


def test_f7_stops_once_per_passage_says_when_it_is_the_last_and_then_wraps(open_window, qtbot):
    window = open_window()
    panel = window.differences
    stops = panel.model.stops()
    passages = [panel.model.item_at(i).passage for i in stops]
    assert len(passages) == len(set(passages))
    all_items = [panel.model.item_at(i) for i in panel.model.in_reading_order()]
    assert len(stops) < len(all_items)  # the troop count sentence holds several differences
    assert len(stops) == len({item.passage for item in all_items if item.ranges})  # not metadata
    window.view.setFocus()
    for _ in stops:
        qtbot.keyClick(window, Qt.Key.Key_F7)
    last = panel.tree.currentIndex()
    qtbot.keyClick(window, Qt.Key.Key_F7)
    assert panel.tree.currentIndex() == last
    assert "last change" in window.status_label.text()
    assert "last change" in panel.where.text()
    qtbot.keyClick(window, Qt.Key.Key_F7)
    assert panel.tree.currentIndex() == stops[0]
    assert panel.where.text().startswith(f"Change 1 of {len(stops)}")


def test_clicking_a_figure_difference_opens_its_history(open_window, qtbot):
    window = open_window()
    figure = next(i for i in _rows(window) if "figure" in window.differences.model.item_at(i).kind)
    tree = window.differences.tree
    tree.scrollTo(figure)
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(figure).center()
    )
    assert window.side_tabs.currentWidget() is window.tools.figure_panel


def test_the_legend_is_reachable_from_the_list_and_explains_the_marks(open_window, qtbot):
    window = open_window()
    qtbot.mouseClick(window.differences.legend_button, Qt.MouseButton.LeftButton)
    legend = window.actions_.legend
    assert legend.isVisible()
    text = legend.text.toPlainText()
    for expected in ("~", "−", "+", "⇄", "✎", "removed words", "a figure", "changed passages"):
        assert expected in text
