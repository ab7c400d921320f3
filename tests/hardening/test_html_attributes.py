"""An element with tens of thousands of attributes: parse time stays linear in the page."""

from __future__ import annotations

import pytest

from storydiff.importers.html import extract_html

SENTENCE = "Troops were mobilised on the front line, the ministry said on Tuesday."


def page(attributes: int, quoted: str = "x") -> bytes:
    names = " ".join(f'a{n}="{quoted}"' for n in range(attributes))
    return (
        f"<html><head><title>Mobilisation</title></head><body><article><div {names}>"
        f"<p>{SENTENCE}</p></div><p>{SENTENCE}</p></article></body></html>"
    ).encode()


@pytest.mark.parametrize("kind", ["html", "feed"])
def test_forty_thousand_attributes_on_one_element_parse_quickly(tmp_path, bounded, kind):
    path = tmp_path / "attributes.html"
    body = page(40_000)
    if kind == "feed":
        escaped = body.decode().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        body = (
            '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item>'
            f"<title>One</title><description>{escaped}</description></item></channel></rss>"
        ).encode()
    path.write_bytes(body)
    result = bounded(kind, path)
    assert result["outcome"] == "document", result
    assert result["seconds"] < 3, result


def test_attribute_values_holding_angle_brackets_do_not_hide_the_element(tmp_path, bounded):
    path = tmp_path / "brackets.html"
    path.write_bytes(page(40_000, quoted="<b>"))
    result = bounded("html", path)
    assert result["outcome"] == "document", result
    assert result["seconds"] < 3, result


def test_an_ordinary_element_keeps_its_attributes_and_text():
    document = extract_html(page(200), name="fine.html")
    assert SENTENCE in document.text
    assert document.raw == page(200)  # the bytes as received, untouched


def test_a_feed_item_with_a_hundred_thousand_attributes_parses_quickly(tmp_path, bounded):
    names = " ".join(f'a{n}="x"' for n in range(100_000))
    path = tmp_path / "feed.xml"
    path.write_text(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item {names}>'
        f"<title>One</title><description>{SENTENCE}</description></item></channel></rss>"
    )
    result = bounded("feed", path)
    assert result["outcome"] == "document", result
    assert result["seconds"] < 5, result
