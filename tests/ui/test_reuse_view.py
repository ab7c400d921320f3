"""The Reuse window, marking source copy, and Share as image… on passages and differences."""

from __future__ import annotations

from datetime import UTC, datetime

from flood_texts import AGENCY, COPY, OTHER
from PySide6.QtCore import QPoint, Qt

from storydiff.core.document import analyse
from storydiff.core.provenance import Timing
from storydiff.core.reuse import StoryDocument, find_reuse
from storydiff.importers.base import ImportedDocument
from storydiff.library.ingest import ingest
from storydiff.library.kinds import kind_of
from storydiff.library.store import Library
from storydiff.ui.reuse_model import PassagesModel, ReuseMapModel

TIMES = ("2023-03-07T08:00:00+00:00", "2023-03-07T10:00:00+00:00", "2023-03-07T11:00:00+00:00")


def _library(path):
    with Library.open(path) as library:
        for text, outlet, when in zip(
            (AGENCY, COPY, OTHER), ("Agency", "Gazette", "Post"), TIMES, strict=True
        ):
            imported = ImportedDocument(
                text, text.encode(), "text", outlet=outlet, published=datetime.fromisoformat(when)
            )
            ingest(library, "Flood", imported)
    return path


def test_map_and_passage_models(qtmodeltester):
    when = datetime(2023, 3, 7, 8, tzinfo=UTC)
    documents = [
        StoryDocument(analyse(AGENCY), Timing(published=when), "Agency"),
        StoryDocument(analyse(COPY), Timing(published=when.replace(hour=10)), "Gazette"),
        StoryDocument(analyse(OTHER), Timing(published=when.replace(hour=11)), "Post"),
    ]
    result = find_reuse(documents)
    names = ["v1 · Agency", "v2 · Gazette", "v3 · Post"]
    model = ReuseMapModel()
    model.set_result(result, names)
    qtmodeltester.check(model)
    assert model.rowCount() == 2  # agency ↔ gazette both ways; the budget story shares nothing
    rows = [[model.index(r, c).data() for c in range(4)] for r in range(2)]
    assert {tuple(r[:2]) for r in rows} == {
        ("v1 · Agency", "v2 · Gazette"),
        ("v2 · Gazette", "v1 · Agency"),
    }
    assert all(r[2].endswith("%") and r[3] in ("wholly", "partly") for r in rows)
    passages = PassagesModel()
    passages.set_pair(result, model.index(0, 0).data(Qt.ItemDataRole.UserRole).pair, names)
    qtmodeltester.check(passages)
    assert passages.rowCount() >= 1
    assert passages.index(0, 0).data().startswith("Heavy rain caused")
    assert passages.index(0, 1).data() == "1 edit"  # "all night" → "through the night"
    assert passages.index(0, 2).data() == "v1 · Agency (published first)"


def test_reuse_window_finds_shows_and_shares_a_passage(open_window, tmp_path, qtbot):
    window = open_window(_library(tmp_path / "flood.sqlite"))
    story_id = window.pair[0].story_id
    window.reuse.open_story(story_id)
    dialog = window.reuse.dialog
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=15000)
    assert not dialog.progress.isVisible()
    assert "2 documents" not in dialog.heading.text() and "1 of 3 pairs" in dialog.heading.text()
    assert dialog.passages_model.rowCount() >= 1
    dialog.grab().save("/tmp/reuseui17_reuse_dialog.png")
    # clicking a passage shows both documents with the passage on screen
    scrolled = []
    shown = window.view.scroll_to
    window.view.scroll_to = lambda ranges, flash=True: scrolled.append(ranges) or shown(ranges)
    table = dialog.passages_table
    point = table.visualRect(dialog.passages_model.index(0, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: bool(scrolled), timeout=15000)
    assert [d.outlet for d in window.pair] == ["Agency", "Gazette"]
    passage = dialog.passages_model.rows[0].passage
    assert scrolled == [
        [("a", passage.a_start, passage.a_end), ("b", passage.b_start, passage.b_end)]
    ]
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert len(scrolled) == 2  # the pair is on screen: straight there
    # share it as an image: a PNG and its alt text
    target = tmp_path / "card.png"
    window.reuse.sharer.ask = lambda _parent, _name: target
    rect = table.visualRect(dialog.passages_model.index(0, 0))
    menu = dialog.menu_at(rect.center())
    assert [a.text() for a in menu.actions()] == ["Show in the comparison", "Share as image…"]
    menu.actions()[1].trigger()
    assert target.stat().st_size > 1000
    alt = target.with_suffix(".txt").read_text(encoding="utf-8")
    assert alt.startswith("Reused passage, with 1 edit. Before (") and "After (" in alt


def test_cancelling_stops_and_says_so(open_window, tmp_path, qtbot):
    window = open_window(_library(tmp_path / "flood.sqlite"))
    window.reuse.open_story(window.pair[0].story_id)
    window.reuse.dialog.cancel_button.click()
    assert window.reuse.dialog.heading.text().startswith("Cancelled")
    assert not window.runner.is_busy("reuse")


def test_marking_wire_copy_shows_churn(open_window, tmp_path, qtbot):
    path = _library(tmp_path / "flood.sqlite")
    window = open_window(path)
    first = window.library.documents("Flood")[0]
    window.library_panel.select_documents([first.id])
    window.reuse.mark("wire")
    assert kind_of(window.library.summary(first.id)) == "wire"
    window.reuse.open_story(first.story_id)
    dialog = window.reuse.dialog
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=15000)
    assert dialog.churn.isVisible()
    assert "v2 · Gazette:" in dialog.churn.text() and "(churn; from v1 · Agency (wire copy))" in (
        dialog.churn.text()
    )
    assert dialog.map_model.index(0, 0).data().endswith("(wire copy)") or dialog.map_model.index(
        0, 1
    ).data().endswith("(wire copy)")


