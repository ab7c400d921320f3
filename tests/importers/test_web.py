"""Fetching articles by URL: limits, dead links, odd answers, paywalls."""

from __future__ import annotations

import gzip
import time

import pytest

from storydiff.errors import InputError
from storydiff.importers.web import USER_AGENT, fetch_url

PAYWALL_PAGE = """<html><head><title>Budget leak: what the Treasury knew</title>
<meta property="og:site_name" content="The Daily Ledger"></head><body>
<nav>Home | Politics | Business | Subscribe</nav>
<article><h1>Budget leak: what the Treasury knew</h1>
<p>Officials were warned weeks before the budget that figures had been shared with donors.</p>
<div class="paywall">Subscribe to continue reading. Already a subscriber? Log in.</div>
</article><footer>Terms | Privacy</footer></body></html>"""


def test_news_page_is_fetched_and_extracted(site, fixture_path):
    url = site.serve_file("/world/putin-mobilization", "news_page.html")
    document = fetch_url(url)
    assert document.method == "url"
    assert document.title == "Putin May Announce Second Mobilization This Week: ISW"
    assert document.author == "Isabel van Brugen"
    assert document.text.startswith("Russian President Vladimir Putin may be preparing")
    assert document.url == url
    assert document.raw == fixture_path("news_page.html").read_bytes()
    assert document.retrieved is not None


def test_user_agent_names_storydiff(site):
    fetch_url(site.serve_file("/a", "news_page.html"))
    assert site.requests[0][1]["User-Agent"] == USER_AGENT
    assert "StoryDiff" in USER_AGENT


def test_redirects_are_followed_and_final_url_kept(site):
    final = site.serve_file("/final", "news_page.html")
    site.redirect("/short", "/middle", status=301)
    site.redirect("/middle", final)
    assert fetch_url(site.url("/short")).url == final


def test_redirect_loop_is_a_clear_error(site):
    site.redirect("/loop-a", "/loop-b")
    site.redirect("/loop-b", "/loop-a")
    with pytest.raises(InputError, match=r"redirects in a loop"):
        fetch_url(site.url("/loop-a"))


def test_too_many_redirects_is_a_clear_error(site):
    for hop in range(4):
        site.redirect(f"/hop{hop}", f"/hop{hop + 1}")
    site.serve_file("/hop4", "news_page.html")
    with pytest.raises(InputError, match=r"too many redirects \(more than 2\)"):
        fetch_url(site.url("/hop0"), max_redirects=2)
    assert fetch_url(site.url("/hop0"), max_redirects=4).title


def test_redirect_to_another_scheme_is_refused(site):
    site.redirect("/sneaky", "file:///etc/passwd")
    with pytest.raises(InputError, match=r"redirects to a non-web address"):
        fetch_url(site.url("/sneaky"))


@pytest.mark.parametrize(
    "url",
    ["file:///etc/passwd", "ftp://example.org/a.txt", "data:text/html,<p>hi</p>"],
)
def test_other_schemes_are_refused(url):
    with pytest.raises(InputError, match=r"only http and https"):
        fetch_url(url)


def test_dead_link_on_closed_port_is_a_clear_error(closed_port_url):
    with pytest.raises(InputError, match=r"refused the connection"):
        fetch_url(closed_port_url)


def test_unknown_host_is_a_clear_error():
    with pytest.raises(InputError, match=r"could not be found|could not be fetched"):
        fetch_url("http://no-such-host.invalid/article", timeout=5)


@pytest.mark.parametrize(
    ("status", "message"),
    [
        (404, "page not found"),
        (410, "page not found"),
        (500, "site had an error"),
        (503, "site had an error"),
    ],
)
def test_http_errors_are_clear(site, status, message):
    site.serve("/gone", "<html><body>Error</body></html>", status=status)
    with pytest.raises(InputError, match=rf"{message} \(HTTP {status}\)"):
        fetch_url(site.url("/gone"))


def test_image_is_not_a_web_page(site, fixture_path):
    site.serve_file("/photo.png", "picture_renamed.txt", content_type="image/png")
    with pytest.raises(InputError, match=r"not a web page or document \(the site sent image/png\)"):
        fetch_url(site.url("/photo.png"))


def test_pdf_url_goes_to_the_pdf_importer(site):
    url = site.serve_file("/report.pdf", "article.pdf", content_type="application/pdf")
    document = fetch_url(url)
    assert document.text.startswith("Russian President Vladimir Putin")
    assert document.extra["content_type"] == "application/pdf"


def test_oversized_body_with_length_is_refused(site):
    site.serve("/huge", b"<p>" + b"x" * 3_000_000 + b"</p>")
    with pytest.raises(InputError, match=r"bigger than the limit of 1\.0 MB"):
        fetch_url(site.url("/huge"), max_bytes=1024 * 1024)


def test_oversized_body_without_length_is_cut_off_while_streaming(site):
    site.serve("/stream", b"<p>" + b"x" * 3_000_000 + b"</p>", chunked=True)
    with pytest.raises(InputError, match=r"bigger than the limit"):
        fetch_url(site.url("/stream"), max_bytes=1024 * 1024)


def test_slow_site_times_out(site):
    site.serve_file("/slow", "news_page.html", delay=2.0)
    started = time.monotonic()
    with pytest.raises(InputError, match=r"did not answer within 0\.5 seconds"):
        fetch_url(site.url("/slow"), timeout=0.5)
    assert time.monotonic() - started < 1.8


def test_paywall_teaser_is_refused(site):
    site.serve("/paywalled", PAYWALL_PAGE)
    with pytest.raises(InputError, match=r"behind a paywall"):
        fetch_url(site.url("/paywalled"))


def test_long_article_mentioning_subscriptions_is_not_a_paywall(site, fixture_path):
    page = fixture_path("news_page.html").read_text().replace("Subscribe", "Subscribe to continue")
    assert fetch_url(site.serve("/open", page)).text


def test_address_with_accents_is_encoded_before_sending(site):
    site.serve_file("/actualit%C3%A9s/r%C3%A9forme", "news_page.html")
    assert fetch_url(site.url("/actualités/réforme")).title


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:notaport/a", "http://bücher.invalid/a", "http://user:pw@127.0.0.1/"]
)
def test_odd_addresses_are_input_errors(url):
    with pytest.raises(InputError):
        fetch_url(url, timeout=5)


def test_gzip_sent_unasked_is_unpacked(site, fixture_path):
    page = fixture_path("news_page.html").read_bytes()
    site.serve("/gz", gzip.compress(page), headers={"Content-Encoding": "gzip"})
    assert fetch_url(site.url("/gz")).raw == page


def test_gzip_bomb_is_stopped_at_the_limit(site):
    site.serve("/bomb", gzip.compress(b" " * 5_000_000), headers={"Content-Encoding": "gzip"})
    with pytest.raises(InputError, match="bigger than the limit"):
        fetch_url(site.url("/bomb"), max_bytes=1024 * 1024)
