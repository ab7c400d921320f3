"""A daily backup that fails (a full disk) is reported, never silent, and never stops the work;
`library backups` lists the backups there are."""

from __future__ import annotations

import errno
import sqlite3

import pytest
from click.testing import CliRunner
from test_backups import age_backups, fill, reopen

from storydiff.cli import main
from storydiff.library import Library, backups

FAILURES = [
    OSError(errno.ENOSPC, "No space left on device"),
    sqlite3.OperationalError("database or disk is full"),
]


@pytest.fixture
def full_disk(monkeypatch):
    """Every backup copy fails as on a full disk (``full_disk.error`` says how)."""

    class FullDisk:
        error: Exception = FAILURES[0]

        def __call__(self, connection, library, kind):
            raise self.error

    fake = FullDisk()
    monkeypatch.setattr(backups, "take", fake)
    backups.take_failures()  # nothing left over from other tests
    yield fake
    backups.take_failures()


@pytest.mark.parametrize("error", FAILURES, ids=["OSError ENOSPC", "SQLite full"])
def test_a_failed_daily_backup_is_one_line_on_stderr_and_the_command_works(
    tmp_path, full_disk, error
):
    full_disk.error = error
    path = tmp_path / "library.sqlite"
    fill(path, "Troops were mobilised.")
    result = CliRunner().invoke(main, ["library", "stories", "--library", str(path)])
    assert result.exit_code == 0, result.output
    assert "Mobilization" in result.stdout
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("storydiff: warning: Today's backup of the library library.sqlite")
    assert "the disk is full" in lines[0]
    assert [p.name for p in tmp_path.iterdir()] == ["library.sqlite"]  # no partial copy


def test_backups_lists_those_there_are_after_a_failed_one(tmp_path, monkeypatch):
    path = tmp_path / "library.sqlite"
    fill(path, "Troops were mobilised.")
    reopen(path)
    age_backups(path, days=1)
    yesterday = backups.backups(path)
    assert len(yesterday) == 1
    backups.take_failures()
    monkeypatch.setattr(backups, "take", FailingCopy())
    opened = CliRunner().invoke(main, ["library", "stories", "--library", str(path)])
    assert "the disk is full" in opened.stderr
    listed = CliRunner().invoke(main, ["library", "backups", "--library", str(path)])
    assert listed.exit_code == 0, listed.output
    assert listed.stdout.count("daily backup") == 1
    assert yesterday[0].path.name in listed.stdout


class FailingCopy:
    def __call__(self, connection, library, kind):
        raise OSError(errno.ENOSPC, "No space left on device")


def test_a_failed_backup_is_tried_once_a_day_not_on_every_open(tmp_path, full_disk):
    path = tmp_path / "library.sqlite"
    fill(path, "Troops were mobilised.")
    for _ in range(3):
        reopen(path)
    assert len(backups.take_failures()) == 1


def test_listeners_hear_of_a_failed_backup(tmp_path, full_disk):
    path = tmp_path / "library.sqlite"
    fill(path, "Troops were mobilised.")
    heard: list[tuple] = []

    def listener(library, message):
        heard.append((library, message))

    backups.on_daily_failure(listener)
    try:
        with Library.open(path):
            pass
        backups.wait_for_daily()
    finally:
        backups.forget_daily_failure(listener)
    assert len(heard) == 1 and heard[0][0] == path
    assert "could not be made (the disk is full" in heard[0][1]
