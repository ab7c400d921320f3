"""Wayback answers are checked: the CDX answer's shape, and that each capture is of the
address asked for (against a local imitation of the archive)."""

from __future__ import annotations

import json

import pytest

from storydiff.errors import InputError
from storydiff.importers.wayback import list_snapshots

ARTICLE = "https://www.example-news.test/world/mobilisation-1774440"
HEADER = ["timestamp", "original", "statuscode", "digest", "mimetype"]


def row(original: str, stamp: str = "20230117142501", digest: str = "ABC") -> list[str]:
    return [stamp, original, "200", digest, "text/html"]


BAD_ANSWERS = {
    "an object": {"a": 1},
    "a number": 12345,
    "deep nesting": "[" * 100_000 + "]" * 100_000,
    "rows of numbers": [HEADER, [1, 2, 3, 4, 5]],
    "a header without fields": [["x"], row(ARTICLE)],
    "a bad timestamp": [HEADER, row(ARTICLE, stamp="2023")],
    "a row too short": [HEADER, ["20230117142501"]],
}


@pytest.mark.parametrize("answer", list(BAD_ANSWERS))
def test_a_cdx_answer_of_the_wrong_shape_is_refused(site, answer):
    body = BAD_ANSWERS[answer]
    site.serve("/cdx/search/cdx", body if isinstance(body, str) else json.dumps(body))
    with pytest.raises(InputError, match="cannot read"):
        list_snapshots(ARTICLE, archive=site.base)


@pytest.mark.parametrize(
    "original",
    [
        "12345",
        '{"x": 1}',
        "javascript:alert(1)",
        "https://elsewhere.test/world/other",
        "file:///etc/passwd",
    ],
)
def test_a_capture_of_another_address_is_not_listed(site, original):
    answer = [HEADER, row(original), row(ARTICLE, "20230118091144", "DEF")]
    site.serve("/cdx/search/cdx", json.dumps(answer))
    snapshots = list_snapshots(ARTICLE, archive=site.base)
    assert [s.url for s in snapshots] == [ARTICLE]


@pytest.mark.parametrize(
    "original",
    [
        "http://www.example-news.test/world/mobilisation-1774440",
        "https://example-news.test/world/mobilisation-1774440/",
        "https://www.example-news.test:443/world/mobilisation-1774440",
    ],
)
def test_the_same_address_written_another_way_is_kept(site, original):
    site.serve("/cdx/search/cdx", json.dumps([HEADER, row(original)]))
    assert len(list_snapshots(ARTICLE, archive=site.base)) == 1


def test_only_captures_of_other_addresses_is_no_archived_copy(site):
    site.serve("/cdx/search/cdx", json.dumps([HEADER, row("javascript:alert(1)")]))
    with pytest.raises(InputError, match="no archived copy"):
        list_snapshots(ARTICLE, archive=site.base)
