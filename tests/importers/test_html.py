"""Saved web pages: article body and metadata, without the page furniture."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from storydiff.errors import InputError
from storydiff.importers import load_path
from storydiff.importers.html import extract_html


def test_news_page_gives_title_author_date_outlet(fixture_path):
    document = load_path(fixture_path("news_page.html"))
    assert document.title == "Putin May Announce Second Mobilization This Week: ISW"
    assert document.author == "Isabel van Brugen"
    assert document.outlet == "Newsweek"
    assert document.published == datetime(
        2023, 1, 17, 9, 21, 3, tzinfo=timezone(timedelta(hours=-5))
    )
    assert document.url == "https://www.newsweek.com/putin-second-mobilization-isw-1774440"
    assert document.method == "html"


def test_news_page_text_is_the_article_one_paragraph_per_line(fixture_path):
    document = load_path(fixture_path("news_page.html"))
    lines = document.text.split("\n")
    assert len(lines) == 8
    assert lines[0].startswith("Russian President Vladimir Putin may be preparing")
    assert lines[-1].startswith("ISW said that the reforms")
    assert all(line == line.strip() and line for line in lines)


@pytest.mark.parametrize(
    "furniture", ["Subscribe", "Share on Facebook", "Advertisement", "Trending", "Privacy Policy"]
)
def test_news_page_text_leaves_out_page_furniture(fixture_path, furniture):
    assert furniture not in load_path(fixture_path("news_page.html")).text


def test_raw_keeps_the_page_bytes(fixture_path):
    path = fixture_path("news_page.html")
    assert load_path(path).raw == path.read_bytes()


def test_broken_html_gives_best_effort_text(fixture_path):
    document = load_path(fixture_path("broken_page.html"))
    assert "The minister resigned on Friday" in document.text
    assert "declined to comment" in document.text
    assert "not text" not in document.text


def test_page_without_text_is_an_input_error():
    with pytest.raises(InputError, match=r"page\.html: no article text"):
        extract_html(
            b"<html><body><script>var a=1;</script><img src=x></body></html>", name="page.html"
        )


@pytest.mark.parametrize("junk", [b"", b"   \n", b"\x00\x01\x02\xff\xfe", b"<<<>>>", b"<html"])
def test_junk_is_an_input_error_never_a_crash(junk):
    with pytest.raises(InputError):
        extract_html(junk, name="junk.html")


def test_page_declared_windows_1252_is_decoded(tmp_path):
    page = (
        '<html><head><meta charset="windows-1252"><title>Caf\u00e9 closes</title></head><body>'
        "<article><p>\u201cThe caf\u00e9 is closing after forty years,\u201d the owner said on "
        "Tuesday, blaming rising energy prices and rents.</p></article></body></html>"
    )
    path = tmp_path / "cafe.htm"
    path.write_bytes(page.encode("cp1252"))
    assert "\u201cThe caf\u00e9 is closing" in load_path(path).text
