"""Only regular files are read: a FIFO, a device or a socket is refused at once,
from every command and inside a folder archive (run in a child process, so a hang
fails the test instead of stopping the run)."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
from library_samples import make_doc

from storydiff.errors import InputError
from storydiff.importers.text import load_text
from storydiff.library import Library

COMMANDS = {
    "import": ["import", "{f}", "--story", "S", "--library", "{lib}"],
    "compare": ["compare", "{f}", "{f}"],
    "extract": ["extract", "{f}"],
    "report": ["report", "{f}", "{f}", "-o", "{out}"],
    "feed": ["import", "--feed", "{f}", "--story", "S", "--library", "{lib}"],
}


def storydiff(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "storydiff", *args],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )


@pytest.mark.parametrize("command", list(COMMANDS))
def test_a_fifo_is_refused_at_once(tmp_path, command):
    fifo = tmp_path / "article.txt"
    os.mkfifo(fifo)
    values = {"f": str(fifo), "lib": str(tmp_path / "l.sqlite"), "out": str(tmp_path / "r.md")}
    started = time.monotonic()
    done = storydiff(*(part.format(**values) for part in COMMANDS[command]))
    assert done.returncode == 2, done.stderr
    assert "not a regular file" in done.stderr, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert time.monotonic() - started < 20


def test_a_device_given_to_the_text_importer_is_refused():
    with pytest.raises(InputError, match="not a regular file"):
        load_text("/dev/zero")


def test_a_fifo_inside_a_folder_archive_is_refused(tmp_path):
    with Library.open(tmp_path / "source.sqlite") as library:
        library.add_document("Story", make_doc())
        folder = library.export_story("Story", tmp_path / "export")
    text = folder / "documents" / "0001.txt"
    text.unlink()
    os.mkfifo(text)
    done = storydiff(
        "library", "import-archive", str(folder), "--library", str(tmp_path / "t.sqlite")
    )
    assert done.returncode == 2, done.stderr
    assert "not a file" in done.stderr or "not a regular file" in done.stderr, done.stderr
