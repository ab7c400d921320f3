"""Watched articles and feeds in the library, and the record of each check.

Two processes running ``storydiff watch run`` share the work through leases: a
process claims due watches in one write transaction (``BEGIN IMMEDIATE``), so
no other process checks them until it has recorded the result or the lease
has run out (a killed process leaves its claims to expire).
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from storydiff.errors import InputError
from storydiff.library.records import now
from storydiff.library.store import Library

_WINDOW = 200  # due watches looked at per claim (some may wait for their host)
WATCH_COLUMNS = (
    "id, url, kind, story, feed_id, every, paused, created, next_check, last_check, "
    "last_change, last_error, failures, etag, last_modified, last_document"
)


@dataclass(frozen=True)
class WatchRecord:
    """One watched article or feed; times are stored ISO 8601 UTC strings."""

    id: int
    url: str
    kind: str
    story: str | None
    feed_id: int | None
    every: int
    paused: bool
    created: str
    next_check: str
    last_check: str | None
    last_change: str | None
    last_error: str | None
    failures: int
    etag: str | None
    last_modified: str | None
    last_document: int | None

    def to_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in WATCH_COLUMNS.split(", ")}


@dataclass(frozen=True)
class CheckResult:
    """What one check of a watch found."""

    outcome: str  # new_version, unchanged, noise, not_modified, error, feed
    summary: str = ""
    error: str = ""
    document_id: int | None = None


def add_watch(
    library: Library, url: str, kind: str, every: int, story: str | None = None,
    feed_id: int | None = None,
) -> WatchRecord:  # fmt: skip
    """Watch ``url``, first check due now; an address already watched is refused."""
    with library.transaction():
        taken = library.db.execute(
            "SELECT id FROM watches WHERE kind = ? AND url = ?", [kind, url]
        ).fetchone()
        if taken:
            raise InputError(f"{url} is already watched (watch {taken[0]})")
        stamp = now()
        row = {"url": url, "kind": kind, "story": story, "feed_id": feed_id, "every": every,
               "paused": 0, "created": stamp, "next_check": stamp, "failures": 0}  # fmt: skip
        watch_id = library.db["watches"].insert(row).last_pk
    return watch(library, watch_id)


def watch(library: Library, watch_id: int) -> WatchRecord:
    return _one(library, "id = ?", watch_id, f"there is no watch {watch_id}")


def watches(library: Library) -> list[WatchRecord]:
    rows = library.db.execute(f"SELECT {WATCH_COLUMNS} FROM watches ORDER BY id").fetchall()
    return [_record(row) for row in rows]


def find_watch(library: Library, id_or_url: str) -> WatchRecord:
    """A watch by its number or its address."""
    if id_or_url.isdigit():
        return watch(library, int(id_or_url))
    return _one(library, "url = ?", id_or_url, f"{id_or_url} is not watched")


def _one(library: Library, where: str, value: object, missing: str) -> WatchRecord:
    query = f"SELECT {WATCH_COLUMNS} FROM watches WHERE {where} ORDER BY kind"
    row = library.db.execute(query, [value]).fetchone()
    if row is None:
        raise InputError(missing)
    return _record(row)


def remove_watch(library: Library, watch_id: int) -> None:
    """Stop watching; the stories and versions it stored stay."""
    with library.transaction():
        library.db.execute("DELETE FROM watch_checks WHERE watch_id = ?", [watch_id])
        library.db.execute("UPDATE watches SET feed_id = NULL WHERE feed_id = ?", [watch_id])
        library.db.execute("DELETE FROM watches WHERE id = ?", [watch_id])


def set_paused(library: Library, watch_id: int, paused: bool) -> None:
    with library.transaction():
        library.db.execute("UPDATE watches SET paused = ? WHERE id = ?", [int(paused), watch_id])


@dataclass(frozen=True)
class Claim:
    """The watch a process may check now, or how long until a busy host is free."""

    watch: WatchRecord | None
    wait: float | None = None  # seconds, when due watches wait only for their hosts


def claim_next(
    library: Library, owner: str, clock: Callable[[], datetime], lease: timedelta,
    polite: float, unchecked_since: datetime | None = None, only: int | None = None,
) -> Claim:  # fmt: skip
    """Claim the next watch due now (with ``unchecked_since``: any unpaused one not checked
    since then) that no process holds and whose host was not asked within ``polite``
    seconds, by any process; with ``only``, that watch or none.

    It is ours until now + ``lease``; its host is booked until now + ``polite``. "Now" is
    read once the write lock is held, so bookings follow each other in time.
    """
    with library.transaction():
        at = clock()
        stamp = _iso(at)
        due = "(last_check IS NULL OR last_check < ?)" if unchecked_since else "next_check <= ?"
        one = "AND id = ? " if only is not None else ""
        rows = library.db.execute(
            f"SELECT {WATCH_COLUMNS} FROM watches WHERE paused = 0 AND {due} {one}"
            "AND (lease_until IS NULL OR lease_until < ?) ORDER BY next_check, id LIMIT ?",
            [_iso(unchecked_since) if unchecked_since else stamp,
             *([only] if only is not None else []), stamp, _WINDOW],
        ).fetchall()  # fmt: skip
        booked = dict(
            library.db.execute(
                # a booking beyond ``polite`` from now was made by a clock set differently
                "SELECT host, next_fetch FROM watch_hosts WHERE next_fetch > ? AND next_fetch <= ?",
                [stamp, _iso(at + timedelta(seconds=polite))],
            ).fetchall()
        )
        waits = []
        for row in rows:
            record = _record(row)
            host = host_of(record.url)
            if host in booked:
                waits.append((datetime.fromisoformat(booked[host]) - at).total_seconds())
                continue
            library.db.execute(
                "UPDATE watches SET lease_owner = ?, lease_until = ? WHERE id = ?",
                [owner, _iso(at + lease), record.id],
            )
            library.db["watch_hosts"].upsert(
                {"host": host, "next_fetch": _iso(at + timedelta(seconds=polite))}, pk="host"
            )
            return Claim(record)
    return Claim(None, max(0.0, min(waits)) if waits else None)


def host_of(url: str) -> str:
    return (urllib.parse.urlsplit(url).hostname or "").lower()


def _iso(at: datetime) -> str:
    return at.isoformat(timespec="microseconds")


def record_check(
    library: Library, claimed: WatchRecord, result: CheckResult, changes: dict[str, Any]
) -> None:
    """Record a check, update its watch with ``changes`` and release the lease (in the
    caller's transaction if there is one, so a stored version and its check go together)."""
    with library.transaction():
        if (
            library.db.execute("SELECT 1 FROM watches WHERE id = ?", [claimed.id]).fetchone()
            is None
        ):
            return  # removed while being checked
        library.db["watch_checks"].insert(
            {"watch_id": claimed.id, "checked": changes.get("last_check") or now(),
             "outcome": result.outcome, "document_id": result.document_id,
             "summary": result.summary or None, "error": result.error or None}
        )  # fmt: skip
        columns = {**changes, "lease_owner": None, "lease_until": None}
        assignments = ", ".join(f"{name} = ?" for name in columns)
        library.db.execute(
            f"UPDATE watches SET {assignments} WHERE id = ?", [*columns.values(), claimed.id]
        )


def checks(library: Library, watch_id: int, limit: int = 20) -> list[dict[str, Any]]:
    """The latest checks of a watch, newest first."""
    rows = library.db.execute(
        "SELECT checked, outcome, document_id, summary, error FROM watch_checks "
        "WHERE watch_id = ? ORDER BY id DESC LIMIT ?",
        [watch_id, limit],
    ).fetchall()
    names = ("checked", "outcome", "document_id", "summary", "error")
    return [dict(zip(names, row, strict=True)) for row in rows]


def stored_versions(library: Library) -> dict[int, int]:
    """Story id → the newest document a watch stored in it (by whichever process)."""
    rows = library.db.execute(
        "SELECT d.story_id, max(c.document_id) FROM watch_checks c "
        "JOIN documents d ON d.id = c.document_id "
        "WHERE c.outcome = 'new_version' GROUP BY d.story_id"
    ).fetchall()
    return {story_id: document_id for story_id, document_id in rows}


def _record(row: tuple) -> WatchRecord:
    values = list(row)
    values[6] = bool(values[6])
    return WatchRecord(*values)
