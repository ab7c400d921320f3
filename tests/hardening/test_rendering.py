"""Rendered article text never acts: no markup, and nothing fetched while it is shown.

Uses the desktop view read-only through its public entry point
(``ComparisonView.show_comparison``); the importer-level checks below hold
whatever the view does.
"""

from __future__ import annotations

import pytest

from storydiff.core.compare import compare
from storydiff.core.document import analyse
from storydiff.importers import from_paste
from storydiff.importers.html import extract_html


def hostile_page(base: str) -> str:
    return f"""<!doctype html><html><head><title>Mobilisation</title>
    <link rel="stylesheet" href="{base}/style.css">
    <link rel="preload" href="{base}/font.woff2" as="font">
    <script src="{base}/tracker.js"></script>
    <style>@import url("{base}/imported.css"); body {{ background: url({base}/bg.png) }}</style>
    </head><body><article>
    <p>Russia may announce a second wave of mobilisation, the ISW said on Tuesday.</p>
    <img src="{base}/pixel.gif" srcset="{base}/big.gif 2x" alt="tracking pixel">
    <p>The Kremlin denied it <a href="{base}/link">in a statement</a> on Wednesday.</p>
    <iframe src="{base}/frame.html"></iframe><object data="{base}/object.swf"></object>
    <p style="background-image: url({base}/inline.png)">Officials said 370,000 troops.</p>
    </article></body></html>"""


def test_extracted_page_text_holds_no_markup_and_fetches_nothing(site):
    page = hostile_page(site.base)
    document = extract_html(page.encode(), name="page.html")
    assert "second wave of mobilisation" in document.text
    assert "<" not in document.text and site.base not in document.text
    pasted = from_paste(None, page)
    assert "<" not in pasted.text
    assert site.requests == []


@pytest.fixture
def comparison_view(qtbot):
    view_module = pytest.importorskip("storydiff.ui.comparison_view")
    view = view_module.ComparisonView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    return view


def test_view_of_an_imported_page_makes_no_request_while_displayed(site, qtbot, comparison_view):
    page = hostile_page(site.base)
    old = extract_html(page.encode(), name="old.html")
    new = extract_html(page.replace("Tuesday", "Monday").encode(), name="new.html")
    comparison = compare(analyse(old.text), analyse(new.text))
    comparison_view.show_comparison(comparison)
    comparison_view.finish_building()
    comparison_view.set_mode(comparison_view.INLINE)
    qtbot.wait(500)
    shown = comparison_view.side_text.document().toPlainText()
    assert "second wave of mobilisation" in shown
    assert site.requests == []


def anchors(document) -> list[str]:
    """Every link target in a QTextDocument (the view's own ``move:`` links included)."""
    found = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.isValid() and fragment.charFormat().isAnchor():
                found.append(fragment.charFormat().anchorHref())
            fragments += 1
        block = block.next()
    return found


def test_markup_written_as_article_text_is_shown_as_text(site, qtbot, comparison_view):
    """An article about web pages may quote tags: they are shown, never obeyed."""
    quoted = (
        f'The page loads <img src="{site.base}/pixel.gif"> and '
        f'<link rel="stylesheet" href="{site.base}/style.css"> from the tracker. '
        f'A <a href="{site.base}/click">link</a> is text too.'
    )
    old, new = analyse(quoted), analyse(quoted + " It was removed on Monday.")
    comparison_view.show_comparison(compare(old, new))
    comparison_view.finish_building()
    comparison_view.set_mode(comparison_view.INLINE)
    qtbot.wait(500)
    for browser in (comparison_view.side_text, comparison_view.inline_text):
        assert f'<img src="{site.base}/pixel.gif">' in browser.document().toPlainText()
        assert not [href for href in anchors(browser.document()) if site.base in href]
    assert site.requests == []
