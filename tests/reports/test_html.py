from __future__ import annotations

import re
from html.parser import HTMLParser

from storydiff.reports.html import render_html

ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "main", "h1", "h2", "h3", "h4", "p",
    "div", "span", "dl", "dt", "dd", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th",
    "td", "del", "ins", "b", "br",
}  # fmt: skip


class Parsed(HTMLParser):
    """Tags, attributes and text of an HTML file, as a browser would see them."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def test_sample_html_is_self_contained_without_scripts_or_remote_resources(sample_report):
    html = render_html(sample_report)
    assert "<script" not in html.lower()
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", html, re.I)
    assert "@import" not in html
    assert not re.search(r"url\(", html, re.I)
    assert "http" not in html  # the sample article cites no address
    parsed = Parsed(html)
    assert {tag for tag, _ in parsed.tags} <= ALLOWED_TAGS


def test_sample_html_shows_the_figure_change_marked_on_each_side(sample_report):
    html = render_html(sample_report)
    assert "<del>300,000</del>" in html
    assert "<ins>318,000</ins>" in html
    assert "text-decoration:line-through" in html and "text-decoration:underline" in html


def test_html_header_cites_hashes_dates_and_app_version(sample_report):
    html = render_html(sample_report)
    for doc in sample_report.documents:
        assert doc.text_sha256 in html and doc.raw_sha256 in html
    assert f"StoryDiff {sample_report.app_version}" in html
    assert "2026-01-02 03:04 UTC" in html
    assert html.count("Published</dt>") == 2 and html.count("Retrieved</dt>") == 2


def test_html_is_responsive_and_printable(sample_report):
    html = render_html(sample_report)
    assert 'name="viewport"' in html
    narrow = html.split("@media (max-width:")[1].split("@media print")[0]
    assert ".row{grid-template-columns:1fr}" in narrow  # side by side becomes stacked
    wide = html.split("@media")[0]
    assert ".side:empty{display:none}" not in wide  # an added sentence stays in its column
    assert "break-inside:avoid" in html.split("@media print")[1]


def test_moved_sentence_is_labelled_in_words_not_only_by_colour(sample_report):
    html = render_html(sample_report)
    moved_rows = re.findall(r'<div class="row moved">.*?</div></div>', html)
    assert moved_rows
    for row in moved_rows:
        assert "".join(Parsed(row).text).count("⇅ moved") == 2  # on both sides


def test_note_is_shown_beside_the_sentence_it_is_attached_to(sample_report):
    html = render_html(sample_report)
    row = next(r for r in html.split('<div class="row ') if "<ins>318,000</ins>" in r)
    assert "Note 1" in row and "Number changed &lt;b&gt;silently&lt;/b&gt;" in row
    assert "Note 2" in html.split("<h2>Notes</h2>")[1]


def test_hostile_article_text_cannot_add_tags_or_attributes(hostile_report):
    html = render_html(hostile_report)
    parsed = Parsed(html)
    assert {tag for tag, _ in parsed.tags} <= ALLOWED_TAGS
    attributes = {name for _, attrs in parsed.tags for name in attrs}
    assert attributes <= {"lang", "charset", "name", "content", "class", "data-label"}
    text = "".join(parsed.text)
    for literal in (
        "<script>alert(1)</script>",
        "</td></tr></table><img src=x onerror=alert(2)>",
        "<script>alert(0)</script> # Story",
        "javascript:alert(4)",
        "</td><script>alert(5)</script>",
        "<Bob>",
    ):
        assert literal in text


def test_many_versions_show_the_timeline_and_figure_histories(three_version_report):
    html = render_html(three_version_report)
    timeline = html.split("<h2>Revision timeline</h2>")[1].split("</table>")[0]
    assert timeline.count("<tr>") == 4  # header and three versions
    figures = html.split("<h2>Figure histories</h2>")[1].split("</table>")[0]
    assert "count troops <b>(changed)</b>" in figures
    assert "<td>300,000</td><td>318,000</td><td>318,000</td>" in figures
