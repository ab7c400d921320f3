"""Import from a web address, the Wayback Machine and a feed, against a local server."""

from __future__ import annotations

import socket

from localsite import ARCHIVED_ARTICLE, CAPTURES, serve_wayback
from PySide6.QtCore import Qt

from storydiff.ui.import_dialogs import WaybackDialog
from storydiff.ui.import_jobs import SAMPLE_STORY

ARTICLE, STAMPS = ARCHIVED_ARTICLE, CAPTURES


def _count(window) -> int:
    return sum(len(window.library.documents(s.id)) for s in window.library.stories())


def test_web_address_import_adds_the_article(open_window, site, qtbot):
    window = open_window()
    url = site.serve_file("/world/putin.html", "news_page.html")
    before = _count(window)
    window.actions_.ask_text = lambda *_: (url, True)
    window.actions_.ask_target = lambda *_: (window.pair[0].story_id, True)
    window.actions_.import_url()
    qtbot.waitUntil(lambda: _count(window) == before + 1, timeout=15000)
    qtbot.waitUntil(lambda: window.pair[1].version == 3, timeout=15000)
    assert "Second Mobilization" in window.pair[1].title
    assert window.last_error == ""


def test_dead_web_address_gives_a_readable_message_and_changes_nothing(open_window, qtbot):
    window = open_window()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{probe.getsockname()[1]}/gone.html"
    before = _count(window)
    window.actions_.ask_text = lambda *_: (dead, True)
    window.actions_.ask_target = lambda *_: (None, True)
    window.actions_.import_url()
    qtbot.waitUntil(lambda: window.last_error != "", timeout=15000)
    assert "127.0.0.1" in window.last_error and "Traceback" not in window.last_error
    assert _count(window) == before


def test_missing_page_gives_a_readable_message(open_window, site, qtbot):
    window = open_window()
    window.actions_.ask_text = lambda *_: (site.url("/nothing-here.html"), True)
    window.actions_.ask_target = lambda *_: (None, True)
    window.actions_.import_url()
    qtbot.waitUntil(lambda: window.last_error != "", timeout=15000)
    assert "not found" in window.last_error.lower()


def test_wayback_dialog_lists_captures_by_date_and_imports_the_distinct_ones(
    open_window, site, qtbot
):
    window = open_window()
    serve_wayback(site)
    dialog = WaybackDialog(window, None, archive=site.base)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.url.setText(ARTICLE)
    qtbot.mouseClick(dialog.list_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.snapshots.count() == 4, timeout=15000)
    labels = [dialog.snapshots.item(n).text() for n in range(4)]
    assert labels[0].startswith("17 Jan 2023 14:25") and labels[3].startswith("18 Jan 2023 09:11")
    assert dialog.import_button.isEnabled()
    before = _count(window)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    # the 21:15 capture only changed an advertisement: three versions, not four
    qtbot.waitUntil(lambda: _count(window) == before + 3, timeout=20000)
    story = next(s for s in window.library.stories() if s.name != SAMPLE_STORY)
    versions = window.library.documents(story.id)
    assert [d.published.strftime("%H:%M") for d in versions] == ["14:25", "18:02", "09:11"]
    qtbot.waitUntil(lambda: window.timeline.isVisible(), timeout=15000)


def test_wayback_dialog_reports_an_unknown_page(open_window, site, qtbot):
    window = open_window()
    site.serve("/cdx/search/cdx", "[]", content_type="application/json")
    dialog = WaybackDialog(window, None, archive=site.base)
    qtbot.addWidget(dialog)
    dialog.url.setText("https://example.org/never-archived")
    dialog.list_snapshots()
    qtbot.waitUntil(lambda: "no archived copy" in dialog.status.text(), timeout=15000)
    assert dialog.snapshots.count() == 0 and not dialog.import_button.isEnabled()


def test_feed_import_adds_its_entries(open_window, site, qtbot):
    window = open_window()
    url = site.serve_file("/world/rss", "feed_rss.xml", content_type="application/rss+xml")
    before = _count(window)
    window.library_panel.tree.clearSelection()
    window.library_panel.tree.setCurrentIndex(window.library_model.index(-1, 0))
    window.actions_.ask_text = lambda *_: (url, True)
    window.actions_.ask_target = lambda *_: (None, True)
    window.actions_.import_feed()
    qtbot.waitUntil(lambda: _count(window) > before, timeout=15000)
    outlets = {d.outlet for s in window.library.stories() for d in window.library.documents(s.id)}
    assert "The Daily Ledger - World" in outlets
