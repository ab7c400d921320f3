"""Figure history: one figure's value in every version, matched by kind, unit and alignment."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from storydiff.importers.base import ImportedDocument
from storydiff.library.ingest import ingest
from storydiff.library.store import Library
from storydiff.ui.comparison_cache import ComparisonCache
from storydiff.ui.figure_history import (
    ALIGNED,
    CHOSEN,
    NOT_FOUND,
    ONLY_ONE,
    FigureHistoryModel,
    entry_timeline,
    figure_history,
)


def _history(documents, chosen: int, text: str):
    cache = ComparisonCache()
    result = cache.compare(documents[0], documents[chosen]) if chosen else None
    tags = result.tags[1] if result else cache.compare(documents[0], documents[1]).tags[0]
    figure = next(f for f in tags.figures if f.text.endswith(text))

    def compare(old, new):
        return cache.compare(documents[old], documents[new])

    return figure_history(documents, chosen, figure, compare)


def _documents(path):
    with Library.open(path) as library:
        return library.documents(library.stories()[0].id)


def test_troop_count_is_followed_through_three_versions(qtmodeltester, three_versions):
    entries = _history(_documents(three_versions), 1, "318,000 troops")
    assert [e.figure.value for e in entries] == [300000, 318000, 320000]
    assert [e.how for e in entries] == [ALIGNED, CHOSEN, ALIGNED]
    assert entries[2].figure.qualifier == "about"
    model = FigureHistoryModel()
    model.set_entries(entries)
    qtmodeltester.check(model)
    values = [model.index(row, 2).data() for row in range(3)]
    assert values == ["300,000 troops", "318,000 troops", "320,000 troops"]
    assert model.index(2, 3).data() == "about"
    assert model.index(0, 2).data(Qt.ItemDataRole.FontRole).bold()  # differs from the chosen
    assert model.index(0, 0).data().startswith("v1")


def test_figure_whose_sentence_is_gone_is_not_found_or_matched_by_kind(tmp_path):
    texts = [
        "The army sent 300,000 troops to the front. Officials gave no other details.",
        "Officials gave no other details. The weather was cold all week.",
        "Officials gave no other details. Later reports spoke of 250,000 troops in all.",
    ]
    with Library.open(tmp_path / "lib.sqlite") as library:
        for text in texts:
            ingest(library, "Army", ImportedDocument(text, text.encode(), "text", outlet="Wire"))
        documents = library.documents("Army")
    cache = ComparisonCache()
    tags = cache.compare(documents[0], documents[1]).tags[0]
    figure = next(f for f in tags.figures if f.unit == "troops")
    entries = figure_history(
        documents, 0, figure, lambda old, new: cache.compare(documents[old], documents[new])
    )
    assert [e.how for e in entries] == [CHOSEN, NOT_FOUND, ONLY_ONE]
    assert entries[1].figure is None and entries[2].figure.value == 250000
    lines = entry_timeline(entries)
    assert [line.split(" (")[0] for line in lines] == [
        "First carried",
        "Dropped",
        "Changed from 300,000 troops to 250,000 troops by v3 · Wire",
    ]
    assert "by v2 · Wire (imported " in lines[1]  # no publication times: import times


def test_clicking_a_figure_in_the_text_opens_its_history(open_window, three_versions, qtbot):
    window = open_window(three_versions)
    window.timeline.pair_chosen.emit(0, 1)
    qtbot.waitUntil(lambda: window.pair[1].version == 2 and window.result is not None)
    view = window.view
    view.finish_building()
    offset = window.result.documents[1].text.index("318,000") + 2
    cursor = QTextCursor(view.side_text.document())
    cursor.setPosition(view.builder.position("b", offset))
    view.side_text.setTextCursor(cursor)
    view.side_text.ensureCursorVisible()
    point = view.side_text.cursorRect(cursor).center()
    qtbot.mouseClick(view.side_text.viewport(), Qt.MouseButton.LeftButton, pos=point)
    panel = window.tools.figure_panel
    assert window.side_tabs.currentWidget() is panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3, timeout=15000)
    assert "318,000 troops" in panel.heading.text()
    assert "3 different values" in panel.heading.text()
    timeline = panel.timeline.text()
    assert panel.timeline.isVisible()
    assert timeline.index("First carried (300,000 troops) by v1") < timeline.index(
        "Changed from 300,000 troops to 318,000 troops by v2"
    )
    assert "to about 320,000 troops by v3" in timeline
    panel.grab().save("/tmp/reuseui17_figure_panel.png")


def test_choosing_a_figure_difference_fills_the_figure_history(open_window, three_versions, qtbot):
    window = open_window(three_versions)
    window.timeline.pair_chosen.emit(0, 1)
    qtbot.waitUntil(lambda: window.pair[1].version == 2 and window.result is not None)
    model = window.differences.model
    (figures,) = [
        model.index(r, 0)
        for r in range(model.rowCount())
        if model.index(r, 0).data().startswith("Figures")
    ]
    assert figures.data().startswith("Figures")
    tree = window.differences.tree
    item = model.index(0, 0, figures)
    tree.scrollTo(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(item).center())
    panel = window.tools.figure_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3, timeout=15000)
    assert window.side_tabs.currentWidget() is panel  # as clicking the figure in the text does
    assert [panel.model.index(r, 1).data() for r in range(3)] == [
        "300,000 troops",
        "318,000 troops",
        "about 320,000 troops",
    ]
