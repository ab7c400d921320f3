"""Fixtures for library tests: a fresh library file."""

from __future__ import annotations

from pathlib import Path

import pytest

from storydiff.library import Library


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    return tmp_path / "library.sqlite"


@pytest.fixture
def library(library_path: Path):
    with Library.open(library_path) as opened:
        yield opened
