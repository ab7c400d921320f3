"""Library files that StoryDiff did not write as they are: extra triggers or views are
refused with a clear message before anything runs, and the file is left untouched."""

from __future__ import annotations

import sqlite3

import pytest
from library_samples import make_doc

from storydiff.errors import LibraryError
from storydiff.library import Library

HOSTILE = {
    "recursive trigger": (
        "CREATE TRIGGER loop AFTER INSERT ON documents BEGIN "
        "INSERT INTO library_info VALUES (random(), 'x'); END;"
        "CREATE TRIGGER loop2 AFTER INSERT ON library_info BEGIN "
        "INSERT INTO library_info VALUES (random(), 'x'); END;"
    ),
    "rewriting trigger": (
        "CREATE TRIGGER rewrite AFTER INSERT ON documents BEGIN "
        "UPDATE documents SET text = 'rewritten' WHERE id = new.id; END;"
    ),
    "view": "CREATE VIEW everything AS SELECT * FROM documents;",
    "changed index trigger": (
        "DROP TRIGGER documents_ai; CREATE TRIGGER documents_ai AFTER INSERT ON documents "
        "BEGIN UPDATE documents SET title = 'owned' WHERE id = new.id; END;"
    ),
}


@pytest.mark.parametrize("kind", list(HOSTILE))
def test_a_library_with_objects_storydiff_did_not_create_is_refused(tmp_path, kind):
    path = tmp_path / "hostile.sqlite"
    with Library.open(path) as library:
        library.add_document("Story", make_doc())
    connection = sqlite3.connect(path)
    connection.executescript(HOSTILE[kind])
    connection.close()
    before = path.read_bytes()
    with pytest.raises(LibraryError, match="did not create"):
        Library.open(path)
    assert path.read_bytes() == before


def test_an_unknown_migration_is_named_as_such(tmp_path):
    path = tmp_path / "other.sqlite"
    Library.open(path).close()
    connection = sqlite3.connect(path)
    with connection:
        connection.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('storydiff', '0099_from_a_fork', '2026-01-01')"
        )
    connection.close()
    with pytest.raises(LibraryError) as refused:
        Library.open(path)
    assert "0099_from_a_fork" in str(refused.value)
    assert "format 4, this version reads up to 4" not in str(refused.value)


def test_a_backup_with_foreign_triggers_is_not_restored(tmp_path):
    from storydiff.library import backups

    path = tmp_path / "library.sqlite"
    with Library.open(path) as library:
        library.add_document("Story", make_doc())
    hostile = tmp_path / "library.daily-backup-20260101T000000.sqlite"
    source, copy = sqlite3.connect(path), sqlite3.connect(hostile)
    source.backup(copy)
    copy.executescript(HOSTILE["rewriting trigger"])
    source.close()
    copy.close()
    with pytest.raises(LibraryError, match="did not create"):
        backups.restore(path, backups.find(path, hostile.name))


def test_a_damaged_cached_comparison_is_a_cache_miss(tmp_path):
    path = tmp_path / "library.sqlite"
    with Library.open(path) as library:
        a = library.add_document("Story", make_doc())
        b = library.add_document("Story", make_doc("Another text."))
        library.store_comparison(a.id, b.id, "revision", {"rows": []})
        library.db.execute("UPDATE comparisons SET result = '{broken'")
        assert library.cached_comparison(a.id, b.id, "revision") is None
