from __future__ import annotations

import re

import pypdf
import pytest

from storydiff.reports.pdf import write_pdf
from storydiff.reports.pdf_text import spaces_not_tabs

pytestmark = pytest.mark.usefixtures("qapp")  # let pytest-qt own the application object


def pages_text(path) -> list[str]:
    """Each page's extracted text, white space collapsed."""
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


def test_text_copied_from_the_pdf_has_the_article_spaces_not_tabs(sample_pdf, sample_text):
    path, _ = sample_pdf
    text = "".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    assert "\t" not in text
    lines = text.replace("\n", " ")  # lines wrap where the page does; words keep their spaces
    sentence = sample_text.split("\n")[1].split(" according")[0].strip()
    assert sentence.count(" ") >= 10
    assert sentence in lines


def test_only_tab_destinations_of_the_text_map_change():
    cmap = (
        b"2 beginbfchar\n<0003> <0009>\n<0009> <0041>\nendbfchar\n"
        b"3 beginbfrange\n<0001> <0004> [<0049> <0009> <0057> <003A>]\n"
        b"<0005> <0009> <0042>\n<000A> <000A> <0009>\nendbfrange\n"
    )
    assert spaces_not_tabs(cmap) == (
        b"2 beginbfchar\n<0003> <0020>\n<0009> <0041>\nendbfchar\n"
        b"3 beginbfrange\n<0001> <0004> [<0049> <0020> <0057> <003A>]\n"
        b"<0005> <0009> <0042>\n<000A> <000A> <0020>\nendbfrange\n"
    )
