"""Upgrading old libraries (with a backup first) and refusing newer ones untouched."""

from __future__ import annotations

import sqlite3

import pytest
from sqlite_utils import Database

from storydiff.errors import LibraryError
from storydiff.library import Library
from storydiff.library.schema import MIGRATION_NAMES, MIGRATIONS, SCHEMA_VERSION


def make_v1_library(path):
    """A library as the first schema version wrote it, with one story and document."""
    db = Database(path, execute_plugins=False)
    MIGRATIONS.apply(db, stop_before=MIGRATION_NAMES[1])
    db["stories"].insert({"id": 1, "name": "Mobilization", "created": "2023-01-17T09:00:00+00:00"})
    db["documents"].insert(
        {"id": 1, "story_id": 1, "title": "Troops", "imported": "2023-01-17T09:00:00+00:00",
         "method": "text", "text": "Russia may mobilize 370,000 troops.", "text_sha256": "t",
         "raw_sha256": "r", "raw": b"raw bytes"}
    )  # fmt: skip
    db.close()


def test_old_library_is_upgraded_and_keeps_its_documents(library_path):
    make_v1_library(library_path)
    with Library.open(library_path) as library:
        assert [m.name for m in MIGRATIONS.applied(library.db)] == MIGRATION_NAMES
        assert [d.title for d in library.documents("Mobilization")] == ["Troops"]
        assert [h.document_id for h in library.search("mobilize")] == [1]
        assert library.raw_bytes(1) == b"raw bytes"


def test_backup_of_the_old_library_is_taken_before_upgrading(library_path):
    make_v1_library(library_path)
    Library.open(library_path).close()
    backups = list(library_path.parent.glob("library.v1-backup-*.sqlite"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    tables = {row[0] for row in old.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "documents" in tables and "documents_fts" not in tables
    assert old.execute("SELECT value FROM library_info").fetchone() == ("1",)
    assert old.execute("SELECT title FROM documents").fetchall() == [("Troops",)]


def test_new_library_needs_no_backup(library_path):
    Library.open(library_path).close()
    assert [p.name for p in library_path.parent.iterdir()] == ["library.sqlite"]


def settled_bytes(path) -> bytes:
    """The file's bytes once every connection is closed (WAL checkpointed)."""
    return path.read_bytes()


@pytest.mark.parametrize("how", ["version", "migration"])
def test_library_from_a_newer_storydiff_is_refused_and_left_untouched(library_path, how):
    with Library.open(library_path) as library:
        library.add_story("Mobilization")
    conn = sqlite3.connect(library_path)
    with conn:
        if how == "version":
            conn.execute("UPDATE library_info SET value = ? WHERE key = 'schema_version'", ["99"])
        else:
            conn.execute(
                "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                "VALUES ('storydiff', '0099_future', '2030-01-01')"
            )
    conn.close()
    before = settled_bytes(library_path)
    with pytest.raises(LibraryError, match="newer StoryDiff"):
        Library.open(library_path)
    assert library_path.read_bytes() == before
    assert not list(library_path.parent.glob("*backup*"))


def test_schema_version_counts_the_migrations():
    assert SCHEMA_VERSION == len(MIGRATION_NAMES) >= 4
    assert sorted(MIGRATION_NAMES) == MIGRATION_NAMES
