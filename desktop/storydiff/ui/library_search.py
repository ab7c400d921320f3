"""The library search box's work, off the GUI thread: debounced, and the latest query wins.

Each query runs as a job on the task runner under one key, so a new query cancels the
one still running and a late answer of an older query is dropped. The job reads
through a connection of its own (a SQLite connection belongs to the thread that
opened it), which SQLite interrupts as soon as the query is superseded.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from storydiff.core.progress import Cancelled
from storydiff.errors import LibraryError
from storydiff.library.store import Library
from storydiff.ui.tasks import Job, TaskRunner

DELAY_MS = 200  # after the last key press; typing a word starts no search per letter
TASK_KEY = "search"
_CHECK_EVERY = 10_000  # SQLite virtual-machine steps between two looks at the cancel flag


def matches(library: Library, query: str) -> dict[int, str]:
    """Document id → what matched (a text snippet, else the matching tag), best first."""
    found = {hit.document_id: hit.snippet for hit in library.search(query)}
    for hit in library.search_tags(query):
        found.setdefault(hit.document_id, f"{hit.category}: {hit.text}")
    return found


def search_job(path: Path, query: str) -> Job:
    """A job answering ``query`` from the library at ``path`` through its own connection."""

    def job(_progress, cancelled) -> dict[int, str]:
        if cancelled():
            raise Cancelled
        with _reading(path) as library:
            library.db.conn.set_progress_handler(lambda: int(cancelled()), _CHECK_EVERY)
            try:
                return matches(library, query)
            except LibraryError:
                if cancelled():  # SQLite stopped the query because a newer one came
                    raise Cancelled from None
                raise

    return job


@contextlib.contextmanager
def _reading(path: Path) -> Iterator[Library]:
    """A connection for one search; closing it does not wait for the day's backup."""
    if not path.exists():  # opening would make a new, empty library
        raise LibraryError(f"The library file {path} is not there any more.")
    library = Library.open(path)
    try:
        yield library
    finally:
        library.db.close()


class LibrarySearch(QObject):
    """Runs the search box's query shortly after typing stops; reports only the latest."""

    found = Signal(str, object)  # the query, its matches (``None`` when the box was cleared)
    failed = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.path: Path | None = None
        self.query = ""
        self.timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self.timer.timeout.connect(self._start)

    def request(self, path: Path, query: str) -> None:
        """Search ``path`` for ``query`` once typing pauses; an empty query clears at once."""
        self.path, self.query = path, query.strip()
        self.runner.cancel(TASK_KEY)
        if self.query:
            self.timer.start()
        else:
            self.timer.stop()
            self.found.emit("", None)

    def cancel(self) -> None:
        self.timer.stop()
        self.runner.cancel(TASK_KEY)

    def _start(self) -> None:
        if self.path is None or not self.query:
            return
        query = self.query
        self.runner.start(
            TASK_KEY,
            search_job(self.path, query),
            "searching the library",
            on_finished=lambda result: self.found.emit(query, result),
            on_failed=self.failed.emit,
        )
