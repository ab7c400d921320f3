"""Disk full, read-only library, library that disappears: a clear message, nothing lost.

The tests run as root here, so a full disk is a real 2 MB tmpfs and a read-only
library a read-only bind mount or an immutable file; where mounting is not
allowed they are skipped, and ``max_page_count`` stands in for the full disk.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from storydiff.errors import LibraryError
from storydiff.importers.base import ImportedDocument
from storydiff.library import Library, backups


def article(n: int) -> ImportedDocument:
    text = f"Article {n}. " + "Troops were mobilised, the ISW said. " * 200
    return ImportedDocument(text=text, raw=text.encode() * 2, method="text", title=f"A{n}")


def system(*command: str) -> bool:
    return subprocess.run(command, capture_output=True, check=False).returncode == 0


@contextlib.contextmanager
def mounted(*command: str, target: Path) -> Iterator[None]:
    if not system(*command):
        pytest.skip(f"cannot mount here ({' '.join(command)}); needs root")
    try:
        yield
    finally:
        system("umount", "-l", str(target))


def fill_until_full(library: Library) -> tuple[int, LibraryError]:
    """Import articles until the library refuses; how many went in, and the refusal."""
    for n in range(10_000):
        try:
            library.add_document("Mobilization", article(n))
        except LibraryError as error:
            return n, error
    raise AssertionError("the disk never filled up")


def assert_holds(path: Path, count: int) -> None:
    with Library.open(path) as library:
        assert library.check() == ["ok"]
        assert library.story("Mobilization").document_count == count
        assert library.search("Article")  # the search index is whole too


def test_full_disk_refuses_the_import_clearly_and_keeps_what_was_there(tmp_path):
    disk = tmp_path / "disk"
    disk.mkdir()
    with mounted("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(disk), target=disk):
        path = disk / "library.sqlite"
        with Library.open(path) as library:
            stored, error = fill_until_full(library)
            assert "the disk is full" in str(error)
            assert "nothing of this change was saved" in str(error)
            assert stored > 0
        for suffix in ("", "-wal"):  # read it where there is room
            shutil.copy(f"{path}{suffix}", f"{tmp_path / 'copy.sqlite'}{suffix}")
        assert_holds(tmp_path / "copy.sqlite", stored)


def test_full_library_by_page_limit_refuses_clearly_and_keeps_what_was_there(tmp_path):
    path = tmp_path / "library.sqlite"
    with Library.open(path) as library:
        library.db.execute("PRAGMA max_page_count = 400")
        stored, error = fill_until_full(library)
    assert "the disk is full" in str(error)
    assert_holds(path, stored)


def make_library(path: Path, count: int = 3) -> None:
    with Library.open(path) as library:
        for n in range(count):
            library.add_document("Mobilization", article(n))
        library.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def test_library_on_a_read_only_drive_is_read_or_refused_clearly_never_changed(tmp_path):
    folder = tmp_path / "drive"
    folder.mkdir()
    make_library(folder / "library.sqlite")
    before = (folder / "library.sqlite").read_bytes()
    with mounted("mount", "--bind", str(folder), str(folder), target=folder):
        if not system("mount", "-o", "remount,bind,ro", str(folder)):
            pytest.skip("cannot remount read-only here")
        try:
            library = Library.open(folder / "library.sqlite")
        except LibraryError as error:
            assert "cannot be written" in str(error) or "could not be" in str(error)
        else:
            with library, pytest.raises(LibraryError, match="cannot be written to"):
                library.add_document("Mobilization", article(99))
    assert (folder / "library.sqlite").read_bytes() == before


def test_immutable_library_file_refuses_writes_clearly_and_is_unchanged(tmp_path):
    path = tmp_path / "library.sqlite"
    make_library(path)
    before = path.read_bytes()
    if not system("chattr", "+i", str(path)):
        pytest.skip("chattr +i is not available here")
    try:
        try:
            library = Library.open(path)
        except LibraryError as error:
            assert "could not be" in str(error) or "Cannot open" in str(error)
        else:
            with library, pytest.raises(LibraryError, match=r"cannot be written to|could not"):
                library.add_document("Mobilization", article(99))
    finally:
        system("chattr", "-i", str(path))
    assert path.read_bytes() == before
    assert_holds(path, 3)


def test_library_whose_folder_is_deleted_while_open_refuses_to_write(tmp_path):
    folder = tmp_path / "investigation"
    folder.mkdir()
    path = folder / "library.sqlite"
    make_library(path)
    with Library.open(path) as library:
        backups.wait_for_daily()  # the day's first open copies the library aside meanwhile
        shutil.rmtree(folder)
        with pytest.raises(LibraryError, match=r"has disappeared.*nothing was saved"):
            library.add_document("Mobilization", article(99))
        with pytest.raises(LibraryError, match="has disappeared"):
            library.add_note(1, "A note that would be lost")
