"""Open a library file safely: refuse what is not ours, back up before upgrading.

Nothing is written to a file until it is known to be empty, or a StoryDiff
library that this version understands and that is not damaged.
"""

from __future__ import annotations

import contextlib
import functools
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from storydiff.errors import LibraryError
from storydiff.library import backups
from storydiff.library.schema import MIGRATION_NAMES, MIGRATIONS, SCHEMA_VERSION

SQLITE_HEADER = b"SQLite format 3\x00"


def open_database(path: Path) -> Database:
    """Connect to the library at ``path``, creating or upgrading it as needed."""
    try:
        return connect(path)
    except OSError as error:
        raise LibraryError(f"Cannot open the library {path}: {error.strerror or error}.") from error


def connect(path: Path) -> Database:
    """:func:`open_database` without the translation of file-system errors."""
    if path.is_dir():
        raise LibraryError(f"{path} is a folder, not a library file.")
    if path.exists() and path.stat().st_size > 0:
        check_file(path)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        db = Database(path, execute_plugins=False)
    except sqlite3.Error as error:
        raise LibraryError(f"Cannot open the library {path}: {error}.") from error
    try:
        prepare(db, path)
    except sqlite3.DatabaseError as error:
        db.close()
        raise LibraryError(
            f"The library {path} could not be read; it may be damaged ({error})."
        ) from error
    except BaseException:
        db.close()
        raise
    return db


def check_file(path: Path) -> None:
    """Refuse a file that is not SQLite, or whose pages were cut off."""
    with path.open("rb") as stream:
        header = stream.read(100)
    if not header.startswith(SQLITE_HEADER):
        raise LibraryError(f"{path} is not a StoryDiff library (it is not an SQLite database).")
    if len(header) < 100:
        raise LibraryError(f"The library {path} is damaged: the file is cut short.")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    header_size_valid = header[24:28] == header[92:96]
    # A checkpoint cut short (disk full) can leave pages only in the WAL: not damage.
    wal = Path(f"{path}-wal")
    pages_in_wal = wal.exists() and wal.stat().st_size > 0
    if header_size_valid and not pages_in_wal and path.stat().st_size < page_size * pages:
        raise LibraryError(f"The library {path} is damaged: the file is cut short.")


def prepare(db: Database, path: Path) -> None:
    """Check the schema version, back up if an upgrade is due, then upgrade."""
    version = recorded_version(db, path)
    backup = None
    if 0 < version < SCHEMA_VERSION:
        check_integrity(db, path)
        backup = backups.take(db.conn, path, f"v{version}")
    try:
        upgrade(db, path, version)
    except BaseException:
        # Nothing was upgraded: the library is as backed up, so a retry takes its own copy.
        with contextlib.suppress(Exception):
            if backup is not None and recorded_version(db, path) == version:
                backup.unlink()
        raise


def upgrade(db: Database, path: Path, version: int) -> None:
    """Set the connection up and apply the migrations this library has not had yet."""
    db.execute("PRAGMA busy_timeout = 10000")
    db.enable_wal()
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("PRAGMA foreign_keys = ON")
    if version < SCHEMA_VERSION:
        MIGRATIONS.apply(db)
    elif version:
        daily_backup(db, path)


def daily_backup(db: Database, path: Path) -> None:
    """The first open of the day copies the library aside (in the background)."""
    with contextlib.suppress(OSError, sqlite3.Error):  # never stops the open
        backups.start_daily(db.conn, path)


def recorded_version(db: Database, path: Path) -> int:
    """The schema version of the library (0 for an empty file); refuse foreign or newer ones."""
    tables = set(db.table_names())
    if not tables:
        return 0
    applied = [m.name for m in MIGRATIONS.applied(db)] if "_sqlite_migrations" in tables else []
    if not applied:
        raise LibraryError(
            f"{path} is an SQLite database but not a StoryDiff library; it was left untouched."
        )
    stored = 0
    if "library_info" in tables:
        row = db.execute(
            "SELECT value FROM library_info WHERE key = ?", ["schema_version"]
        ).fetchone()
        stored = int(row[0]) if row and str(row[0]).isdigit() else 0
    unknown = sorted(set(applied) - set(MIGRATION_NAMES))
    if unknown and stored <= SCHEMA_VERSION:
        raise LibraryError(
            f"This library was written by a newer StoryDiff or a modified one: it holds "
            f"library migration {unknown[0]}, which this version does not know. Update "
            f"StoryDiff to open {path}; the library was left untouched."
        )
    if unknown or stored > SCHEMA_VERSION:
        raise LibraryError(
            f"This library was written by a newer StoryDiff (library format {stored}, this "
            f"version reads up to {SCHEMA_VERSION}). Update StoryDiff to open {path}; "
            "the library was left untouched."
        )
    check_schema_objects(db, path)
    return len(applied)


def check_schema_objects(db: Database, path: Path) -> None:
    """Refuse triggers and views that StoryDiff's migrations do not make (SQLite runs a
    trigger on every write: a hostile one could loop forever or rewrite imported texts)."""
    rows = db.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'view')"
    ).fetchall()
    foreign = sorted(name for kind, name, sql in rows if (kind, name, sql) not in our_objects())
    if foreign:
        raise LibraryError(
            f"The library {path} holds database triggers or views that StoryDiff did not "
            f"create ({', '.join(foreign[:5])}); it was left untouched. It may have been "
            "changed by another program: open a backup (`storydiff library backups`)."
        )


@functools.cache
def our_objects() -> frozenset[tuple[str, str, str]]:
    """The triggers and views of a library made by every migration of this version."""
    db = Database(memory=True)
    MIGRATIONS.apply(db)
    rows = db.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'view')"
    ).fetchall()
    db.close()
    return frozenset(rows)


def check_integrity(db: Database, path: Path) -> None:
    """Refuse to upgrade a damaged library (an upgrade would spread the damage)."""
    problems = [row[0] for row in db.execute("PRAGMA quick_check").fetchall()]
    if problems != ["ok"]:
        raise LibraryError(f"The library {path} is damaged: {problems[0]}.")
