"""``storydiff compare A B | head`` ends quietly with status 0 when the reader leaves."""

import subprocess
import sys

import pytest

from storydiff.bench.articles import generate_article, revise


@pytest.fixture(scope="module")
def long_pair(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pipe")
    old = generate_article(8_000, seed=3)
    (folder / "old.txt").write_text(old, encoding="utf-8")
    (folder / "new.txt").write_text(revise(old, seed=4), encoding="utf-8")
    return str(folder / "old.txt"), str(folder / "new.txt")


@pytest.mark.parametrize("flags", [["--full"], ["--json"]], ids=["terminal", "json"])
def test_reader_closing_early_is_not_an_error(long_pair, flags):
    command = [sys.executable, "-m", "storydiff", "compare", *long_pair, *flags]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = child.stdout.readline()  # like `head -1`: one line, then the pipe closes
    child.stdout.close()
    status = child.wait(timeout=60)
    error = child.stderr.read().decode()
    child.stderr.close()
    assert first.strip()
    assert status == 0, error
    assert error == ""
