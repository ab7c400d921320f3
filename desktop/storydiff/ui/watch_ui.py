"""Watching in the app: the Watches dock, its commands and background checks on a timer
(what a new version shows is :mod:`storydiff.ui.watch_notices`).

The work itself is :mod:`storydiff.ui.watch_jobs` (Qt-free, through the library's
leases); this object only asks, starts jobs and presents what they found.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QInputDialog, QMenu

from storydiff.errors import StoryDiffError
from storydiff.importers.web import check_url, with_scheme
from storydiff.library import watches as watch_rows
from storydiff.ui.edit_items import DEFAULT_SHOW, WATCHED_SHOW
from storydiff.ui.watch_jobs import Checked, check_job
from storydiff.ui.watch_notices import WatchNotices
from storydiff.ui.watches_model import WatchesModel
from storydiff.ui.watches_panel import WatchesPanel
from storydiff.watch.run import seconds_to_next, utc_now
from storydiff.watch.schedule import parse_interval, show_interval

TICK_MS = 60_000  # how often the running app looks for due watches
INTERVALS = ("15m", "30m", "1h", "3h", "6h", "1d")


class WatchUI(QObject):
    """Owns the Watches dock and the timer; the window calls it from menus."""

    def __init__(self, window, fetcher=None, polite: float | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.fetcher = fetcher  # None: the URL importer's (tests pass a local one)
        self.polite = polite
        self.model = WatchesModel(self)
        self.panel = WatchesPanel(self.model)
        self.dock = QDockWidget("Watches", window)
        self.dock.setObjectName("watchesDock")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.hide()
        self.dock.visibilityChanged.connect(lambda shown: shown and self.reload())
        self.notices = WatchNotices(window, self)
        self.panel.check_requested.connect(self.check_now)
        self.panel.pause_requested.connect(self.pause)
        self.panel.remove_requested.connect(self.remove)
        self.panel.feed_requested.connect(self.watch_feed)
        self.panel.cancel_requested.connect(lambda: self.window.runner.cancel("watch"))
        self.timer = QTimer(self, interval=TICK_MS)
        self.timer.timeout.connect(self.check_due)
        self.timer.start()

    # Menus

    def add_actions(self, menu, action) -> None:
        """File menu entries; ``action(menu, text, slot)`` makes one (WindowActions._action)."""
        action(menu, "&Watch this article…", self.watch_article)
        action(menu, "Watch f&eed…", self.watch_feed)
        action(menu, "&Watches", self.show_dock, ["Ctrl+Shift+W"])

    def add_story_actions(self, menu: QMenu, story_id: int) -> None:
        """The library's right-click menu on a story: watch it if it has an address."""
        item = menu.addAction("Watch this article…", lambda: self.watch_article(story_id))
        item.setEnabled(bool(self._address(story_id)))

    def show_dock(self) -> None:
        self.reload()
        self.dock.show()
        self.dock.raise_()

    # Commands

    def _address(self, story_id: int | None) -> str:
        """The address of the story's newest document that has one."""
        library = self.window.library
        if library is None or story_id is None:
            return ""
        urls = [d.url for d in library.summaries(story_id) if d.url.startswith("http")]
        return urls[-1] if urls else ""

    def _interval(self, title: str) -> int | None:
        choice, ok = QInputDialog.getItem(
            self.window, title, "Check every:", list(INTERVALS), 1, editable=True
        )
        return parse_interval(choice) if ok else None

    def watch_article(self, story_id: int | None = None) -> None:
        """Watch the address of a story's newest version; its new versions join the story."""
        story_id = (
            story_id if story_id is not None else self.window.library_panel.current_story_id()
        )
        url = self._address(story_id)
        if not url:
            self.window.show_error(
                "This story has no version imported from a web address: nothing to watch. "
                "Use File › Watch feed…, or import the article from its address first."
            )
            return
        try:
            every = self._interval("Watch this article")
            if every is None:
                return
            story = self.window.library.story(story_id).name
            added = watch_rows.add_watch(self.window.library, url, "article", every, story)
        except StoryDiffError as error:
            self.window.show_error(str(error))
            return
        self._added(added, f"Watching {url} every {show_interval(every)} for “{story}”.")

    def watch_feed(self) -> None:
        """Watch an RSS or Atom feed: each new item becomes a watched article in its own story."""
        text, ok = QInputDialog.getText(
            self.window, "Watch feed", "Address of the RSS or Atom feed:"
        )
        if not ok or not text.strip():
            return
        try:
            url = check_url(with_scheme(text.strip()))
            every = self._interval("Watch feed")
            if every is None:
                return
            added = watch_rows.add_watch(self.window.library, url, "feed", every)
        except StoryDiffError as error:
            self.window.show_error(str(error))
            return
        self._added(added, f"Watching the feed {url} every {show_interval(every)}.")

    def _added(self, added, message: str) -> None:
        self.window.say(message + " The first check runs now.")
        self.show_dock()
        self.panel.select_watch(added.id)
        self.check_now([added.id])

    def pause(self, ids: list[int], paused: bool) -> None:
        for watch_id in ids:
            watch_rows.set_paused(self.window.library, watch_id, paused)
        self.reload()
        self.window.say(
            f"{len(ids)} watch{'es' * (len(ids) != 1)} {'paused' if paused else 'resumed'}."
        )

    def remove(self, ids: list[int]) -> None:
        for watch_id in ids:
            watch_rows.remove_watch(self.window.library, watch_id)
        self.reload()
        self.window.say(
            f"Removed {len(ids)} watch{'es' * (len(ids) != 1)}; the versions they stored stay."
        )

    def reload(self) -> None:
        """Read the watches again, and badge the stories with versions not yet opened."""
        library = self.window.library
        self.model.set_watches(watch_rows.watches(library) if library is not None else [])
        self.notices.refresh_badges()

    # Checking

    def check_now(self, ids: list[int]) -> None:
        """Check the chosen watches now, off the GUI thread (Cancel stops it)."""
        if ids:
            self._start(ids, f"Checking {len(ids)} watch{'es' * (len(ids) != 1)}…")

    def check_due(self) -> None:
        """The timer: check what is due, unless a check is already running."""
        library = self.window.library
        if library is None or self.window.runner.is_busy("watch"):
            return
        self.notices.refresh_badges()  # versions a terminal's `watch run` stored meanwhile
        if not watch_rows.watches(library) or seconds_to_next(library, utc_now) > 0:
            return
        self._start(None, "")

    def _start(self, ids: list[int] | None, text: str) -> None:
        library = self.window.library
        if library is None:
            return
        options = {} if self.polite is None else {"polite": self.polite}
        job = check_job(library.path, ids, self.fetcher, **options)
        self.panel.set_checking(True, text)
        task = self.window.runner.start(
            "watch", job, "checking watches", on_finished=self._checked,
            on_failed=self._failed, on_progress=self.window._progress,
        )  # fmt: skip
        task.bridge.cancelled.connect(lambda: self._stopped("Check cancelled."))

    def _stopped(self, text: str) -> None:
        self.reload()
        self.panel.set_checking(False, text)

    def _failed(self, message: str) -> None:
        self._stopped(message)
        self.window.say(message)

    def _checked(self, found: list[Checked]) -> None:
        new = [c for c in found if c.result.outcome == "new_version"]
        errors = [c for c in found if c.result.outcome == "error"]
        self._stopped(
            f"Checked {len(found)}: {len(new)} new version{'s' * (len(new) != 1)}, "
            f"{len(errors)} error{'s' * (len(errors) != 1)}."
        )
        for checked in new:
            self.notices.notify(checked)

    def compared(self, pair) -> str:
        """A pair is on screen: comparing a story's newest version takes its "new" badge
        away; the list shows significant changes only for a watched story."""
        library = self.window.library
        if not pair or library is None:
            return DEFAULT_SHOW
        new = pair[1]
        self.notices.opened(new)
        story = library.story(new.story_id).name
        watched = any(w.story == story for w in watch_rows.watches(library))
        return WATCHED_SHOW if watched else DEFAULT_SHOW
