from __future__ import annotations

import csv
import json

import pypdf
import pytest
from click.testing import CliRunner

from storydiff.cli import main
from storydiff.importers import load_path
from storydiff.library import Library
from storydiff.paths import resource

SAMPLE = "newsweek-2023-01-17-isw-mobilization"
OLD = str(resource("samples", f"{SAMPLE}.txt"))
NEW = str(resource("samples", f"{SAMPLE}.revised.txt"))


def run(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.mark.parametrize("fmt", ["html", "md", "json", "csv"])
def test_report_writes_each_text_format_from_files(tmp_path, fmt):
    out = tmp_path / f"report.{fmt}"
    result = run("report", OLD, NEW, "--format", fmt, "-o", str(out))
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    if fmt == "csv":  # one row per typed difference: see tests/reports/test_csv.py
        assert text.startswith('"story",')
    else:
        assert load_path(NEW).text_sha256 in text and "318,000" in text


def test_report_pdf_on_letter_paper(tmp_path, qapp):
    out = tmp_path / "report.pdf"
    result = run("report", OLD, NEW, "-o", str(out), "--page-size", "letter")
    assert result.exit_code == 0, result.output
    reader = pypdf.PdfReader(out)
    assert round(float(reader.pages[0].mediabox.height)) == 792
    assert "318,000" in " ".join(page.extract_text() for page in reader.pages)


def test_format_comes_from_the_output_name(tmp_path):
    out = tmp_path / "report.markdown"
    assert run("report", OLD, NEW, "-o", str(out)).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("# ")


def test_json_to_standard_output(tmp_path):
    result = run("report", OLD, NEW, "--format", "json", "-o", "-", "--title", "ISW")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["report"]["story"] == "ISW" and data["schema"] == 1


def test_story_from_the_library_with_its_notes(tmp_path):
    library_path = tmp_path / "library.sqlite"
    with Library.open(library_path) as library:
        library.add_document("ISW mobilization", load_path(OLD))
        second = library.add_document("ISW mobilization", load_path(NEW))
        start = second.text.index("318,000")
        library.add_note(second.id, "Raised =quietly=", start=start, end=start + 7, author="Ana")
    out = tmp_path / "story.md"
    result = run("report", "--story", "ISW mobilization", "--library", str(library_path),
                 "-o", str(out))  # fmt: skip
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# ISW mobilization")
    assert "> **Note 1** (Ana): Raised =quietly=" in text
    assert "Note on version 2, sentence 17 on “318,000” by Ana" in text


def test_csv_has_a_header_row_even_without_differences(tmp_path):
    out = tmp_path / "r.csv"
    assert run("report", OLD, NEW, "-o", str(out)).exit_code == 0
    with out.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:3] == ["story", "old_version", "new_version"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((OLD, "-o", "r.html"), "at least two documents"),
        ((OLD, NEW, "-o", "r.txt"), "r.txt: .txt is not a report format (StoryDiff writes .html"),
        ((OLD, NEW, "-o", "r.docx"), "r.docx: .docx is not a report format"),
        ((OLD, NEW, "-o", "report"), "say which format to write with --format"),
        ((OLD, NEW, "-o", "-", "--format", "pdf"), "needs a file name"),
        ((OLD, NEW, "--story", "x", "-o", "r.html"), "not both"),
        ((OLD, NEW, "-o", "/nonexistent/dir/r.html"), "Cannot write the report"),
    ],
)
def test_mistakes_are_one_line_errors(tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    result = run("report", *args)
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output
