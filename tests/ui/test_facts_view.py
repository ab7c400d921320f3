"""The Facts tab: two outlets' quake stories as a fact table, in a model and in the window."""

from __future__ import annotations

from PySide6.QtCore import Qt

from storydiff.core.facts import DocumentInfo, FactTable
from storydiff.core.story import compare_documents, story_facts
from storydiff.library.ingest import analyse
from storydiff.ui.fact_rows import CONFLICT_MARK, FIRST_MARK
from storydiff.ui.facts_model import RANGE_ROLE, FactsModel


def _table(quake):
    story = compare_documents([analyse(quake.afp), analyse(quake.xinhua)], [])
    infos = [DocumentInfo("a", "AFP", quake.times[0]), DocumentInfo("b", "Xinhua", quake.times[1])]
    return story_facts(story, infos)


def _row(model, label: str) -> int:
    return next(r for r in range(model.rowCount()) if label in model.index(r, 0).data())


def test_model_shows_values_conflicts_and_first_reporter(qtmodeltester, quake):
    model = FactsModel()
    model.set_table(_table(quake))
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
    assert column == 1 and quake.xinhua[start:end] == "111 people"
    model.set_table(FactTable((), ()))
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_facts_tab_shows_story_and_click_scrolls_to_the_value(
    open_window, qtbot, quake, quake_library
):
    window = open_window(quake_library)
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
    start = quake.xinhua.index("111 people")
    assert scrolled == [[("b", start, start + len("111 people"))]]


def test_facts_tab_reads_at_1024_pixels_in_dark_theme(open_window, qtbot, tmp_path, quake_library):
    from PySide6.QtWidgets import QApplication

    from storydiff.ui import theme

    theme.apply(QApplication.instance(), "dark")
    try:
        window = open_window(quake_library)
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
