"""Killing StoryDiff during an upgrade or a note edit leaves the library whole: it passes
``integrity_check`` and holds the state before or after each step, never a mix.

(Kills during imports: tests/library/test_kill.py.)
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlite_utils import Database

from storydiff.bench.library import article, vocabulary
from storydiff.library import Library
from storydiff.library.schema import MIGRATION_NAMES, MIGRATIONS

WORKER = Path(__file__).with_name("library_worker.py")


def start(mode: str, path: Path, arg: str = "-") -> subprocess.Popen:
    worker = subprocess.Popen(
        [sys.executable, str(WORKER), mode, str(path), arg], stdout=subprocess.PIPE, text=True
    )
    assert worker.stdout.readline().strip() == "opening"
    return worker


def kill(worker: subprocess.Popen) -> list[str]:
    """SIGKILL the worker; the lines it printed since."""
    os.kill(worker.pid, signal.SIGKILL)
    worker.wait(timeout=10)
    return worker.stdout.read().splitlines()


def make_v1_library(path: Path, count: int) -> None:
    """A library in the first format, holding ``count`` generated articles."""
    rng = random.Random(3)
    words = vocabulary(rng, 2000)
    db = Database(path, execute_plugins=False)
    MIGRATIONS.apply(db, stop_before=MIGRATION_NAMES[1])
    db["stories"].insert({"id": 1, "name": "Mobilization", "created": "2023-01-17T09:00:00"})
    rows = []
    for n in range(count):
        doc, _ = article(rng, words, n)
        rows.append({"story_id": 1, "title": doc.title, "imported": "2023-01-17T09:00:00",
                     "method": "text", "text": doc.text, "text_sha256": str(n),
                     "raw_sha256": str(n), "raw": doc.raw})  # fmt: skip
    db["documents"].insert_all(rows)
    db.close()


def assert_whole_steps(path: Path, count: int) -> int:
    """Integrity holds and each migration is there completely or not at all."""
    connection = sqlite3.connect(path)
    try:
        assert [r[0] for r in connection.execute("PRAGMA integrity_check")] == ["ok"]
        applied = [r[0] for r in connection.execute("SELECT name FROM _sqlite_migrations")]
        assert applied == MIGRATION_NAMES[: len(applied)]
        version = connection.execute("SELECT value FROM library_info").fetchone()[0]
        assert int(version) == len(applied)
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
        assert ("documents_fts" in tables) == (len(applied) >= 2)
        assert ("notes" in tables) == (len(applied) >= 3)
        assert ("comparisons" in tables) == (len(applied) >= 4)
        if "documents_fts" in tables:
            indexed = connection.execute("SELECT count(*) FROM documents_fts").fetchone()[0]
            assert indexed == count
        assert connection.execute("SELECT count(*) FROM documents").fetchone()[0] == count
        return len(applied)
    finally:
        connection.close()


@pytest.mark.slow
def test_killed_upgrades_leave_each_migration_whole_or_absent(tmp_path):
    count = 3000
    template = tmp_path / "v1.sqlite"
    make_v1_library(template, count)
    path = tmp_path / "library.sqlite"
    shutil.copy(template, path)
    started = time.monotonic()
    worker = start("upgrade", path)
    assert worker.stdout.readline().strip() == "ready"
    upgrade_seconds = time.monotonic() - started
    worker.wait(timeout=60)
    rng = random.Random(8)
    states = set()
    for _ in range(6):
        path.unlink()
        for leftover in tmp_path.glob("library.*"):
            leftover.unlink()
        shutil.copy(template, path)
        worker = start("upgrade", path)
        time.sleep(rng.uniform(0.05, upgrade_seconds))
        kill(worker)
        states.add(assert_whole_steps(path, count))
        with Library.open(path) as library:  # the next start finishes the upgrade
            assert library.check() == ["ok"]
            assert len(library.search("said")) > 0
    assert states & {1, 2, 3}, f"no kill landed inside the upgrade ({states}); it proved nothing"


@pytest.mark.slow
def test_killed_note_edits_leave_the_note_before_or_after_an_edit(tmp_path):
    path = tmp_path / "library.sqlite"
    with Library.open(path) as library:
        doc, _ = article(random.Random(1), vocabulary(random.Random(1), 500), 0)
        library.add_document("Mobilization", doc)
        note = library.add_note(1, "edit 0", author="editor 0")
    rng = random.Random(5)
    inside = 0
    before = 0  # the note's number before this worker: each worker counts from 0 again
    for _ in range(8):
        worker = start("edit-note", path, str(note.id))
        assert worker.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.05, 0.4))
        lines = kill(worker)
        begun = [int(line.split()[1]) for line in lines if line.startswith("begin")]
        done = [int(line.split()[1]) for line in lines if line.startswith("done")]
        inside += bool(begun) and (not done or begun[-1] > done[-1])
        with Library.open(path) as library:
            assert library.check() == ["ok"]
            stored = library.notes(document_id=1)[0]
        number = int(stored.body.split()[1])
        assert stored.author == f"editor {number}"  # body and author from the same edit
        if begun:
            # the edit under way, or the last one done (this worker's, else the one before)
            assert number in {begun[-1], *(done[-1:] or [before])}
        before = number
    assert inside > 0, "no kill landed inside an edit; the test proved nothing"
