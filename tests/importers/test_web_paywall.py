"""The paywall check warns (the caller may import anyway); addresses without a scheme mean https."""

from __future__ import annotations

import pytest

from storydiff.errors import InputError
from storydiff.importers.web import PaywallSuspected, fetch_url, with_scheme

# A free, short article with a newsletter box: the words of a paywall, none of its effect.
FREE_WITH_NEWSLETTER_BOX = """<html><head><title>Library opens on Sundays</title>
<meta property="og:site_name" content="The Town Crier"></head><body>
<article><h1>Library opens on Sundays</h1>
<p>The town library will open on Sundays from March, the council said on Tuesday.</p>
<p>Opening hours will be 10:00 to 16:00, and the reading room will stay open until 18:00.</p>
<aside>Get our newsletter. Already a subscriber? Log in.</aside>
</article></body></html>"""


def test_a_short_free_article_with_a_newsletter_box_is_doubted_not_lost(site):
    url = site.serve("/library-sundays", FREE_WITH_NEWSLETTER_BOX)
    with pytest.raises(PaywallSuspected, match="import it anyway"):
        fetch_url(url)
    document = fetch_url(url, force=True)
    assert "The town library will open on Sundays" in document.text
    assert document.title == "Library opens on Sundays"


def test_a_paywall_doubt_is_still_an_input_error_for_callers_that_do_not_ask():
    assert issubclass(PaywallSuspected, InputError)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("www.example.com/story", "https://www.example.com/story"),
        ("  example.org/news/a.html ", "https://example.org/news/a.html"),
        ("http://example.com/a", "http://example.com/a"),
        ("https://example.com/a", "https://example.com/a"),
        ("mailto:someone@example.com", "mailto:someone@example.com"),
        ("notes", "notes"),
    ],
)
def test_an_address_without_a_scheme_means_https(typed, meant):
    assert with_scheme(typed) == meant


def test_fetching_an_address_without_a_scheme_asks_for_it_over_https(site):
    host = site.url("/a").removeprefix("http://").split("/")[0]
    with pytest.raises(InputError, match=rf"https://{host}/a"):
        fetch_url(f"{host}/a", timeout=5)
