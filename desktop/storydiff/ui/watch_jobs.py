"""Watch checks as background jobs for the window (Qt-free; run by ui/tasks.py).

A job opens the library in its own worker thread (a SQLite connection belongs to
the thread that opened it) and checks through :func:`storydiff.watch.run.run_pass`,
so the library's leases and per-host bookings apply exactly as to a ``storydiff
watch run`` in a terminal: neither checks a watch the other holds, nor stores a
version twice.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from storydiff.core.progress import Cancelled
from storydiff.library.store import Library
from storydiff.library.watches import CheckResult, WatchRecord
from storydiff.watch.check import Fetcher
from storydiff.watch.run import DEFAULT_POLITE, default_fetcher, run_pass


@dataclass(frozen=True)
class Checked:
    """One finished check: the watch as claimed, what it found, and its story's id."""

    watch: WatchRecord
    result: CheckResult
    story_id: int | None


def _sleeper(cancelled: Callable[[], bool]) -> Callable[[float], None]:
    """Wait for a busy host in short steps, stopping at once when cancelled."""

    def sleep(seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if cancelled():
                raise Cancelled()
            time.sleep(min(0.1, max(0.0, deadline - time.monotonic())))

    return sleep


def check_job(
    library_path: Path,
    watch_ids: list[int] | None = None,
    fetcher: Fetcher | None = None,
    polite: float = DEFAULT_POLITE,
):
    """A job checking the given watches now (``None``: every watch that is due)."""

    def job(progress, cancelled) -> list[Checked]:
        found: list[Checked] = []
        get = fetcher or default_fetcher()
        sleep = _sleeper(cancelled)
        with Library.open_existing(library_path) as library:
            targets = [None] if watch_ids is None else list(watch_ids)
            progress(0, len(targets))
            for done, only in enumerate(targets, 1):
                passes = run_pass(library, get, polite, everything=only is not None,
                                  sleep=sleep, only=only)  # fmt: skip
                for watch, result in passes:
                    found.append(Checked(watch, result, _story_id(library, result)))
                    if cancelled():
                        raise Cancelled()
                progress(done, len(targets))
        return found

    return job


def _story_id(library: Library, result: CheckResult) -> int | None:
    if result.document_id is None:
        return None
    return library.summary(result.document_id).story_id
