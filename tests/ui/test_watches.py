"""Watching in the app: the Watches dock and its model, Check now, the timer, the badge."""

from __future__ import annotations

from datetime import timedelta

import pytest
from watchsite import article_page, revised

from storydiff.library import Library
from storydiff.library import watches as watch_rows
from storydiff.ui.watch_notices import NEW_BADGE
from storydiff.ui.watches_model import WATCH_ROLE, WatchesModel
from storydiff.watch.run import default_fetcher, run_pass, utc_now

EDIT = ("300,000 troops", "318,000 troops")


@pytest.fixture
def watched(site, tmp_path):
    """A library whose one watch has stored the page's first version; the page then changes."""
    path = tmp_path / "watched.sqlite"
    url = site.serve("/story", article_page())
    with Library.open(path) as library:
        watch = watch_rows.add_watch(library, url, "article", 1800)
        (first,) = [r for _, r in run_pass(library, default_fetcher(timeout=5), 0, True)]
        assert first.outcome == "new_version"
        story = watch_rows.watch(library, watch.id).story
    return path, watch.id, url, story


def open_on(open_window, path):
    window = open_window(path, wait=False, sample=False)
    window.watch_ui.fetcher = default_fetcher(timeout=5)
    window.watch_ui.polite = 0
    return window


def documents(window, story: str) -> int:
    return len(window.library.documents(story))


def test_the_watches_model_lists_pauses_and_removes(open_window, qtbot, watched, qtmodeltester):
    path, watch_id, url, story = watched
    window = open_on(open_window, path)
    window.watch_ui.show_dock()
    panel, model = window.watch_ui.panel, window.watch_ui.model
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == url
    assert model.index(0, 1).data() == story
    assert model.index(0, 2).data() == "30m"
    assert model.index(0, 3).data() != "never" and model.index(0, 5).data() == ""
    assert model.index(0, 0).data(WATCH_ROLE) == watch_id

    panel.select_watch(watch_id)
    assert panel.pause_button.text() == "Pause"
    panel.pause_button.click()
    assert model.index(0, 2).data() == "paused"
    assert watch_rows.watch(window.library, watch_id).paused
    panel.select_watch(watch_id)
    assert panel.pause_button.text() == "Resume"
    panel.pause_button.click()
    assert not watch_rows.watch(window.library, watch_id).paused

    panel.select_watch(watch_id)
    panel.remove_button.click()
    assert model.rowCount() == 0
    assert watch_rows.watches(window.library) == []
    assert documents(window, story) == 1  # the versions it stored stay


def test_check_now_stores_the_changed_page_and_badges_the_story(open_window, qtbot, watched, site):
    path, watch_id, _url, story = watched
    site.serve("/story", article_page(revised(*EDIT)))
    window = open_on(open_window, path)
    window.watch_ui.show_dock()
    panel = window.watch_ui.panel
    panel.select_watch(watch_id)
    panel.check_button.click()
    qtbot.waitUntil(lambda: panel.state.text().startswith("Checked"), timeout=20000)
    assert panel.state.text() == "Checked 1: 1 new version, 0 errors."
    assert documents(window, story) == 2
    story_id = window.library.find_story(story).id
    index = window.library_model.story_index(story_id)
    assert index.data().startswith(NEW_BADGE)
    (notice,) = window.watch_ui.notices.shown
    assert "figure 300,000 troops → 318,000 troops" in notice

    window.show_story(story_id)  # comparing its newest version is opening it
    qtbot.waitUntil(lambda: window.result is not None and window.pair[1].version == 2)
    assert not window.library_model.story_index(story_id).data().startswith(NEW_BADGE)
    assert window.differences.show_choice.currentText() == "Significant changes only"


def test_the_timer_checks_due_watches_and_leaves_leased_ones_alone(
    open_window, qtbot, watched, site
):
    path, watch_id, _url, story = watched
    site.serve("/story", article_page(revised(*EDIT)))
    window = open_on(open_window, path)
    library = window.library
    # a `storydiff watch run` in a terminal holds the watch, now due
    library.db.execute("UPDATE watches SET next_check = ?", [utc_now().isoformat()])
    claim = watch_rows.claim_next(library, "terminal", utc_now, timedelta(minutes=5), 0)
    assert claim.watch is not None and claim.watch.id == watch_id
    window.watch_ui.check_due()
    window.runner.wait()
    qtbot.waitUntil(lambda: not window.runner.is_busy("watch"))
    assert documents(window, story) == 1  # not checked twice, nothing stored twice

    library.db.execute("UPDATE watches SET lease_owner = NULL, lease_until = NULL")
    window.watch_ui.check_due()
    qtbot.waitUntil(lambda: window.watch_ui.panel.state.text().startswith("Checked"), timeout=20000)
    assert documents(window, story) == 2


def test_an_empty_watches_model_passes_the_model_tester(qtmodeltester):
    qtmodeltester.check(WatchesModel())


def test_watch_this_article_watches_the_story_address_and_checks_it_at_once(
    open_window, qtbot, watched, monkeypatch
):
    path, watch_id, url, story = watched
    window = open_on(open_window, path)
    watch_rows.remove_watch(window.library, watch_id)
    monkeypatch.setattr(window.watch_ui, "_interval", lambda title: 3600)
    story_id = window.library.find_story(story).id
    window.watch_ui.watch_article(story_id)
    (added,) = watch_rows.watches(window.library)
    assert (added.url, added.story, added.every) == (url, story, 3600)
    assert window.watch_ui.dock.isVisible()
    qtbot.waitUntil(lambda: window.watch_ui.panel.state.text().startswith("Checked"), timeout=20000)
    assert documents(window, story) == 1  # the page did not change: nothing stored


def test_watch_this_article_on_a_story_without_an_address_says_why(open_window):
    window = open_window()
    window.watch_ui.watch_article(window.library_panel.current_story_id())
    assert "no version imported from a web address" in window.last_error
    assert watch_rows.watches(window.library) == []


def test_a_version_a_terminal_run_stores_is_badged_at_the_next_tick_until_opened(
    open_window, qtbot, watched, site
):
    path, _watch_id, _url, story = watched
    site.serve("/story", article_page(revised(*EDIT)))
    window = open_on(open_window, path)
    with Library.open(path) as terminal:  # `storydiff watch run --now` in a terminal
        (result,) = [r for _, r in run_pass(terminal, default_fetcher(timeout=5), 0, True)]
    assert result.outcome == "new_version"
    window.watch_ui.check_due()  # the timer's tick
    model = window.library_model
    assert model.document_index(result.document_id).isValid()
    story_id = window.library.find_story(story).id
    assert model.story_index(story_id).data().startswith(NEW_BADGE)
    assert not window.runner.is_busy("watch")  # nothing was due: no check started

    window.close()
    again = open_on(open_window, path)  # a restart remembers (asserted before its first
    # comparison, of this story, arrives: showing the newest version is opening it)
    assert again.library_model.story_index(story_id).data().startswith(NEW_BADGE)
    again.show_story(story_id)
    qtbot.waitUntil(lambda: again.result is not None and again.pair[1].id == result.document_id)
    assert not again.library_model.story_index(story_id).data().startswith(NEW_BADGE)
    again.close()
    third = open_on(open_window, path)
    assert not third.library_model.story_index(story_id).data().startswith(NEW_BADGE)
