"""What the app shows when a watch stores a version: "● new" on the story in the library
until its newest version is opened, and a desktop notification with the one-line summary."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QSystemTrayIcon

from storydiff.library import watches as watch_rows
from storydiff.library.records import DocumentSummary
from storydiff.ui.watch_jobs import Checked

NEW_BADGE = "● new"


class WatchNotices(QObject):
    """Badges from the library's record of checks, against what the app has opened."""

    def __init__(self, window, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.tray: QSystemTrayIcon | None = None
        self.shown: list[str] = []  # what was announced (tray or status bar), newest last
        self._last_story: int | None = None  # the story a click on the notice opens

    def refresh_badges(self) -> None:
        """ "● new" on each story a watch stored a version in (this app or a terminal's
        ``watch run``) that was not opened since; new documents appear in the library."""
        library = self.window.library
        if library is None:
            return
        seen = self.window.settings.seen_versions(library.path)
        model = self.window.library_model
        fresh = {s: d for s, d in watch_rows.stored_versions(library).items() if d > seen.get(s, 0)}
        if any(not model.document_index(d).isValid() for d in fresh.values()):
            self._reload_library()
        for story_id in fresh:
            model.set_badge(story_id, NEW_BADGE)

    def _reload_library(self) -> None:
        """New documents in the library list; the story on screen stays selected."""
        shown = self.window.library_panel.current_story_id()
        self.window.library_model.reload()
        if shown is not None:
            self.window.library_panel.select_story(shown)

    def opened(self, new: DocumentSummary) -> None:
        """A comparison shows ``new``: if it is its story's newest version, the story is seen."""
        library = self.window.library
        newest = library.summaries(new.story_id)[-1].id
        if new.id == newest:
            self.window.library_model.set_badge(new.story_id, None)
            self.window.settings.set_seen(library.path, new.story_id, newest)

    def notify(self, checked: Checked) -> None:
        """A desktop notification where the platform has a tray, else the status bar."""
        story = checked.watch.story or checked.watch.url
        library = self.window.library
        if checked.story_id is not None and library is not None:
            story = library.story(checked.story_id).name
        text = f"New version of “{story}”: {checked.result.summary}"
        self.shown.append(text)
        if QSystemTrayIcon.isSystemTrayAvailable():
            if self.tray is None:
                self.tray = QSystemTrayIcon(self.window.windowIcon(), self)
                self.tray.messageClicked.connect(self._open_story)
                self.tray.show()
            self.tray.showMessage("StoryDiff", text, QSystemTrayIcon.MessageIcon.Information)
        self.window.say(text)
        self._last_story = checked.story_id

    def _open_story(self) -> None:
        if self._last_story is not None:
            self.window.raise_()
            self.window.activateWindow()
            self.window.show_story(self._last_story)
