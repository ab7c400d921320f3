"""Shared fixtures: the bundled sample article and its revision."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from storydiff.paths import resource

SAMPLE = "newsweek-2023-01-17-isw-mobilization"


@pytest.fixture(scope="session")
def sample_text() -> str:
    return resource("samples", f"{SAMPLE}.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def revised_text() -> str:
    return resource("samples", f"{SAMPLE}.revised.txt").read_text(encoding="utf-8")


@pytest.fixture
def site():
    """A local web server on 127.0.0.1 (tests/importers/localsite.py); no real network."""
    from localsite import running_site

    with running_site() as local:
        yield local
