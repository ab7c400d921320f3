"""The smaller defects of hardening round 2: report titles, failed backups and upgrades."""

from __future__ import annotations

import sqlite3

import pytest
from click.testing import CliRunner
from library_samples import TEXT, make_doc
from test_migrations import make_v1_library

from storydiff.cli import main
from storydiff.errors import LibraryError
from storydiff.library import Library, backups
from storydiff.library.schema import MIGRATIONS


def test_report_on_a_story_by_number_is_titled_by_its_name(tmp_path):
    path = tmp_path / "library.sqlite"
    with Library.open(path) as library:
        library.add_document("Mobilisation", make_doc())
        library.add_document("Mobilisation", make_doc(TEXT + "\nMore."))
        number = library.story("Mobilisation").id
    out = tmp_path / "report.md"
    args = ["report", "--story", str(number), "-o", str(out), "--library", str(path)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    first_line = out.read_text().splitlines()[0]
    assert "Mobilisation" in first_line and first_line.strip() != f"# {number}"


class FullDisk:
    """A connection whose backup fails as on a full disk, after writing part of it."""

    def backup(self, target: sqlite3.Connection) -> None:
        target.execute("CREATE TABLE half (x)")
        raise sqlite3.OperationalError("database or disk is full")


def test_a_failed_backup_leaves_no_partial_file(tmp_path):
    library = tmp_path / "library.sqlite"
    library.write_bytes(b"")
    with pytest.raises(sqlite3.OperationalError):
        backups.take(FullDisk(), library, "daily")  # type: ignore[arg-type]
    assert [p.name for p in tmp_path.iterdir()] == ["library.sqlite"]


def test_a_failed_upgrade_does_not_leave_a_backup_each_time(tmp_path, monkeypatch):
    path = tmp_path / "library.sqlite"
    make_v1_library(path)

    def failing(db, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(MIGRATIONS, "apply", failing)
    for _ in range(3):
        with pytest.raises(LibraryError):
            Library.open(path)
    assert len(backups.backups(path)) <= 1
