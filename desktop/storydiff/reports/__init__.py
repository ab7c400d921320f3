"""Reports a fact-checker can publish: HTML, PDF, Markdown, JSON and CSV.

:func:`~storydiff.reports.model.build_report` turns a story's analysis into one
:class:`~storydiff.reports.model.Report`; each format module only writes it out.
Only ``pdf`` imports Qt, and only when a PDF is asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from storydiff.errors import InputError
from storydiff.reports.csv_out import render_csv
from storydiff.reports.html import render_html
from storydiff.reports.json_report import render_json
from storydiff.reports.markdown import render_markdown
from storydiff.reports.model import NoteAnchor, Provenance, Report, build_report

FORMATS = ("html", "pdf", "md", "json", "csv")
PAGE_SIZES = ("a4", "letter")

TEXT_FORMATS: dict[str, Callable[[Report], str]] = {
    "html": render_html,
    "md": render_markdown,
    "json": render_json,
    "csv": render_csv,
}

__all__ = ["FORMATS", "NoteAnchor", "Provenance", "Report", "build_report", "write_report"]


def write_report(report: Report, fmt: str, path: Path, page_size: str = "a4") -> None:
    """Write ``report`` to ``path`` in format ``fmt`` (one of :data:`FORMATS`)."""
    try:
        if fmt == "pdf":
            from storydiff.reports.pdf import write_pdf

            write_pdf(report, path, page_size)
        else:
            # CSV keeps its own CRLF row ends; the others are written as they are.
            path.write_text(TEXT_FORMATS[fmt](report), encoding="utf-8", newline="")
    except OSError as error:
        raise InputError(
            f"Cannot write the report to {path}: {error.strerror or error}."
        ) from error
