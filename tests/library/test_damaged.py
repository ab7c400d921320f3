"""Files that are not StoryDiff libraries are refused with a clear error and left unchanged."""

from __future__ import annotations

import os
import sqlite3

import pytest
from library_samples import make_doc, make_tags

from storydiff.errors import LibraryError
from storydiff.library import Library


def refused(path, match: str) -> None:
    before = path.read_bytes()
    with pytest.raises(LibraryError, match=match):
        Library.open(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def test_random_bytes_are_refused(tmp_path):
    path = tmp_path / "random.sqlite"
    path.write_bytes(os.urandom(8192))
    refused(path, "not an SQLite database")


def test_a_text_file_is_refused(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("My notes about the mobilization story.\n" * 100)
    refused(path, "not an SQLite database")


def test_sqlite_header_followed_by_garbage_is_refused(tmp_path):
    path = tmp_path / "garbage.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + os.urandom(4000))
    refused(path, "damaged|not")


def test_truncated_library_is_refused(tmp_path):
    path = tmp_path / "cut.sqlite"
    with Library.open(path) as library:
        for number in range(30):
            library.add_document("S", make_doc(f"Text {number} " * 400), make_tags())
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    refused(path, "damaged")


def test_another_apps_database_is_refused(tmp_path):
    path = tmp_path / "contacts.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    refused(path, "not a StoryDiff library")


def test_an_empty_file_becomes_a_library(tmp_path):
    path = tmp_path / "empty.sqlite"
    path.write_bytes(b"")
    with Library.open(path) as library:
        assert library.stories() == []


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(LibraryError, match="folder"):
        Library.open(tmp_path)


def test_damaged_pages_are_reported(tmp_path):
    path = tmp_path / "bad.sqlite"
    with Library.open(path) as library:
        for number in range(30):
            library.add_document("S", make_doc(f"Text {number} " * 400), make_tags())
    data = bytearray(path.read_bytes())
    page = 4096
    data[page * 3 : page * 6] = os.urandom(page * 3)
    path.write_bytes(bytes(data))
    try:
        library = Library.open(path)
    except LibraryError:
        return
    with library:
        assert library.check() != ["ok"]


def test_library_inside_a_file_is_a_library_error(tmp_path):
    (tmp_path / "report.txt").write_text("not a folder")
    with pytest.raises(LibraryError, match="Cannot open the library"):
        Library.open(tmp_path / "report.txt" / "library.sqlite")
    assert (tmp_path / "report.txt").read_text() == "not a folder"
