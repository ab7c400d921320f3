"""Fixtures for the importer tests: sample files and a local web server."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def fixture_path():
    """Path of a file in tests/importers/fixtures."""
    return lambda name: FIXTURES / name
