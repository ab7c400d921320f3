"""Automatic backups of a library file: before upgrades, once a day, before a restore.

Backups sit next to the library as ``library.<kind>-backup-<UTC time>.sqlite``
(``kind``: ``v3`` before upgrading a format-3 library, ``daily``, or ``restore``
for the safety copy taken before a restore). Each is a complete SQLite file made
with the backup API, so it is consistent even while the library is in use. The
newest :data:`KEEP` of each kind are kept.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from storydiff.errors import LibraryError

KEEP = 5
_STAMP = "%Y%m%dT%H%M%S"
_NAME = re.compile(r"\.(?P<kind>daily|restore|v\d+)-backup-(?P<stamp>\d{8}T\d{6})(?:-\d+)?$")


@dataclass(frozen=True)
class Backup:
    """One backup file of a library."""

    path: Path
    kind: str  # "daily", "restore", or "v3" (taken before upgrading from format 3)
    taken: datetime
    size: int

    @property
    def reason(self) -> str:
        if self.kind == "daily":
            return "daily backup"
        if self.kind == "restore":
            return "safety copy before a restore"
        return f"before upgrading from format {self.kind[1:]}"


def backups(library: Path) -> list[Backup]:
    """The backups of the library at ``library``, newest first."""
    found = []
    for path in library.parent.glob(f"{glob_escape(library.stem)}.*-backup-*{library.suffix}"):
        named = _NAME.search(path.name.removesuffix(library.suffix))
        if named and path.name.startswith(f"{library.stem}."):
            taken = datetime.strptime(named["stamp"], _STAMP).replace(tzinfo=UTC)
            found.append(Backup(path, named["kind"], taken, path.stat().st_size))
    return sorted(found, key=lambda backup: (backup.taken, backup.path.name), reverse=True)


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def take(connection: sqlite3.Connection, library: Path, kind: str) -> Path:
    """Copy the open library into a new backup file, then drop the oldest of that kind."""
    target = _new_name(library, kind)
    partial = target.with_name(target.name + ".partial")
    copy = sqlite3.connect(partial)
    try:
        connection.backup(copy)
        copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
    except BaseException:  # a full disk, a read error: leave no half-written copy
        copy.close()
        for leftover in (partial, Path(f"{partial}-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise
    copy.close()
    os.replace(partial, target)
    rotate(library, kind)
    _drop_partials(library)
    return target


def _drop_partials(library: Path) -> None:
    """Remove copies left half-written by a backup that was killed mid-way."""
    pattern = f"{glob_escape(library.stem)}.*-backup-*.partial"
    for leftover in library.parent.glob(pattern):
        with contextlib.suppress(OSError):
            leftover.unlink()


def _new_name(library: Path, kind: str) -> Path:
    stamp = datetime.now(UTC).strftime(_STAMP)
    suffix = library.suffix or ".sqlite"
    target = library.with_name(f"{library.stem}.{kind}-backup-{stamp}{suffix}")
    number = 1
    while target.exists():  # two backups within a second
        number += 1
        target = library.with_name(f"{library.stem}.{kind}-backup-{stamp}-{number}{suffix}")
    return target


def rotate(library: Path, kind: str) -> None:
    """Keep the newest KEEP backups of ``kind`` (all upgrade backups count as one kind)."""
    upgrade = kind.startswith("v")
    same = [b for b in backups(library) if (b.kind.startswith("v") if upgrade else b.kind == kind)]
    for old in same[KEEP:]:
        with contextlib.suppress(FileNotFoundError):
            old.path.unlink()


def daily_due(connection: sqlite3.Connection, library: Path) -> bool:
    """A library holding documents has had no backup today (UTC)."""
    today = datetime.now(UTC).date()
    if any(backup.taken.date() == today for backup in backups(library)):
        return False
    return bool(connection.execute("SELECT 1 FROM documents LIMIT 1").fetchone())


_running: dict[Path, threading.Thread] = {}
_failed_on: dict[Path, date] = {}  # a failed daily backup is not retried on each open that day
_running_lock = threading.Lock()


def start_daily(connection: sqlite3.Connection, library: Path) -> None:
    """Take the day's backup in a thread of its own, so opening stays quick.

    The thread reads through its own connection (WAL: it blocks no writer) and
    is not a daemon: a short command waits for it before the process ends.
    """
    today = datetime.now(UTC).date()
    if _failed_on.get(library) == today or not daily_due(connection, library):
        return
    with _running_lock:
        if library in _running and _running[library].is_alive():
            return
        thread = threading.Thread(target=_daily, args=(library,), name="storydiff-backup")
        _running[library] = thread
        thread.start()


#: Called as ``listener(library, message)`` from the backup's thread when a daily backup
#: fails (the app shows the message); the failures are also kept for :func:`take_failures`
#: (the command line prints them as it ends). A failed backup never stops the work.
FailureListener = Callable[[Path, str], None]
_listeners: list[FailureListener] = []
_failures: list[str] = []


def on_daily_failure(listener: FailureListener) -> None:
    """Have ``listener`` told of each daily backup that fails (once, however often asked)."""
    if listener not in _listeners:
        _listeners.append(listener)


def forget_daily_failure(listener: FailureListener) -> None:
    with contextlib.suppress(ValueError):
        _listeners.remove(listener)


def take_failures() -> list[str]:
    """The messages of the daily backups that failed since the last call."""
    taken = list(_failures)
    del _failures[: len(taken)]
    return taken


def _daily(library: Path) -> None:
    try:
        connection = sqlite3.connect(f"file:{library}?mode=ro", uri=True)
        try:
            take(connection, library, "daily")
        finally:
            connection.close()
    except (OSError, sqlite3.Error) as error:
        message = failure_message(library, error)
        _failed_on[library] = datetime.now(UTC).date()
        _failures.append(message)
        for listener in list(_listeners):
            with contextlib.suppress(Exception):  # a closed window, a closed stream
                listener(library, message)


def failure_message(library: Path, error: OSError | sqlite3.Error) -> str:
    """Why the daily backup of ``library`` could not be made, in one sentence."""
    text = str(error)
    if getattr(error, "errno", None) == errno.ENOSPC or "full" in text:
        why = "the disk is full; free some space"
    elif getattr(error, "errno", None) in (errno.EACCES, errno.EPERM, errno.EROFS) or (
        "readonly" in text
    ):
        why = "its folder cannot be written to"
    else:
        why = text or type(error).__name__
    return (
        f"Today's backup of the library {library.name} could not be made ({why}); "
        "the library itself is unchanged."
    )


def wait_for_daily(timeout: float | None = None, library: Path | None = None) -> None:
    """Wait for the backups being taken in the background (of one library, or all)."""
    with _running_lock:
        threads = [t for path, t in _running.items() if library is None or path == library]
    for thread in threads:
        thread.join(timeout)


def find(library: Path, name: str) -> Backup:
    """A backup by its number in the listing (1 = newest), file name or path."""
    listed = backups(library)
    if name.isdigit() and 1 <= int(name) <= len(listed):
        return listed[int(name) - 1]
    for backup in listed:
        if name in (backup.path.name, str(backup.path)) or Path(name).name == backup.path.name:
            return backup
    raise LibraryError(
        f"There is no backup “{name}” of {library}; `storydiff library backups` lists them."
    )


def restore(library: Path, backup: Backup) -> Path:
    """Put ``backup`` in place of the library, after a safety copy of the current file.

    Refuses a damaged backup. A damaged library can be restored (that is what
    backups are for): its safety copy is then a plain copy of its files.
    Returns the safety copy.
    """
    check_backup(backup.path)
    safety = safety_copy(library)
    try:
        _copy_into(backup.path, library)
    except sqlite3.DatabaseError:
        _replace_file(backup.path, library)
    return safety


def check_backup(path: Path) -> None:
    """Refuse a backup that fails SQLite's integrity check or is no library."""
    try:
        source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            problems = [row[0] for row in source.execute("PRAGMA integrity_check")]
            tables = {row[0] for row in source.execute("SELECT name FROM sqlite_master")}
            objects = set(
                source.execute(
                    "SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'view')"
                ).fetchall()
            )
        finally:
            source.close()
    except sqlite3.DatabaseError as error:
        raise LibraryError(f"The backup {path.name} cannot be read ({error}).") from error
    if problems != ["ok"]:
        raise LibraryError(f"The backup {path.name} is damaged ({problems[0]}); choose another.")
    if not {"documents", "_sqlite_migrations"} <= tables:
        raise LibraryError(f"{path.name} is not a backup of a StoryDiff library.")
    from storydiff.library.database import our_objects  # (database imports this module)

    if {row for row in objects if row not in our_objects()}:
        raise LibraryError(
            f"The backup {path.name} holds database triggers or views that StoryDiff did not "
            "create; choose another."
        )