def test_share_a_difference_as_image(open_window, tmp_path, qtbot):
    window = open_window()
    target = tmp_path / "difference.png"
    window.reuse.sharer.ask = lambda _parent, _name: target
    model = window.differences.model
    details = model.item_at(model.index(0, 0, model.index(0, 0)))
    window.differences.share_requested.emit(details)  # a metadata change: no card
    assert not target.exists() and "Only a change in the text" in window.status_label.text()
    texts = next(
        r for r in range(model.rowCount()) if not model.index(r, 0).data().startswith("Details")
    )
    item = model.item_at(model.index(0, 0, model.index(texts, 0)))
    window.differences.share_requested.emit(item)
    assert target.stat().st_size > 1000
    alt = target.with_suffix(".txt").read_text(encoding="utf-8")
    assert "Before (v1" in alt and "After (v2" in alt
    rows = next(r for r in range(model.rowCount()) if model.index(r, 0).data().startswith("Text"))
    row_item = model.item_at(model.index(0, 0, model.index(rows, 0)))
    window.differences.share_requested.emit(row_item)
    assert "Before (v1" in target.with_suffix(".txt").read_text(encoding="utf-8")
    assert window.status_label.text().startswith("Wrote difference.png")


def test_differences_list_offers_share_on_right_click(open_window, qtbot):
    window = open_window()
    tree = window.differences.tree
    group = window.differences.model.index(0, 0)
    tree.expand(group)
    rect = tree.visualRect(window.differences.model.index(0, 0, group))
    menu = window.differences.menu_at(rect.center())
    assert [a.text() for a in menu.actions()] == ["Share as image…"]
    assert window.differences.menu_at(QPoint(-5, -5)) is None


def test_library_menus_offer_text_reuse_and_mark_as(open_window, tmp_path, qtbot):
    window = open_window(_library(tmp_path / "flood.sqlite"))
    tree, model = window.library_panel.tree, window.library_model
    story = model.index(0, 0)
    tree.expand(story)
    menu = window.actions_.library_menu_at(tree.visualRect(story).center())
    actions = {a.text(): a for a in menu.actions()}
    assert "Text reuse…" in actions
    document = model.index(2, 0, story)
    menu = window.actions_.library_menu_at(tree.visualRect(document).center())
    mark = next(a.menu() for a in menu.actions() if a.text() == "Mark as")
    tree.setCurrentIndex(document)
    press = next(a for a in mark.actions() if a.text() == "Press release")
    press.trigger()
    third = window.library.documents("Flood")[2]
    assert kind_of(window.library.summary(third.id)) == "press_release"
    actions["Text reuse…"].trigger()
    qtbot.waitUntil(lambda: window.reuse.dialog.result is not None, timeout=15000)
    window.reuse.dialog.grab().save("/tmp/reuseui17_reuse_churn.png")
    assert window.reuse.dialog.map_model.rowCount() == 2
