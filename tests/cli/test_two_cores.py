"""``compare`` on two cores gives what one core gives, and falls back when it cannot fork."""

import os

import pytest
from click.testing import CliRunner

from storydiff.cli import main, two_cores
from storydiff.paths import resource

OLD = str(resource("samples", "newsweek-2023-01-17-isw-mobilization.txt"))
NEW = str(resource("samples", "newsweek-2023-01-17-isw-mobilization.revised.txt"))


def compare(*args):
    result = CliRunner().invoke(main, ["compare", *args])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("mode", ["auto", "revision", "coverage"])
@pytest.mark.parametrize("flags", [["--json"], ["--full"]])
def test_a_forked_child_changes_nothing(monkeypatch, mode, flags):
    alone = compare(OLD, NEW, OLD, "--mode", mode, *flags)
    forks = []
    fork = os.fork
    monkeypatch.setattr(two_cores, "ENOUGH", 0)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    monkeypatch.setattr(os, "fork", lambda: forks.append(1) or fork())
    assert compare(OLD, NEW, OLD, "--mode", mode, *flags) == alone
    assert forks == [1]


def test_without_fork_the_parent_does_it_all(monkeypatch):
    alone = compare(OLD, NEW, "--json")

    def broken():
        raise OSError("no fork here")

    monkeypatch.setattr(two_cores, "ENOUGH", 0)
    monkeypatch.setattr(os, "fork", broken)
    assert compare(OLD, NEW, "--json") == alone


@pytest.mark.parametrize("step", ["_readings", "_aligned"])
def test_a_child_that_fails_is_made_up_for(monkeypatch, step):
    alone = compare(OLD, NEW, OLD, "--json")

    def fails(*args):
        raise RuntimeError("the child fails")

    monkeypatch.setattr(two_cores, "ENOUGH", 0)
    monkeypatch.setattr(two_cores, step, fails)
    assert compare(OLD, NEW, OLD, "--json") == alone


def test_the_child_sends_records_that_load_equal():
    import io
    import pickle
    from pathlib import Path

    from storydiff.core.compare import compare as align
    from storydiff.core.document import analyse
    from storydiff.core.tagging import extract

    old, new = (analyse(Path(path).read_text(encoding="utf-8")) for path in (OLD, NEW))
    sent = (extract(old).figures, extract(new).figures, align(old, new).rows)
    stream = io.BytesIO()
    two_cores._pickler(stream).dump(sent)
    assert pickle.loads(stream.getvalue()) == sent
