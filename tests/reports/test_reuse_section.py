"""The Reuse section of the reports: shares, passages and origins, churn, in every format."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime

import pypdf
import pytest
from flood_texts import AGENCY, COPY, OTHER

from storydiff.core.document import analyse
from storydiff.core.story import compare_documents, neighbour_pairs
from storydiff.reports import Provenance, build_report
from storydiff.reports.csv_out import render_csv
from storydiff.reports.html import render_html
from storydiff.reports.json_report import render_json
from storydiff.reports.markdown import render_markdown


def report(kinds=("wire", "article", "article")):
    texts = (AGENCY, COPY, OTHER)
    documents = [analyse(t) for t in texts]
    provenance = [
        Provenance(
            version=n + 1,
            title=t.split("\n")[0],
            outlet=outlet,
            published=datetime(2023, 3, 7, 8 + n, tzinfo=UTC),
            kind=kind,
        )
        for n, (t, outlet, kind) in enumerate(
            zip(texts, ("Agency", "Gazette", "Post"), kinds, strict=True)
        )
    ]
    story = compare_documents(documents, neighbour_pairs(3))
    return build_report(story, provenance, "Flood", generated=datetime(2026, 1, 2, tzinfo=UTC))


@pytest.fixture(scope="module")
def flood():
    return report()


def test_report_holds_reuse_between_every_pair(flood):
    pairs = {(p.a, p.b): p for p in flood.reuse.pairs}
    assert set(pairs) == {(0, 1), (0, 2), (1, 2)}
    assert pairs[(0, 1)].passages and not pairs[(0, 2)].passages and not pairs[(1, 2)].passages
    assert [c.document for c in flood.reuse.churn] == [1, 2]
    assert flood.reuse.churn[0].is_churn and not flood.reuse.churn[1].is_churn


def test_html_has_the_reuse_section(flood):
    html = render_html(flood)
    section = html[
        html.index("<h2>Reuse</h2>") : html.index("<h2>", html.index("<h2>Reuse</h2>") + 5)
    ]
    assert "<h3>v1 · Agency and v2 · Gazette</h3>" in section
    assert "of v1 · Agency is found in v2 · Gazette (partly derived)" in section
    assert "<td>1 edit</td><td>v1 · Agency (published first)</td>" in section
    assert "v2 · Gazette: " in section and "(churn; from v1 · Agency (wire copy))" in section
    assert "v3 · Post" not in section.split("<h3>Churn")[0]  # it shares nothing


def test_markdown_lists_passages(flood):
    text = render_markdown(flood)
    assert "## Reuse" in text and "### v1 · Agency and v2 · Gazette" in text
    assert "- “Heavy rain caused the river" in text
    assert r"1 edit; likely origin: v1 · Agency \(published first\))" in text  # escaped
    assert r"- v3 · Post: 0% \(not churn; from none\)" in text


def test_json_adds_the_reuse_contract(flood):
    data = json.loads(render_json(flood))
    assert data["reuse"]["documents"][0]["kind"] == "wire"
    pair = data["reuse"]["pairs"][0]
    assert (pair["a"], pair["b"]) == (0, 1) and pair["passages"][0]["origin"] == 0
    assert data["reuse"]["churn"][0] == {
        "document": 1,
        "share": pytest.approx(0.7, abs=0.2),
        "churn": True,
        "sources": [0],
    }


def test_csv_has_one_row_per_reused_passage(flood):
    rows = list(csv.DictReader(io.StringIO(render_csv(flood), newline="")))
    reused = [r for r in rows if r["category"] == "reuse"]
    assert len(reused) == len(flood.reuse.pairs[0].passages)
    assert reused[0]["kind"] == "passage_reused_edited"
    assert reused[0]["old_wording"].startswith("Heavy rain caused")
    assert reused[0]["new_wording"].endswith("open through the night.")
    assert (reused[0]["old_version"], reused[0]["new_version"]) == ("1", "2")


def test_pdf_prints_the_reuse_section(tmp_path, flood, qapp):
    from storydiff.reports.pdf import write_pdf

    path = tmp_path / "flood.pdf"
    write_pdf(flood, path)
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages)
    assert ("Reuse" in text and "likely origin" in text.lower()) or "Likely origin" in text
    assert "v1 · Agency (published first)" in " ".join(text.split())


def test_without_source_copy_there_is_no_churn():
    plain = report(kinds=("article", "article", "article"))
    assert plain.reuse.churn == ()
    assert "Churn" not in render_html(plain)


def test_library_story_report_knows_marked_wire_copy_and_import_times(tmp_path):
    from storydiff.importers.base import ImportedDocument
    from storydiff.library.ingest import ingest
    from storydiff.library.kinds import set_kind
    from storydiff.library.store import Library
    from storydiff.service.reports import story_report

    path = tmp_path / "flood.sqlite"
    with Library.open(path) as library:
        for text, outlet in ((AGENCY, "Agency"), (COPY, "Gazette")):
            ingest(library, "Flood", ImportedDocument(text, text.encode(), "text", outlet=outlet))
        first = library.documents("Flood")[0]
        set_kind(library, first.id, "wire")
    made = story_report(path, "Flood")
    assert made.reuse.documents[0].timing.kind == "wire"
    assert made.reuse.documents[0].timing.imported is not None  # no publication times
    assert made.reuse.churn[0].document == 1 and made.reuse.churn[0].is_churn
    assert r"from v1 · Agency \(wire copy\)" in render_markdown(made)
