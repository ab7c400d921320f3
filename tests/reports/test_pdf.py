from __future__ import annotations

import re

import pypdf
import pytest

from storydiff.reports.pdf import write_pdf

pytestmark = pytest.mark.usefixtures("qapp")  # let pytest-qt own the application object


def pages_text(path) -> list[str]:
    """Each page's extracted text, white space collapsed (Qt spaces words with tabs)."""
    return [" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages]


@pytest.fixture(scope="module")
def sample_pdf(tmp_path_factory, sample_report, qapp):
    path = tmp_path_factory.mktemp("pdf") / "sample.pdf"
    count = write_pdf(sample_report, path, "a4")
    return path, count


def test_every_page_is_numbered_out_of_the_real_page_count(sample_pdf):
    path, count = sample_pdf
    pages = pages_text(path)
    assert len(pages) == count
    assert 2 <= count <= 6  # the sample article fills a few pages, not one nor dozens
    for number, text in enumerate(pages, start=1):
        assert f"page {number} of {count}" in text


def test_pdf_text_can_be_extracted_with_the_figures_and_hashes(sample_pdf, sample_report):
    path, _ = sample_pdf
    text = " ".join(pages_text(path))
    assert "300,000" in text and "318,000" in text
    for doc in sample_report.documents:
        assert doc.text_sha256 in text
    assert "official" in text  # no ligature glyphs in copied text
    assert "Number changed <b>silently</b>" in text


@pytest.mark.parametrize(("size", "points"), [("a4", (595, 842)), ("letter", (612, 792))])
def test_page_size_is_a4_or_letter(tmp_path, sample_report, size, points):
    path = tmp_path / f"{size}.pdf"
    write_pdf(sample_report, path, size)
    box = pypdf.PdfReader(path).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == points


def test_hostile_text_prints_literally(tmp_path, hostile_report):
    path = tmp_path / "hostile.pdf"
    write_pdf(hostile_report, path)
    text = " ".join(pages_text(path))
    assert "<script>alert(1)</script>" in text
    assert re.search(r"</td></tr></table><img src=x onerror=alert\(2\)>", text)
