"""Two processes on one library at once: both keep working and no write is lost."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from storydiff.cli import main
from storydiff.importers.base import ImportedDocument
from storydiff.library import Library

WORKER = Path(__file__).with_name("library_worker.py")
COUNT = 40  # library_worker.COUNT


def start(mode: str, path: Path, arg: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(WORKER), mode, str(path), arg],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def seed(path: Path) -> None:
    text = "Troops were mobilised, the ISW said."
    with Library.open(path) as library:
        library.add_document("seed", ImportedDocument(text=text, raw=b"x", method="text"))


def test_two_processes_importing_and_annotating_at_once_lose_nothing(tmp_path):
    path = tmp_path / "library.sqlite"
    seed(path)
    workers = [
        start("import", path, "a"),
        start("import", path, "b"),
        start("notes", path, "c"),
        start("notes", path, "d"),
    ]
    for worker in workers:
        out, err = worker.communicate(timeout=120)
        assert worker.returncode == 0, (out, err)
        assert out.splitlines()[-1] == "finished"
    with Library.open(path) as library:
        assert library.check() == ["ok"]
        counts = {story.name: story.document_count for story in library.stories()}
        assert counts == {"seed": 1, "story a": COUNT, "story b": COUNT}
        authors = [note.author for note in library.notes(document_id=1)]
        assert sorted(authors) == ["c"] * COUNT + ["d"] * COUNT


def test_command_line_works_while_another_process_writes(tmp_path):
    path = tmp_path / "library.sqlite"
    seed(path)
    writer = start("import", path, "a")
    assert writer.stdout.readline().strip() == "opening"
    assert writer.stdout.readline().strip() == "ready"
    runner = CliRunner()
    for _ in range(5):
        listed = runner.invoke(main, ["library", "stories", "--library", str(path)])
        assert listed.exit_code == 0, listed.output
        found = runner.invoke(main, ["library", "search", "mobilised", "--library", str(path)])
        assert found.exit_code == 0, found.output
    writer.communicate(timeout=120)
    assert writer.returncode == 0
    with Library.open(path) as library:
        assert library.story("story a").document_count == COUNT
