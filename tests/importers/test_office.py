"""Word documents and PDF files."""

from __future__ import annotations

import docx
import pytest

from storydiff.errors import InputError
from storydiff.importers import load_path


def make_docx(path, paragraphs, title="", author=""):
    document = docx.Document()
    document.core_properties.title = title
    document.core_properties.author = author
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    document.save(path)
    return path


def test_docx_gives_one_paragraph_per_line_and_properties(tmp_path):
    path = make_docx(
        tmp_path / "draft.docx",
        ["Putin may announce a second mobilization.", "", "ISW said so on Tuesday."],
        title="Mobilization draft",
        author="Isabel van Brugen",
    )
    document = load_path(path)
    assert document.text == "Putin may announce a second mobilization.\nISW said so on Tuesday."
    assert (document.title, document.author, document.method) == (
        "Mobilization draft",
        "Isabel van Brugen",
        "docx",
    )


def test_docx_tables_are_kept_in_order(tmp_path):
    document = docx.Document()
    document.add_paragraph("Casualty figures:")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Side", "Losses"
    table.cell(1, 0).text, table.cell(1, 1).text = "Russia", "120,000"
    document.add_paragraph("Both figures are estimates.")
    document.save(tmp_path / "table.docx")
    text = load_path(tmp_path / "table.docx").text
    assert text == "Casualty figures:\nSide | Losses\nRussia | 120,000\nBoth figures are estimates."


def test_empty_docx_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match=r"contains no text"):
        load_path(make_docx(tmp_path / "blank.docx", []))


def test_text_renamed_docx_is_an_input_error(tmp_path):
    path = tmp_path / "fake.docx"
    path.write_text("not a zip file at all")
    with pytest.raises(InputError, match=r"fake.docx: not a valid Word \(.docx\) document"):
        load_path(path)


def test_pdf_text_layer_is_joined_into_paragraphs(fixture_path):
    document = load_path(fixture_path("article.pdf"))
    lines = document.text.split("\n")
    assert len(lines) == 3
    assert lines[0].startswith("Russian President Vladimir Putin may be preparing")
    assert lines[0].endswith("(ISW) think tank.")
    assert "pro-war military bloggers" in lines[2]
    assert document.title == "Putin May Announce Second Mobilization"
    assert document.method == "pdf"


def test_pdf_without_text_layer_says_scanned(fixture_path):
    with pytest.raises(InputError, match=r"scanned.pdf: the PDF has no text layer \(scanned\?\)"):
        load_path(fixture_path("scanned.pdf"))


def test_damaged_pdf_is_an_input_error(fixture_path, tmp_path):
    path = tmp_path / "cut.pdf"
    path.write_bytes(fixture_path("article.pdf").read_bytes()[:300])
    with pytest.raises(InputError, match=r"cut\.pdf"):
        load_path(path)


def test_html_renamed_pdf_is_an_input_error(tmp_path):
    path = tmp_path / "page.pdf"
    path.write_text("<html><body>Not a PDF</body></html>")
    with pytest.raises(InputError, match=r"page\.pdf: not a valid PDF"):
        load_path(path)
