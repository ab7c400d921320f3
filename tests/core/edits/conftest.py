"""The ``revise`` fixture: the sample article with written-down edits applied."""

from __future__ import annotations

import pytest
from edit_revisions import Revision


@pytest.fixture
def revise(sample_text):
    def make(*edits: tuple[str, str]) -> Revision:
        new = sample_text
        for before, after in edits:
            assert before in new, before
            new = new.replace(before, after, 1)
        return Revision(sample_text, new)

    return make
