"""Pasted text: HTML flavour preferred, plain text otherwise."""

from __future__ import annotations

import pytest

from storydiff.errors import InputError
from storydiff.importers import from_paste

ARTICLE_HTML = (
    "<html><body><!--StartFragment--><nav>Home | World | Subscribe</nav>"
    "<article><h1>Minister resigns</h1>"
    "<p>The minister resigned on Friday after a newspaper published receipts showing that "
    "public money had been spent on a private holiday.</p>"
    "<p>Opposition leaders called for a full inquiry into the department's accounts.</p>"
    "</article><!--EndFragment--></body></html>"
)


def test_html_flavour_is_preferred_and_extracted():
    document = from_paste("plain flavour", ARTICLE_HTML)
    assert "plain flavour" not in document.text
    assert "The minister resigned on Friday" in document.text
    assert "Opposition leaders called" in document.text.split("\n")[-1]
    assert document.method == "paste"


def test_plain_text_is_kept_unchanged_when_there_is_no_html():
    text = "  First line.\r\nSecond line.\n"
    document = from_paste(text, None)
    assert document.text == text
    assert document.raw == text.encode("utf-8")


def test_empty_html_falls_back_to_text():
    assert from_paste("The text.", "  ").text == "The text."


def test_html_without_text_falls_back_to_text():
    assert from_paste("The text.", "<img src='x.png'>").text == "The text."


@pytest.mark.parametrize(("text", "html"), [(None, None), ("", ""), ("  \n", None), (None, "<br>")])
def test_empty_clipboard_is_an_input_error(text, html):
    with pytest.raises(InputError, match=r"pasted text"):
        from_paste(text, html)
