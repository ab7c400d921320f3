"""The Facts tab: two outlets' quake stories as a fact table, in a model and in the window."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt

from storydiff.cards.fact_card import fact_card
from storydiff.cards.paint import card_html
from storydiff.core.facts import DocumentInfo, FactTable
from storydiff.core.story import compare_documents, story_facts
from storydiff.importers.base import ImportedDocument
from storydiff.library.ingest import analyse, ingest
from storydiff.library.store import Library
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
        tabs = window.side_tabs
        for index, (full, short) in enumerate(tabs.names):  # whole names, full or short
            assert tabs.tabText(index) in (full, short)
            assert tabs.tabBar().tabRect(index).width() > tabs.fontMetrics().horizontalAdvance(
                tabs.tabText(index)
            )
        window.grab().save(str(tmp_path / "facts-dark.png"))
    finally:
        theme.apply(QApplication.instance(), "light")


REUTERS = (
    "Quake toll climbs to 118\n\n"
    "The magnitude 6.8 earthquake has killed 118 people, the health ministry said on Sunday."
)


def test_value_of_a_document_not_on_screen_is_compared_and_shown(open_window, qtbot, quake_library):
    with Library.open(quake_library) as library:
        document = ImportedDocument(
            REUTERS, REUTERS.encode(), "text", title="Quake toll climbs to 118", outlet="Reuters"
        )
        ingest(library, "Quake", document)
    window = open_window(quake_library)  # shows the last two: Xinhua and Reuters
    assert [d.outlet for d in window.pair] == ["Xinhua", "Reuters"]
    panel = window.facts.panel
    qtbot.waitUntil(lambda: panel.model.columnCount() == 4, timeout=15000)
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=15000)
    scrolled = []
    window.view.scroll_to = lambda ranges, flash=True: scrolled.append(ranges) or True
    index = panel.model.index(_row(panel.model, "people killed"), 1)  # AFP's toll
    panel.table.clicked.emit(index)
    qtbot.waitUntil(lambda: window.result is not None and window.pair[0].outlet == "AFP")
    qtbot.waitUntil(lambda: bool(scrolled), timeout=15000)
    side, begin, end = scrolled[0][0]
    assert side == "a" and window.result.documents[0].text[begin:end] == "at least 127 people"


def test_the_table_of_a_story_shown_before_comes_back_at_once(open_window, qtbot, quake_library):
    window = open_window(quake_library)
    facts = window.facts
    qtbot.waitUntil(lambda: facts.panel.model.rowCount() > 0, timeout=15000)
    documents = list(facts.documents)
    facts.show_story(documents[:1])  # another story, too small for a table
    assert facts.panel.model.rowCount() == 0
    facts.show_story(documents)
    assert facts.panel.model.rowCount() > 0 and not window.runner.is_busy("facts")


def test_fact_row_tells_who_carried_it_first_and_who_changed_it(qtbot, quake):
    from storydiff.ui.facts_view import FactsPanel

    panel = FactsPanel()
    qtbot.addWidget(panel)
    panel.resize(640, 420)
    panel.show_table(_table(quake))
    toll = _row(panel.model, "people killed")
    tip = panel.model.index(toll, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "First carried (at least 127 people) by AFP" in tip
    assert "Changed from at least 127 people to 111 people by Xinhua" in tip
    panel.table.setCurrentIndex(panel.model.index(toll, 1))
    assert panel.history.text().splitlines() == tip.split("\n\n", 1)[1].splitlines()
    assert "published" in panel.history.text()
    panel.grab().save("/tmp/facts_history.png")


def test_share_a_fact_row_as_an_image_with_its_alt_text(
    open_window, qtbot, tmp_path, quake_library
):
    from PySide6.QtGui import QImage

    window = open_window(quake_library)
    panel = window.facts.panel
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=15000)
    window.reuse.sharer.ask = lambda parent, suggested: tmp_path / suggested
    panel.share_requested.emit(_row(panel.model, "people killed"))
    png, alt = tmp_path / "fact.png", tmp_path / "fact.txt"
    image = QImage(str(png))
    assert image.width() == 1200 and image.height() > 300
    words = alt.read_text(encoding="utf-8")
    assert words.startswith(f"{CONFLICT_MARK} people killed: the documents differ.")
    assert "AFP (09 Sep 2023 06:00): at least 127 people, first." in words
    assert "Xinhua (09 Sep 2023 09:00): 111 people." in words
    shown = window.facts.documents
    card = fact_card(panel.model.table, panel.model.fact_at(0), [d.text_sha256 for d in shown])
    html = card_html(card)
    assert shown[1].text_sha256[:16] in html and "★" in html and "color" not in html
    shutil.copy(png, "/tmp/fact_card.png")
