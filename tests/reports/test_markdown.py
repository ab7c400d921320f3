from __future__ import annotations

import pytest
from markdown_it import MarkdownIt

from storydiff.reports.markdown import md, render_markdown

HOSTILE = (
    "# h *b* _i_ `c` | [x](javascript:alert(1)) ![i](http://e.test/i.png) "
    "<script>x</script> &lt; ~~s~~ $m$"
)


def to_html(text: str) -> str:
    return MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(text)


def test_escaped_text_renders_exactly_as_written():
    html = MarkdownIt("commonmark").render(md(HOSTILE))
    assert (
        html
        == "<p>"
        + HOSTILE.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        + "</p>\n"
    )


def test_escaped_text_stays_on_one_line():
    assert md("one\ntwo\r\nthree") == "one two three"


def test_sample_markdown_marks_the_figure_change_inline(sample_report):
    text = render_markdown(sample_report)
    assert "~~300,000~~ **318,000**" in text
    html = to_html(text)
    assert "<s>300,000</s> <strong>318,000</strong>" in html


def test_sample_markdown_has_header_legend_and_every_sentence(sample_report):
    text = render_markdown(sample_report)
    for doc in sample_report.documents:
        assert doc.text_sha256 in text
    assert "## How to read this report" in text
    rows = sample_report.sections[0].rows
    assert text.count("\n`[v") == len(rows)
    assert "⇅ moved:" in text


def test_hostile_report_has_no_links_images_html_or_extra_structure(hostile_report):
    html = to_html(render_markdown(hostile_report))
    assert "<script" not in html and "<img" not in html and "<a " not in html
    before, facts = html.split("<h2>Facts</h2>")  # the one table is the Facts section's
    facts, after = facts.split("<h2>", 1)
    assert facts.count("<table>") == 1 and facts.count("<tr>") == 1 + len(
        hostile_report.facts.facts
    )
    assert "<td" not in before + after and "<table" not in before + after
    assert html.count("<h1>") == 1
    assert "<h1>&lt;script&gt;alert(0)&lt;/script&gt; # Story</h1>" in html
    assert "&lt;/td&gt;&lt;script&gt;alert(5)&lt;/script&gt;" in html


def test_many_versions_show_the_timeline_and_figure_histories(three_version_report):
    html = to_html(render_markdown(three_version_report))
    assert "<h2>Revision timeline</h2>" in html and "<h2>Figure histories</h2>" in html
    assert "<td>300,000</td>\n<td>318,000</td>\n<td>318,000</td>" in html


@pytest.mark.parametrize(
    "text", ["- item", "+ item", "1. item", "2) item", "3.", "===", "---", ".5 m", " - x"]
)
def test_text_starting_a_line_makes_no_list_or_heading(text):
    assert MarkdownIt("commonmark").render(md(text)) == f"<p>{text.strip()}</p>\n"


@pytest.mark.parametrize("text", ["0.1.0", "2026-12-01", "1.5 million", "-5%", "+3", "3-2 win"])
def test_versions_dates_and_numbers_are_not_escaped_needlessly(text):
    assert md(text) == text
    assert MarkdownIt("commonmark").render(md(text)) == f"<p>{text}</p>\n"
