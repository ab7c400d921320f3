"""Automatic backups: before upgrades, once a day on open, rotating; restore round trip."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest
from click.testing import CliRunner

from storydiff.cli import main
from storydiff.errors import LibraryError
from storydiff.importers.base import ImportedDocument
from storydiff.library import Library, backups


def article(text: str) -> ImportedDocument:
    return ImportedDocument(text=text, raw=text.encode(), method="text", title=text[:20])


def reopen(path) -> None:
    """Open and close the library, and let its daily backup (in the background) finish."""
    Library.open(path).close()
    backups.wait_for_daily()


def fill(path, *texts: str) -> None:
    with Library.open(path) as library:
        backups.wait_for_daily()
        for text in texts:
            library.add_document("Mobilization", article(text))


def age_backups(path, days: int) -> None:
    """Pretend every backup was taken ``days`` earlier (renames them, oldest first)."""
    for backup in reversed(backups.backups(path)):
        when = (backup.taken - timedelta(days=days)).strftime("%Y%m%dT%H%M%S")
        stamp = backup.taken.strftime("%Y%m%dT%H%M%S")
        backup.path.rename(backup.path.with_name(backup.path.name.replace(stamp, when)))


def texts_in(path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT text FROM documents ORDER BY id")]
    finally:
        connection.close()


def test_first_open_of_the_day_backs_up_a_library_with_documents_in_the_background(tmp_path):
    path = tmp_path / "library.sqlite"
    fill(path, "Troops were mobilised.")
    assert backups.backups(path) == []  # a new library needs none
    reopen(path)
    reopen(path)
    taken = backups.backups(path)
    assert [b.kind for b in taken] == ["daily"]
    assert taken[0].taken.date() == datetime.now(UTC).date()
    assert texts_in(taken[0].path) == ["Troops were mobilised."]


def test_a_half_written_backup_left_by_a_kill_is_removed_by_the_next_backup(tmp_path):
    path = tmp_path / "library.sqlite"
    fill(path, "Troops were mobilised.")
    leftover = tmp_path / "library.daily-backup-20260101T000000.sqlite.partial"
    leftover.write_bytes(b"SQLite format 3\x00 cut short")
    other = tmp_path / "other.daily-backup-20260101T000000.sqlite.partial"
    other.write_bytes(b"another library's copy in progress")
    reopen(path)
    assert [b.kind for b in backups.backups(path)] == ["daily"]
    assert not leftover.exists()
    assert other.exists()


def test_daily_backups_rotate_keeping_the_newest_five(tmp_path):
    path = tmp_path / "library.sqlite"
    fill(path, "Day 0.")
    for day in range(1, 8):
        fill(path, f"Day {day}.")  # each open after a day without a backup takes one
        age_backups(path, 1)
    daily = [b for b in backups.backups(path) if b.kind == "daily"]
    assert len(daily) == backups.KEEP
    newest = texts_in(daily[0].path)
    assert newest[-1] == "Day 6."  # the backup precedes that day's writes


def test_upgrade_backups_are_listed_and_count_as_the_days_backup(tmp_path):
    path = tmp_path / "library.sqlite"
    fill(path, "Troops were mobilised.")
    connection = sqlite3.connect(path)
    taken = backups.take(connection, path, "v3")
    connection.close()
    assert [b.path for b in backups.backups(path)] == [taken]
    reopen(path)
    assert [b.reason for b in backups.backups(path)] == ["before upgrading from format 3"]


def test_restore_round_trip_keeps_a_safety_copy_of_the_current_library(tmp_path):
    path = tmp_path / "library.sqlite"
    fill(path, "Version one.")
    reopen(path)  # the daily backup holds "Version one."
    fill(path, "Version two.")
    with Library.open(path) as library:  # another program or process may hold it open
        backups.wait_for_daily()
        daily = backups.backups(path)[0]
        safety = backups.restore(path, daily)
        assert [d.text for d in library.documents("Mobilization")] == ["Version one."]
    assert texts_in(safety) == ["Version one.", "Version two."]
    with Library.open(path) as library:
        assert library.check() == ["ok"]
        assert [d.text for d in library.documents("Mobilization")] == ["Version one."]
    backups.restore(path, backups.find(path, safety.name))  # the restore can be undone
    assert texts_in(path) == ["Version one.", "Version two."]


def test_restore_replaces_a_damaged_library(tmp_path):
    path = tmp_path / "library.sqlite"
    fill(path, "Version one.")
    reopen(path)
    daily = backups.backups(path)[0]
    damaged = bytearray(path.read_bytes())
    damaged[4096:8192] = b"\xff" * 4096
    path.write_bytes(bytes(damaged))
    safety = backups.restore(path, daily)
    assert safety.read_bytes()[4096:8192] == b"\xff" * 4096  # kept as it was, damage and all
    with Library.open(path) as library:
        assert library.check() == ["ok"]
        assert [d.text for d in library.documents("Mobilization")] == ["Version one."]


def test_damaged_backup_is_refused_and_the_library_left_alone(tmp_path):
    path = tmp_path / "library.sqlite"
    fill(path, "Version one.")
    reopen(path)
    daily = backups.backups(path)[0]
    broken = bytearray(daily.path.read_bytes())
    broken[:16] = b"not a database!!"
    daily.path.write_bytes(bytes(broken))
    before = texts_in(path)
    with pytest.raises(LibraryError, match=r"cannot be read|damaged"):
        backups.restore(path, daily)
    assert texts_in(path) == before
    assert [b.kind for b in backups.backups(path)] == ["daily"]  # no safety copy needed


def test_backups_and_restore_commands(tmp_path):
    path = tmp_path / "library.sqlite"
    fill(path, "Version one.")
    reopen(path)
    fill(path, "Version two.")
    runner = CliRunner()
    listed = runner.invoke(main, ["library", "backups", "--library", str(path)])
    assert listed.exit_code == 0, listed.output
    assert "daily backup" in listed.output and "1  " in listed.output
    restored = runner.invoke(main, ["library", "restore", "1", "--library", str(path)])
    assert restored.exit_code == 0, restored.output
    assert "Restored" in restored.output and "restore-backup" in restored.output
    assert texts_in(path) == ["Version one."]
    missing = runner.invoke(main, ["library", "restore", "99", "--library", str(path)])
    assert missing.exit_code == 2
    assert "There is no backup “99”" in missing.output
