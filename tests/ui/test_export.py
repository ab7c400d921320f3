"""File › Export: the comparison or the whole story as a report; errors shown, not raised."""

from __future__ import annotations

import csv
import io

import pypdf
import pytest
from PySide6.QtWidgets import QFileDialog

from storydiff.ui.export import FILTERS, target_of

FILTER = {(fmt, size): label for label, fmt, size in FILTERS}


def choose_file(monkeypatch, path, fmt, page_size="a4"):
    """The save dialog answers with ``path`` and the filter of ``fmt``."""
    answer = (str(path), FILTER[(fmt, page_size)])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: answer)


def export(window, qtbot, whole_story=False):
    window.last_error = ""
    window.actions_.export.export(whole_story)
    qtbot.waitUntil(
        lambda: (
            not window.runner.is_busy("export")
            and (window.status_label.text().startswith("Report saved") or bool(window.last_error))
        ),
        timeout=20000,
    )


def test_format_follows_the_typed_extension_else_the_filter(tmp_path):
    assert target_of(str(tmp_path / "a.md"), FILTER[("html", "a4")]).fmt == "md"
    letter = target_of(str(tmp_path / "a"), FILTER[("pdf", "letter")])
    assert (letter.path.name, letter.fmt, letter.page_size) == ("a.pdf", "pdf", "letter")


@pytest.mark.parametrize("fmt", ["html", "md", "json", "csv"])
def test_comparison_exports_to_each_text_format(open_window, qtbot, monkeypatch, tmp_path, fmt):
    window = open_window()
    out = tmp_path / f"comparison.{fmt}"
    choose_file(monkeypatch, out, fmt)
    export(window, qtbot)
    assert window.last_error == ""
    assert str(out) in window.status_label.text() and window.actions_.export.open_folder.isVisible()
    text = out.read_text(encoding="utf-8")
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(text)))
        assert any(row["kind"] == "figure_changed" for row in rows)
    else:
        assert "318,000" in text
    if fmt == "html":
        assert "<script" not in text.lower()


def test_comparison_exports_to_pdf_on_letter_paper(open_window, qtbot, monkeypatch, tmp_path):
    window = open_window()
    out = tmp_path / "comparison"
    choose_file(monkeypatch, out, "pdf", "letter")
    export(window, qtbot)
    pdf = tmp_path / "comparison.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    reader = pypdf.PdfReader(pdf)
    assert round(float(reader.pages[0].mediabox.height)) == 792
    assert "318,000" in " ".join(page.extract_text() for page in reader.pages)


def test_whole_story_markdown_has_the_timeline_and_the_notes(
    open_window, qtbot, monkeypatch, tmp_path, three_versions
):
    window = open_window(three_versions)
    first = window.library.summaries(window.pair[0].story_id)[0]
    window.library.add_note(first.id, "Check the ISW figure", start=0, end=10)
    out = tmp_path / "story.md"
    choose_file(monkeypatch, out, "md")
    export(window, qtbot, whole_story=True)
    text = out.read_text(encoding="utf-8")
    assert "timeline" in text.lower()
    assert "Check the ISW figure" in text
    assert all(f"Version {v}" in text for v in (1, 2, 3))


def test_unwritable_folder_shows_a_message_not_a_traceback(
    open_window, qtbot, monkeypatch, tmp_path
):
    """A path inside a plain file stands for a folder that cannot be written (even as root)."""
    window = open_window()
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    for fmt in ("html", "pdf"):
        choose_file(monkeypatch, blocker / f"report.{fmt}", fmt)
        export(window, qtbot)
        assert "Cannot write" in window.last_error
        assert "Traceback" not in window.last_error
        assert not window.actions_.export.open_folder.isVisible()


def test_cancelled_dialog_exports_nothing(open_window, monkeypatch):
    window = open_window()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    window.actions_.export.export(False)
    assert not window.runner.is_busy("export")
