"""Killing an import at random moments leaves the library whole (SIGKILL, several times)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from storydiff.library import Library

WORKER = Path(__file__).with_name("kill_worker.py")
BATCH = 20  # kill_worker.BATCH
ROUNDS = 6


def import_then_kill(path: Path, seed: int, delay: float) -> str:
    """Run the worker, SIGKILL it ``delay`` seconds after it is ready; its last line."""
    worker = subprocess.Popen(
        [sys.executable, str(WORKER), str(path), str(seed)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=WORKER.parent,
    )
    assert worker.stdout is not None
    assert worker.stdout.readline().strip() == "ready"
    time.sleep(delay)
    os.kill(worker.pid, signal.SIGKILL)
    worker.wait(timeout=10)
    lines = worker.stdout.read().splitlines()
    return lines[-1] if lines else "ready"


def assert_whole(path: Path) -> int:
    """Integrity holds, every batch is whole and every document has all its tags."""
    with Library.open(path) as library:
        assert library.check() == ["ok"]
        library.db.execute("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')")
        for story in library.stories():
            if story.name.startswith("batch"):
                assert story.document_count == BATCH, story
        rows = library.db.execute(
            "SELECT documents.extra, count(tags.id) FROM documents "
            "LEFT JOIN tags ON tags.document_id = documents.id GROUP BY documents.id"
        ).fetchall()
        for extra, count in rows:
            assert f'"tags": "{count}"' in extra
        assert library.db.execute("SELECT count(*) FROM documents_fts").fetchone()[0] == len(rows)
        return len(rows)


@pytest.mark.slow
def test_killed_imports_leave_only_whole_imports(tmp_path):
    path = tmp_path / "library.sqlite"
    rng = random.Random(4)
    mid_batch = 0
    documents = 0
    for seed in range(ROUNDS):
        last = import_then_kill(path, seed, rng.uniform(0.1, 0.8))
        mid_batch += last.startswith("begin")
        now = assert_whole(path)
        assert now >= documents
        documents = now
    assert documents > 0
    assert mid_batch > 0, "no kill landed inside a batch; the test proved nothing"
