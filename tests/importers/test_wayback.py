"""Revision history from the Wayback Machine, against a local imitation of it."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from localsite import ARCHIVED_ARTICLE, CAPTURES, serve_wayback

from storydiff.errors import InputError
from storydiff.importers.wayback import import_history, list_snapshots

ARTICLE, STAMPS = ARCHIVED_ARTICLE, CAPTURES


@pytest.fixture
def archive(site):
    """The local site dressed as the Wayback Machine for ARTICLE."""
    return serve_wayback(site)


def test_snapshots_are_listed_oldest_first_with_capture_times(archive):
    snapshots = list_snapshots(ARTICLE, archive=archive.base)
    assert [s.timestamp for s in snapshots] == [
        datetime(2023, 1, 17, 14, 25, 1, tzinfo=UTC),
        datetime(2023, 1, 17, 18, 2, 33, tzinfo=UTC),
        datetime(2023, 1, 17, 21, 15, 7, tzinfo=UTC),
        datetime(2023, 1, 18, 9, 11, 44, tzinfo=UTC),
    ]
    assert snapshots[0].archive_url == f"{archive.base}/web/20230117142501id_/{ARTICLE}"
    assert snapshots[0].digest == "AKJ3FS3IXKLQ7NBOM4K2LUTFWBZNCX6E"


def test_cdx_query_asks_for_distinct_successful_captures(archive):
    list_snapshots(ARTICLE, archive=archive.base)
    query = archive.requests[0][0]
    for part in ("output=json", "filter=statuscode%3A200", "collapse=digest", "fl=timestamp"):
        assert part in query
    assert "url=https%3A%2F%2Fwww.newsweek.com" in query


def test_adjacent_identical_digests_are_collapsed(archive):
    rows = json.loads(archive.routes["/cdx/search/cdx"].body)
    rows.insert(2, list(rows[1]))  # same digest as the capture before
    rows[2][0] = "20230117150000"
    archive.serve("/cdx/search/cdx", json.dumps(rows), content_type="application/json")
    assert len(list_snapshots(ARTICLE, archive=archive.base)) == 4


def test_history_gives_distinct_versions_in_order_with_capture_times(archive):
    snapshots = list_snapshots(ARTICLE, archive=archive.base)
    versions = import_history(snapshots)
    # the 21:15 capture differs from 18:02 only by an advertisement
    assert [v.extra["snapshot"] for v in versions] == [STAMPS[0], STAMPS[1], STAMPS[3]]
    assert [v.published for v in versions] == [snapshots[i].timestamp for i in (0, 1, 3)]
    assert all(v.retrieved == v.published for v in versions)
    assert all(v.method == "wayback" and v.url == ARTICLE for v in versions)
    assert versions[0].extra["digest"] == "AKJ3FS3IXKLQ7NBOM4K2LUTFWBZNCX6E"
    assert versions[0].text != versions[1].text
    assert versions[2].text.endswith("to correct the date of the anniversary.")
    assert versions[0].title == "Putin May Announce Second Mobilization This Week: ISW"


def test_three_picked_snapshots_give_three_versions(archive):
    snapshots = list_snapshots(ARTICLE, archive=archive.base)
    versions = import_history([snapshots[3], snapshots[0], snapshots[1]])
    assert [v.published for v in versions] == [snapshots[i].timestamp for i in (0, 1, 3)]


def test_progress_is_reported_and_cancel_stops_early(archive):
    snapshots = list_snapshots(ARTICLE, archive=archive.base)
    calls: list[tuple[int, int]] = []
    versions = import_history(
        snapshots,
        progress=lambda done, total: calls.append((done, total)),
        cancelled=lambda: len(calls) == 2,
    )
    assert calls == [(1, 4), (2, 4)]
    assert len(versions) == 2


def test_page_never_archived_is_a_clear_error(site):
    site.serve("/cdx/search/cdx", "[]", content_type="application/json")
    with pytest.raises(InputError, match=r"no archived copy"):
        list_snapshots(ARTICLE, archive=site.base)


def test_garbled_cdx_answer_is_a_clear_error(site):
    site.serve("/cdx/search/cdx", "<html>Rate limited</html>", content_type="text/html")
    with pytest.raises(InputError, match=r"cannot read"):
        list_snapshots(ARTICLE, archive=site.base)


def test_archive_down_is_a_clear_error(closed_port_url):
    with pytest.raises(InputError, match=r"refused the connection"):
        list_snapshots(ARTICLE, archive=closed_port_url.rsplit("/", 1)[0])


def test_missing_snapshot_is_a_clear_error(archive):
    snapshots = list_snapshots(ARTICLE, archive=archive.base)
    del archive.routes[f"/web/{STAMPS[1]}id_/{ARTICLE}"]
    with pytest.raises(InputError, match=r"page not found"):
        import_history(snapshots)
