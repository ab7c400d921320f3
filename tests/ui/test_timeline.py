"""The revision timeline: versions on a time axis, counts filled in by a worker, keys agree."""

from __future__ import annotations

import threading

from PySide6.QtCore import QPoint, Qt

from storydiff.ui.comparison_cache import ComparisonCache
from storydiff.ui.revision_counts import RevisionCounter
from storydiff.ui.tasks import TaskRunner
from storydiff.ui.timeline import positions


def test_versions_keep_time_order_and_a_readable_gap():
    xs = positions([0, 10, 10_000], left=50, width=600, gap=120)
    assert xs[0] == 50 and xs[-1] == 650
    assert xs[1] - xs[0] >= 120 and xs[2] - xs[1] >= 120
    assert xs[2] - xs[1] > xs[1] - xs[0]  # the long wait shows as a longer stretch


def test_versions_out_of_time_order_are_spaced_evenly():
    assert positions([5, 1, 9], left=0, width=200, gap=10) == [0, 100, 200]


def test_story_with_three_versions_shows_the_timeline_with_counts(
    open_window, three_versions, qtbot
):
    window = open_window(three_versions)
    timeline = window.timeline
    assert timeline.isVisible() and len(timeline.versions) == 3
    qtbot.waitUntil(lambda: len(timeline.counts) == 2, timeout=15000)
    first = timeline.counts[0]
    assert (first.changed, first.tagged) == (4, 6)  # the sample's four edits
    assert timeline.count_text(0) == "4 changed · 6 tagged"
    assert timeline.pair == (1, 2)  # the last two versions are shown first


def test_clicking_a_version_shows_it_against_the_one_before(open_window, three_versions, qtbot):
    window = open_window(three_versions)
    timeline = window.timeline
    x = timeline._layout().xs[1]
    qtbot.mouseClick(
        timeline, Qt.MouseButton.LeftButton, pos=QPoint(int(x), int(timeline.axis_y()))
    )
    qtbot.waitUntil(lambda: window.pair[1].version == 2 and window.result is not None)
    assert timeline.pair == (0, 1)
    assert (window.pair_bar.old.currentIndex(), window.pair_bar.new.currentIndex()) == (0, 1)


def test_alt_arrows_move_timeline_and_pair_bar_together(open_window, three_versions, qtbot):
    window = open_window(three_versions)
    window.view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert [d.version for d in window.pair] == [1, 2]
    assert window.timeline.pair == (0, 1)
    window.timeline.setFocus()
    qtbot.keyClick(window.timeline, Qt.Key.Key_Right)
    assert [d.version for d in window.pair] == [2, 3]
    assert window.timeline.pair == (1, 2)
    assert window.pair_bar.new.currentIndex() == 2


def test_a_story_of_two_versions_needs_no_timeline(open_window):
    window = open_window()
    assert not window.timeline.isVisible()


class SlowSecondPair(ComparisonCache):
    """Holds back the second neighbour pair until released; records the threads used."""

    def __init__(self, release: threading.Event) -> None:
        super().__init__()
        self.release = release
        self.threads: set[str] = set()

    def compare(self, old, new, progress=None, cancelled=None):
        self.threads.add(threading.current_thread().name)
        if old.version == 2:
            self.release.wait(10)
        return super().compare(old, new, progress, cancelled)


def test_counts_arrive_one_by_one_from_a_worker_thread(qtbot, three_versions):
    from storydiff.library.store import Library

    with Library.open(three_versions) as library:
        documents = library.documents(library.stories()[0].id)
    release = threading.Event()
    cache = SlowSecondPair(release)
    runner = TaskRunner()
    counter = RevisionCounter(runner, cache)
    arrived = []
    counter.counted.connect(lambda count: arrived.append((count.old, count.new)))
    counter.start(documents)
    qtbot.waitUntil(lambda: arrived == [(0, 1)], timeout=15000)
    assert (1, 2) not in counter.counts  # still running: the timeline shows "…"
    release.set()
    qtbot.waitUntil(lambda: arrived == [(0, 1), (1, 2)], timeout=15000)
    assert threading.main_thread().name not in cache.threads
    runner.wait()