def safety_copy(library: Path) -> Path:
    """A copy of the library as it is now (kind ``restore``), even if it is damaged."""
    if not library.exists():
        raise LibraryError(f"There is no library at {library} to restore into.")
    try:
        connection = sqlite3.connect(f"file:{library}?mode=ro", uri=True)
        try:
            return take(connection, library, "restore")
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        target = _new_name(library, "restore")
        shutil.copyfile(library, target)
        wal = Path(f"{library}-wal")
        if wal.exists():
            shutil.copyfile(wal, Path(f"{target}-wal"))
        rotate(library, "restore")
        return target


def _copy_into(source: Path, library: Path) -> None:
    """Overwrite the library's content with the backup's, through SQLite (locks respected)."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(library, timeout=10)
    try:
        if [row[0] for row in dst.execute("PRAGMA quick_check")] != ["ok"]:
            raise sqlite3.DatabaseError("the library is damaged")  # replace the file instead
        src.backup(dst)
    finally:
        src.close()
        dst.close()


def _replace_file(source: Path, library: Path) -> None:
    """Replace a library SQLite cannot open with a copy of the backup."""
    partial = library.with_name(library.name + ".partial")
    shutil.copyfile(source, partial)
    for leftover in (Path(f"{library}-wal"), Path(f"{library}-shm")):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
    os.replace(partial, library)
