"""RSS and Atom feeds, fetched from a local server."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from storydiff.errors import InputError
from storydiff.importers.feed import fetch_feed, parse_feed


def test_rss_entries_become_documents_with_metadata(site):
    documents = fetch_feed(
        site.serve_file("/world/rss", "feed_rss.xml", content_type="application/rss+xml")
    )
    assert [d.title for d in documents] == [
        "Putin may announce second mobilization this week, think tank says",
        "Minister resigns after expenses row",
    ]  # the photo gallery has no text and is skipped
    first, second = documents
    assert first.author == "Isabel van Brugen"
    assert second.author == "Tom Hale"
    assert first.url == "https://ledger.example/world/putin-mobilization"
    assert first.outlet == "The Daily Ledger - World"
    assert first.published == datetime(2023, 1, 17, 14, 21, 3, tzinfo=UTC)
    assert second.published == datetime(2023, 1, 16, 17, 5, tzinfo=UTC)
    assert all(d.method == "feed" for d in documents)


def test_rss_full_content_is_preferred_to_the_summary(fixture_path):
    first = parse_feed(fixture_path("feed_rss.xml").read_bytes())[0]
    lines = first.text.split("\n")
    assert len(lines) == 3
    assert lines[0].startswith("Russian President Vladimir Putin may be preparing")
    assert lines[2] == "\u201cPutin is fond of using symbolic dates,\u201d the ISW report states."
    assert "as early as Wednesday" not in first.text


def test_atom_html_and_plain_text_entries(fixture_path):
    fact_check, note = parse_feed(fixture_path("feed_atom.xml").read_bytes())
    assert fact_check.author == "Ana Lindqvist"
    assert fact_check.text == (
        "Yes: the think tank's report of January 16 said a new wave could come on January 18.\n"
        "No announcement was made that day."
    )
    assert fact_check.published == datetime(2023, 1, 18, 6, 0, tzinfo=UTC)
    assert note.text == "Corrections are listed at the end of every fact check."


def test_progress_and_cancel(fixture_path):
    calls: list[tuple[int, int]] = []
    documents = parse_feed(
        fixture_path("feed_rss.xml").read_bytes(),
        progress=lambda done, total: calls.append((done, total)),
        cancelled=lambda: len(calls) == 1,
    )
    assert calls == [(1, 3)]
    assert len(documents) == 1


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"<html><body><p>A web page, not a feed.</p></body></html>",
        b"\x89PNG\r\n\x1a\n\x00\x00",
        b"<rss",
    ],
)
def test_non_feed_is_a_clear_error(raw):
    with pytest.raises(InputError, match=r"not an RSS or Atom feed|no entries"):
        parse_feed(raw, url="https://ledger.example/feed")


def test_feed_without_text_is_a_clear_error():
    raw = (
        b"<rss version='2.0'><channel><title>Photos</title>"
        b"<item><title>Kyiv</title></item></channel></rss>"
    )
    with pytest.raises(InputError, match=r"no entry of the feed contains text"):
        parse_feed(raw)


def test_feed_fetch_obeys_the_size_limit(site):
    url = site.serve(
        "/big.xml", b"<rss>" + b" " * 2_000_000 + b"</rss>", content_type="application/rss+xml"
    )
    with pytest.raises(InputError, match=r"bigger than the limit"):
        fetch_feed(url, max_bytes=1024 * 1024)


def test_dead_feed_is_a_clear_error(site):
    with pytest.raises(InputError, match=r"page not found"):
        fetch_feed(site.url("/no-feed"))
