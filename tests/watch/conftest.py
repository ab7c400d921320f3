import pytest

from storydiff.library import Library


@pytest.fixture
def library(tmp_path):
    with Library.open(tmp_path / "watch.sqlite") as opened:
        yield opened
