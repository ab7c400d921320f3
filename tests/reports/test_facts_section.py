"""The reports' Facts section: two outlets' quake stories, the toll in conflict (127 / 111)."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime

import pytest
from markdown_it import MarkdownIt

from storydiff.core.document import analyse
from storydiff.core.story import compare_documents
from storydiff.reports import Provenance, build_report, write_report
from storydiff.reports.csv_out import render_csv
from storydiff.reports.html import render_html
from storydiff.reports.json_report import render_json
from storydiff.reports.markdown import render_markdown

AFP = (
    "Quake kills at least 127\n\n"
    "A magnitude 6.8 earthquake killed at least 127 people, the interior ministry said on "
    "Saturday. Rescuers searched the rubble of mountain villages through the night."
)
XINHUA = (
    "Death toll rises to 111\n\n"
    "The magnitude 6.8 quake has killed 111 people, local officials said. Aid convoys set off "
    "from the capital in the morning."
)


@pytest.fixture(scope="module")
def report():
    documents = [analyse(AFP, title="AFP"), analyse(XINHUA, title="Xinhua")]
    provenance = [
        Provenance(
            1, "Quake kills at least 127", "AFP", published=datetime(2023, 9, 9, 6, tzinfo=UTC)
        ),
        Provenance(
            2, "Death toll rises to 111", "Xinhua", published=datetime(2023, 9, 9, 9, tzinfo=UTC)
        ),
    ]
    story = compare_documents(documents, [(0, 1)], "coverage")
    return build_report(story, provenance, "Quake")


def test_html_lists_each_fact_with_conflict_in_words_and_first_reporter(report):
    html = render_html(report)
    section = html.split("<h2>Facts</h2>")[1].split("</table>")[0]
    assert "<th>AFP (v1)</th><th>Xinhua (v2)</th><th>First</th>" in section
    toll = next(row for row in section.split("<tr>") if "people killed" in row)
    assert "<b>≠ people killed</b>" in toll  # said with a mark and bold, not colour
    assert (
        "at least 127 people (interior ministry)" in toll and "111 people (local officials)" in toll
    )
    assert toll.rstrip().endswith("<td>AFP (v1)</td></tr>")
    magnitude = next(row for row in section.split("<tr>") if "magnitude" in row.split("</td>")[0])
    assert "≠" not in magnitude
    assert section.index("people killed") < section.index("magnitude")  # conflicts first


def test_markdown_table_has_one_row_per_fact(report):
    html = MarkdownIt("commonmark").enable("table").render(render_markdown(report))
    section = html.split("<h2>Facts</h2>")[1].split("</table>")[0]
    assert "<td><strong>≠ people killed</strong></td>" in section
    assert section.count("<tr>") == 1 + len(report.facts.facts)


def test_json_carries_the_facts_contract(report):
    facts = json.loads(render_json(report))["facts"]
    assert [d["outlet"] for d in facts["documents"]] == ["AFP", "Xinhua"]
    toll = next(f for f in facts["facts"] if f["measure"]["label"] == "people killed")
    assert toll["conflict"] is True and toll["first"] == 0
    assert [c["value"] for c in toll["cells"]] == [127, 111]


def test_csv_has_one_fact_row_per_fact(report):
    rows = list(csv.DictReader(io.StringIO(render_csv(report), newline="")))
    facts = [row for row in rows if row["category"] == "fact"]
    assert len(facts) == len(report.facts.facts)
    toll = next(row for row in facts if row["fact"] == "people killed")
    assert toll["kind"] == "fact_conflict" and toll["fact_first"] == "AFP (v1)"
    assert toll["fact_values"] == (
        "AFP (v1): at least 127 people (interior ministry); "
        "Xinhua (v2): 111 people (local officials)"
    )
    assert all(row["fact"] == "" for row in rows if row["category"] != "fact")


def test_pdf_prints_the_facts_section(report, tmp_path):
    pypdf = pytest.importorskip("pypdf")
    path = tmp_path / "quake.pdf"
    write_report(report, "pdf", path)
    text = "".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    assert "Facts" in text and "≠ people killed" in text
    assert "111 people (local officials)" in text


def test_one_document_has_no_facts_section():
    story = compare_documents([analyse(AFP)], [])
    single = build_report(story, [Provenance(1, "AFP", "AFP")], "Quake")
    assert single.facts is None
    assert "<h2>Facts</h2>" not in render_html(single)
