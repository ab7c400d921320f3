"""Patterns compiled once and read back (core/patterns.py)."""

from __future__ import annotations

import marshal
import re
import subprocess
import sys

import pytest

from storydiff.core import patterns

PATTERN = r"\b(?P<value>\d+(?:,\d{3})*)\s+(?i:troops|soldiers)\b"
TEXT = "Moscow mobilised 300,000 Troops and 12 soldiers."


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """The module as a new process finds it, with its folder in ``tmp_path``."""
    monkeypatch.setattr(patterns, "_FOLDER", tmp_path / "__pycache__")
    monkeypatch.setattr(patterns, "_stored", None)
    monkeypatch.setattr(patterns, "_used", set())
    monkeypatch.setattr(patterns, "_new", False)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    return tmp_path


def restart(monkeypatch) -> None:
    monkeypatch.setattr(patterns, "_stored", None)
    monkeypatch.setattr(patterns, "_used", set())
    monkeypatch.setattr(patterns, "_new", False)


def matches(pattern: re.Pattern[str]) -> list[tuple[str, tuple[int, int]]]:
    return [(m.group("value"), m.span()) for m in pattern.finditer(TEXT)]


def test_a_pattern_read_back_matches_as_re_compile_does(fresh, monkeypatch):
    expected = matches(re.compile(PATTERN, re.IGNORECASE))
    assert [value for value, _ in expected] == ["300,000", "12"]
    first = patterns.compile_pattern(PATTERN, re.IGNORECASE)
    assert matches(first) == expected
    patterns._save()
    assert patterns._path().is_file()

    restart(monkeypatch)
    stored = patterns._load()
    assert (PATTERN, int(re.IGNORECASE)) in stored
    again = patterns.compile_pattern(PATTERN, re.IGNORECASE)
    assert matches(again) == expected
    assert again.groupindex == {"value": 1} and again.flags == first.flags
    assert not patterns._new  # nothing compiled: nothing to write


def test_a_damaged_file_is_ignored(fresh, monkeypatch):
    patterns.compile_pattern(PATTERN)
    patterns._save()
    patterns._path().write_bytes(b"\x00not marshal at all")
    restart(monkeypatch)
    assert matches(patterns.compile_pattern(PATTERN)) == matches(re.compile(PATTERN))


def test_a_wrong_code_is_compiled_again(fresh, monkeypatch):
    patterns.compile_pattern(PATTERN)
    patterns._save()
    stored = marshal.loads(patterns._path().read_bytes())
    flags, code, groups, groupindex, indexgroup = stored[(PATTERN, 0)]
    stored[(PATTERN, 0)] = (flags, [99999, *code[1:]], groups, groupindex, indexgroup)
    patterns._path().write_bytes(marshal.dumps(stored))
    restart(monkeypatch)
    assert matches(patterns.compile_pattern(PATTERN)) == matches(re.compile(PATTERN))
    assert patterns._new  # compiled again, and written again at exit


def test_nothing_is_written_when_python_writes_no_bytecode(fresh, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    monkeypatch.delenv("STORYDIFF_WRITE_PATTERNS", raising=False)
    patterns.compile_pattern(PATTERN)
    patterns._save()
    assert not patterns._path().exists()
    monkeypatch.setenv("STORYDIFF_WRITE_PATTERNS", "1")
    patterns._save()
    assert patterns._path().exists()


def test_an_unwritable_folder_is_no_error(fresh, monkeypatch):
    blocker = fresh / "file"
    blocker.write_text("")
    monkeypatch.setattr(patterns, "_FOLDER", blocker / "__pycache__")
    patterns.compile_pattern(PATTERN)
    patterns._save()  # no exception


def test_the_rules_make_the_same_patterns_in_every_process():
    """A pattern built from a set in hash order would be a new key at every start."""
    script = (
        "import storydiff.core.tagging.tagger, storydiff.core.document, storydiff.core.compare;"
        "import hashlib; from storydiff.core import patterns as p;"
        "print(hashlib.sha1(repr(sorted(p._used)).encode()).hexdigest())"
    )
    runs = {
        subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": str(seed), "PYTHONDONTWRITEBYTECODE": "1"},
        ).stdout
        for seed in (1, 2, 3)
    }
    assert len(runs) == 1
