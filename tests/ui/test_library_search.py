"""The library search box searches off the GUI thread, once typing pauses, and only the
latest query's answer is ever shown."""

from __future__ import annotations

import threading
import time

from storydiff.library.store import Library
from storydiff.ui import library_search


def watch_searches(monkeypatch, slow: dict[str, float] | None = None):
    """Record each ``Library.search`` call as (query, thread); delay the queries in ``slow``."""
    calls: list[tuple[str, threading.Thread]] = []
    finished: list[str] = []
    original = Library.search

    def search(self, query, *args, **kwargs):
        calls.append((query, threading.current_thread()))
        time.sleep((slow or {}).get(query, 0))
        try:
            return original(self, query, *args, **kwargs)
        finally:
            finished.append(query)

    monkeypatch.setattr(Library, "search", search)
    return calls, finished


def matching_ids(window, query: str) -> set[int]:
    return set(library_search.matches(window.library, query))


def test_an_older_slower_query_never_replaces_a_newer_one(open_window, qtbot, monkeypatch):
    window = open_window()
    calls, finished = watch_searches(monkeypatch, slow={"Wagner": 1.5})
    shown: list[str] = []
    window.searcher.found.connect(lambda query, _matches: shown.append(query))
    window.library_panel.search.setText("Wagner")
    qtbot.waitUntil(lambda: [q for q, _ in calls] == ["Wagner"], timeout=5000)
    window.library_panel.search.setText("Russian")
    qtbot.waitUntil(lambda: "Russian" in shown, timeout=10000)
    qtbot.waitUntil(lambda: "Wagner" in finished, timeout=10000)  # the old answer came late
    qtbot.wait(200)  # time for its (dropped) result to cross to the GUI thread
    assert shown == ["Russian"]
    assert set(window.library_model.matches) == matching_ids(window, "Russian")
    assert matching_ids(window, "Russian") != matching_ids(window, "Wagner")
    assert "“Russian”" in window.status_label.text()


def test_the_gui_thread_never_calls_library_search(open_window, qtbot, monkeypatch):
    window = open_window()
    calls, _finished = watch_searches(monkeypatch)
    window.library_panel.search.setText("Wagner")
    qtbot.waitUntil(lambda: window.library_model.matches is not None, timeout=10000)
    assert calls and all(thread is not threading.main_thread() for _q, thread in calls)


def test_typing_a_word_runs_one_search_once_typing_pauses(open_window, qtbot, monkeypatch):
    window = open_window()
    calls, _finished = watch_searches(monkeypatch)
    qtbot.keyClicks(window.library_panel.search, "Wagner")
    qtbot.waitUntil(lambda: window.library_model.matches is not None, timeout=10000)
    assert [q for q, _ in calls] == ["Wagner"]


def test_a_pasted_thousand_word_query_is_answered_in_the_background(
    open_window, qtbot, monkeypatch
):
    window = open_window()
    calls, _finished = watch_searches(monkeypatch)
    pasted = " ".join(["troops"] + [f"word{i}" for i in range(999)])
    window.library_panel.search.setText(pasted)
    assert window.library_model.matches is None  # setText returned before any search
    qtbot.waitUntil(lambda: window.library_model.matches is not None, timeout=20000)
    assert calls and calls[0][1] is not threading.main_thread()
    assert window.library_model.matches == {}


def test_clearing_the_box_shows_the_whole_library_at_once(open_window, qtbot):
    window = open_window()
    window.library_panel.search.setText("Wagner")
    qtbot.waitUntil(lambda: window.library_model.matches is not None, timeout=10000)
    window.library_panel.search.clear()
    assert window.library_model.matches is None
    assert not window.runner.is_busy(library_search.TASK_KEY)
