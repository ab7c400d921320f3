"""The Facts tab: two outlets' quake stories as a fact table, in a model and in the window."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt

from storydiff.core.facts import DocumentInfo
from storydiff.core.story import compare_documents, story_facts
from storydiff.importers.base import ImportedDocument
from storydiff.library.ingest import analyse, ingest
from storydiff.library.store import Library
from storydiff.ui.fact_rows import CONFLICT_MARK, FIRST_MARK
from storydiff.ui.facts_model import RANGE_ROLE, FactsModel

AFP = (
    "Quake kills at least 127\n\n"
    "A magnitude 6.8 earthquake killed at least 127 people, the interior ministry said on "
    "Saturday. Rescuers searched the rubble of mountain villages through the night."
)
XINHUA = (
    "Death toll rises to 111\n\n"
    "The magnitude 6.8 quake has killed 111 people, local officials said. Aid convoys set off "
    "from the capital in the morning."
)
TIMES = (datetime(2023, 9, 9, 6, tzinfo=UTC), datetime(2023, 9, 9, 9, tzinfo=UTC))


def _table():
    story = compare_documents([analyse(AFP, title="a"), analyse(XINHUA, title="b")], [])
    infos = [DocumentInfo("a", "AFP", TIMES[0]), DocumentInfo("b", "Xinhua", TIMES[1])]
    return story_facts(story, infos)


def _row(model, label: str) -> int:
    return next(r for r in range(model.rowCount()) if label in model.index(r, 0).data())


def test_model_shows_values_conflicts_and_first_reporter(qtmodeltester):
    model = FactsModel()
    model.set_table(_table())
    qtmodeltester.check(model)
    assert model.columnCount() == 3
    names = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert names == ["Fact", "AFP", "Xinhua"]
    toll = _row(model, "people killed")
    assert toll == 0  # conflicts come first
    assert model.index(toll, 0).data().startswith(CONFLICT_MARK)
    assert model.index(toll, 1).data() == f"at least 127 people {FIRST_MARK}"
    assert model.index(toll, 2).data() == "111 people"
    tip = model.index(toll, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "interior ministry" in tip and "Xinhua: 111 people" in tip
    assert model.index(toll, 1).data(Qt.ItemDataRole.BackgroundRole) is not None
    magnitude = _row(model, "magnitude")
    assert not model.index(magnitude, 0).data().startswith(CONFLICT_MARK)
    assert model.index(magnitude, 1).data(Qt.ItemDataRole.BackgroundRole) is None
    column, start, end = model.index(toll, 2).data(RANGE_ROLE)
    assert column == 1 and XINHUA[start:end] == "111 people"
    model.set_table(_table().__class__((), ()))
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def _quake_library(path):
    with Library.open(path) as library:
        for text, outlet, published in ((AFP, "AFP", TIMES[0]), (XINHUA, "Xinhua", TIMES[1])):
            document = ImportedDocument(
                text,
                text.encode(),
                "text",
                title=text.splitlines()[0],
                outlet=outlet,
                published=published,
            )
            ingest(library, "Quake", document)
    return path


def test_facts_tab_shows_story_and_click_scrolls_to_the_value(open_window, qtbot, tmp_path):
    window = open_window(_quake_library(tmp_path / "quake.sqlite"))
    panel = window.facts.panel
    assert window.side_tabs.indexOf(panel) == window.side_tabs.indexOf(window.differences) + 1
    assert window.side_tabs.tabText(window.side_tabs.indexOf(panel)) == "Facts"
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=15000)
    assert "1 ≠ in conflict" in panel.heading.text()
    window.side_tabs.setCurrentWidget(panel)
    scrolled = []
    window.view.scroll_to = lambda ranges, flash=True: scrolled.append(ranges) or True
    index = panel.model.index(_row(panel.model, "people killed"), 2)
    rect = panel.table.visualRect(index)
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    start = XINHUA.index("111 people")
    assert scrolled == [[("b", start, start + len("111 people"))]]


def test_facts_tab_reads_at_1024_pixels_in_dark_theme(open_window, qtbot, tmp_path):
    from PySide6.QtWidgets import QApplication

    from storydiff.ui import theme

    theme.apply(QApplication.instance(), "dark")
    try:
        window = open_window(_quake_library(tmp_path / "quake.sqlite"))
        window.resize(1024, 700)
        panel = window.facts.panel
        window.side_tabs.setCurrentWidget(panel)
        qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=15000)
        table = panel.table
        # every column is on screen without scrolling sideways, and wide enough for "111 people"
        assert table.horizontalHeader().length() <= table.viewport().width() + 1
        width = table.fontMetrics().horizontalAdvance("111")
        assert min(table.columnWidth(c) for c in range(3)) > width
        window.grab().save(str(tmp_path / "facts-dark.png"))
    finally:
        theme.apply(QApplication.instance(), "light")
