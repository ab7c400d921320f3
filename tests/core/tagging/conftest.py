"""Helpers for the tagging tests: tag a text, find a figure or source by its words."""

from __future__ import annotations

import pytest

from storydiff.core.document import analyse
from storydiff.core.tagging import Tags, extract


@pytest.fixture
def tag():
    def run(text: str) -> Tags:
        return extract(analyse(text))

    return run
