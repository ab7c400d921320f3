"""Run due checks: claim a watch whose host's turn has come, check it, repeat."""

from __future__ import annotations

import os
import socket
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

from storydiff.importers.web import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, fetch
from storydiff.library.store import Library
from storydiff.library.watches import CheckResult, WatchRecord, claim_next
from storydiff.watch.capture import Capture
from storydiff.watch.check import Fetcher, check

DEFAULT_POLITE = 10.0  # seconds between two requests to one host
LEASE = timedelta(seconds=2 * DEFAULT_TIMEOUT + 60)  # a check is bounded by the fetch limits


def utc_now() -> datetime:
    return datetime.now(UTC)


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
    polite: float = DEFAULT_POLITE,
    everything: bool = False,
    owner: str | None = None,
    lease: timedelta = LEASE,
    clock: Callable[[], datetime] = utc_now,
    capture: Capture | None = None,
    sleep: Callable[[float], None] = time.sleep,
    only: int | None = None,
) -> Iterator[tuple[WatchRecord, CheckResult]]:
    """Check every due watch once (every unpaused one with ``everything``; only watch
    ``only`` if given), never asking one host more often than every ``polite`` seconds
    (whichever process asks)."""
    owner = owner or owner_id()
    started = clock() if everything else None  # --now: each watch not checked since
    while True:
        claim = claim_next(library, owner, clock, lease, polite, started, only)
        if claim.watch is None:
            if claim.wait is None:
                return
            sleep(max(claim.wait, 0.01))
            continue
        yield claim.watch, check(library, claim.watch, fetcher, clock(), capture)


def seconds_to_next(library: Library, clock: Callable[[], datetime], most: float = 60.0) -> float:
    """How long a foreground loop may sleep before something is due (at most ``most``)."""
    row = library.db.execute("SELECT min(next_check) FROM watches WHERE paused = 0").fetchone()
    if not row or not row[0]:
        return most
    due = datetime.fromisoformat(row[0])
    return max(0.0, min(most, (due - clock()).total_seconds()))
