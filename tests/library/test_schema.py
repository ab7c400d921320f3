"""The library file: tables, pragmas, schema version, several libraries side by side."""

from __future__ import annotations

import sqlite3

from storydiff.library import Library
from storydiff.library.schema import MIGRATION_NAMES, SCHEMA_VERSION

TABLES = {"library_info", "stories", "documents", "tags", "notes", "comparisons", "watches"}


def test_new_library_has_every_table_and_its_schema_version(library_path):
    Library.open(library_path).close()
    conn = sqlite3.connect(library_path)
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables >= TABLES | {"documents_fts", "_sqlite_migrations"}
    version = conn.execute("SELECT value FROM library_info WHERE key='schema_version'").fetchone()
    assert version == (str(SCHEMA_VERSION),)
    applied = [row[0] for row in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    assert applied == MIGRATION_NAMES


def test_documents_table_keeps_raw_bytes_and_both_digests(library_path):
    Library.open(library_path).close()
    conn = sqlite3.connect(library_path)
    columns = {row[1]: row[2] for row in conn.execute("PRAGMA table_info(documents)")}
    assert columns["raw"] == "BLOB"
    assert {"text", "text_sha256", "raw_sha256", "method", "published", "retrieved"} <= set(columns)


def test_library_runs_in_wal_mode_with_foreign_keys(library):
    assert library.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert library.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_missing_folders_are_created_for_a_new_library(tmp_path):
    with Library.open(tmp_path / "deep" / "er" / "lib.sqlite") as library:
        assert library.path.exists()


def test_two_libraries_side_by_side_do_not_share_stories(tmp_path):
    with (
        Library.open(tmp_path / "a.sqlite") as first,
        Library.open(tmp_path / "b.sqlite") as second,
    ):
        first.add_story("Mobilization")
        second.add_story("Elections")
        assert [s.name for s in first.stories()] == ["Mobilization"]
        assert [s.name for s in second.stories()] == ["Elections"]


def test_reopening_an_up_to_date_library_changes_nothing(library_path):
    with Library.open(library_path) as library:
        library.add_story("Mobilization")
    with Library.open(library_path) as library:
        assert [s.name for s in library.stories()] == ["Mobilization"]
        assert len(list(library.db["_sqlite_migrations"].rows)) == SCHEMA_VERSION
    assert not list(library_path.parent.glob("*backup*"))


def test_default_path_is_in_the_user_data_folder(monkeypatch, tmp_path):
    monkeypatch.setattr(
        "storydiff.library.store.default_library_path", lambda: tmp_path / "d.sqlite"
    )
    with Library.open() as library:
        assert library.path == tmp_path / "d.sqlite"
