"""Run due checks: claim a watch, wait for its host's turn, check it, repeat."""

from __future__ import annotations

import os
import socket
import time
import urllib.parse
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

from storydiff.importers.web import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, fetch
from storydiff.library.store import Library
from storydiff.library.watches import CheckResult, WatchRecord, claim_due
from storydiff.watch.capture import Capture
from storydiff.watch.check import Fetcher, check

DEFAULT_POLITE = 10.0  # seconds between two requests to one host
LEASE = timedelta(seconds=2 * DEFAULT_TIMEOUT + 60)  # a check is bounded by the fetch limits


def utc_now() -> datetime:
    return datetime.now(UTC)


class HostPacer:
    """Never ask one host more often than every ``interval`` seconds."""

    def __init__(
        self,
        interval: float,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.interval = interval
        self.clock, self.sleep = clock, sleep
        self.last: dict[str, float] = {}

    def wait(self, url: str) -> None:
        host = (urllib.parse.urlsplit(url).hostname or "").lower()
        last = self.last.get(host)
        if last is not None:
            delay = last + self.interval - self.clock()
            if delay > 0:
                self.sleep(delay)
        self.last[host] = self.clock()


def default_fetcher(
    timeout: float = DEFAULT_TIMEOUT, max_bytes: int = DEFAULT_MAX_BYTES
) -> Fetcher:
    """The URL importer's fetch, with its limits on time, size and redirects."""

    def get(url: str, headers: dict[str, str]):
        return fetch(url, timeout=timeout, max_bytes=max_bytes, headers=headers)

    return get


def owner_id() -> str:
    """Who holds a lease: this process on this machine."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def run_pass(
    library: Library,
    fetcher: Fetcher,
    pacer: HostPacer,
    everything: bool = False,
    owner: str | None = None,
    lease: timedelta = LEASE,
    clock: Callable[[], datetime] = utc_now,
    capture: Capture | None = None,
) -> Iterator[tuple[WatchRecord, CheckResult]]:
    """Check every due watch once (every unpaused one with ``everything``)."""
    owner = owner or owner_id()
    done: set[int] = set()
    while True:
        claimed = claim_due(library, owner, clock(), lease, 1, everything, frozenset(done))
        if not claimed:
            return
        (watch,) = claimed
        done.add(watch.id)
        pacer.wait(watch.url)
        yield watch, check(library, watch, fetcher, clock(), capture)


def seconds_to_next(library: Library, clock: Callable[[], datetime], most: float = 60.0) -> float:
    """How long a foreground loop may sleep before something is due (at most ``most``)."""
    row = library.db.execute("SELECT min(next_check) FROM watches WHERE paused = 0").fetchone()
    if not row or not row[0]:
        return most
    due = datetime.fromisoformat(row[0])
    return max(0.0, min(most, (due - clock()).total_seconds()))
