"""The PDF report, printed by Qt itself (QTextDocument onto a QPdfWriter).

Same content as the HTML report, laid out with what Qt's rich text supports:
tables instead of CSS grid, styles on each span. Each page gets a footer with
the story, the page number and the page count. Works without a display: a
``QGuiApplication`` is made on the offscreen platform if none exists.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from storydiff.errors import InputError
from storydiff.reports import wording
from storydiff.reports.html import HtmlWriter, esc
from storydiff.reports.model import Note, Report, Row, Section, Segment
from storydiff.reports.pdf_text import fix_text_layer

PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
RESOLUTION = 300  # dots per inch of the PDF's coordinate system
MARGIN_MM = 16.0
FOOTER_PT = 8

QT_CSS = """
body { font-family: 'DejaVu Serif', Georgia, serif; font-size: 9.5pt; color: #1a1a1a; }
h1 { font-family: 'DejaVu Sans', sans-serif; font-size: 16pt; margin-bottom: 4px; }
h2 { font-family: 'DejaVu Sans', sans-serif; font-size: 12.5pt; margin-top: 16px;
     margin-bottom: 6px; }
h3 { font-family: 'DejaVu Sans', sans-serif; font-size: 10.5pt; margin-top: 10px;
     margin-bottom: 4px; }
h4 { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; margin-top: 8px; }
.meta, .small { color: #555555; font-size: 8.5pt; }
.hash { font-family: 'DejaVu Sans Mono', monospace; font-size: 7.5pt; }
th { background-color: #eeeeee; font-family: 'DejaVu Sans', sans-serif; font-size: 8.5pt;
     text-align: left; }
td { vertical-align: top; }
.where { font-family: 'DejaVu Sans', sans-serif; color: #555555; font-size: 7pt; }
.note { background-color: #fff4c2; font-size: 8.5pt; }
.label { font-family: 'DejaVu Sans', sans-serif; font-weight: bold; }
"""

# Qt's rich text ignores classes on inline marks inside tables unreliably; spell them out.
DELETED_STYLE = "background-color:#ffd2cc; color:#6b0d05; text-decoration:line-through"
INSERTED_STYLE = "background-color:#cfe3ff; color:#06306b; text-decoration:underline"
QT_TABLE = (
    '<table border="1" cellspacing="0" cellpadding="3" width="100%" '
    'style="border-color:#bbbbbb; border-style:solid">'
)
_PLAIN_TABLE = re.compile(r'<table(?: class="[a-z]+")?>')
ROW_COLOURS = {"equal": "#ffffff", "moved": "#f3ecfb"}

_app: QGuiApplication | None = None


def ensure_app() -> None:
    """Qt needs an application object for fonts; make one (offscreen if headless)."""
    global _app
    if QGuiApplication.instance() is not None:
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication([])


class QtHtmlWriter(HtmlWriter):
    """The HTML report in the subset of HTML and CSS that ``QTextDocument`` lays out."""

    def render(self) -> str:
        # Article text is escaped, so every plain "<table>" here is one this writer made.
        body = _PLAIN_TABLE.sub(QT_TABLE, "\n".join(self.body()))
        return f"<html><body>{body}</body></html>"

    def documents(self) -> Iterator[str]:
        yield "<h2>Documents compared</h2>"
        for index, doc in enumerate(self.report.documents):
            yield f"<h3>{esc(wording.version_name(self.report, index))}</h3>"
            yield '<table border="0" cellpadding="2">'
            for label, value in wording.provenance_fields(doc):
                cls = ' class="hash"' if "SHA" in label else ""
                yield (
                    f'<tr><td width="18%" class="label">{esc(label)}</td>'
                    f"<td{cls}>{esc(value)}</td></tr>"
                )
            yield "</table>"
        yield f'<p class="small">{esc(wording.VERIFY_NOTE)}</p>'

    def rows(self, section: Section) -> Iterator[str]:
        old, new = self.version(section.old), self.version(section.new)
        yield (
            "<table>"
            f'<thead><tr><th width="50%">Version {old}</th><th width="50%">Version {new}</th>'
            "</tr></thead>"
        )
        for row in section.rows:
            colour = ROW_COLOURS.get(row.op, "#f6f6f6")
            old = self.side(row, section.old, row.old_sentences, row.old)
            new = self.side(row, section.new, row.new_sentences, row.new)
            yield f'<tr bgcolor="{colour}"><td>{old}</td><td>{new}</td></tr>'
            if row.notes:
                notes = "<br>".join(self.note_line(self.report.notes[n - 1]) for n in row.notes)
                yield f'<tr><td colspan="2" class="note">{notes}</td></tr>'
        yield "</table>"

    def side(
        self, row: Row, index: int, numbers: tuple[int, ...], text: tuple[Segment, ...]
    ) -> str:
        if not numbers:
            return ""
        label = "" if row.op == "equal" else f" <b>{esc(wording.row_label(row))}</b>"
        where = f'<span class="where">{wording.sentences(numbers)}{label}</span>'
        return f"{where}&nbsp; " + "".join(map(self.mark, text))

    def note_line(self, note: Note) -> str:
        author = f" ({esc(note.author)})" if note.author else ""
        return f"<b>Note {note.number}</b>{author}: {esc(note.body)}"

    def mark(self, segment: Segment) -> str:
        if segment.mark == "deleted":
            return f'<span style="{DELETED_STYLE}">{esc(segment.text)}</span>'
        if segment.mark == "inserted":
            return f'<span style="{INSERTED_STYLE}">{esc(segment.text)}</span>'
        return esc(segment.text)


def layout_document(report: Report, page_size: str, writer: QPdfWriter) -> QTextDocument:
    """The report as a ``QTextDocument`` paginated to the writer's printable area."""
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultFont(_font("DejaVu Serif", 9))
    document.setDefaultStyleSheet(QT_CSS)
    document.documentLayout().setPaintDevice(writer)
    document.setHtml(QtHtmlWriter(report).render())
    body = writer.pageLayout().paintRectPixels(writer.resolution())
    footer = _footer_height(writer)
    document.setPageSize(QSizeF(body.width(), body.height() - footer))
    return document


def write_pdf(report: Report, path: Path, page_size: str = "a4") -> int:
    """Write the PDF report to ``path``; returns the number of pages."""
    if page_size not in PAGE_SIZES:
        raise InputError(f"Unknown page size {page_size!r}: use {' or '.join(PAGE_SIZES)}.")
    ensure_app()
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setTitle(f"StoryDiff report: {report.story}")
    writer.setCreator(f"StoryDiff {report.app_version}")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(PAGE_SIZES[page_size]),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = layout_document(report, page_size, writer)
    painter = QPainter()
    if not painter.begin(writer):
        raise InputError(f"Cannot write the PDF report to {path}.")
    try:
        pages = document.pageCount()
        for page in range(pages):
            if page:
                writer.newPage()
            _paint_page(painter, document, page, pages, report.story)
    finally:
        painter.end()
    fix_text_layer(path)  # Qt maps the space glyph to a tab in the text layer
    return pages


def _paint_page(
    painter: QPainter, document: QTextDocument, page: int, pages: int, story: str
) -> None:
    size = document.pageSize()
    painter.save()
    painter.translate(0, -page * size.height())
    document.drawContents(painter, QRectF(0, page * size.height(), size.width(), size.height()))
    painter.restore()
    painter.setFont(_font("DejaVu Sans", FOOTER_PT))
    painter.setPen(Qt.GlobalColor.darkGray)
    footer = QRectF(0, size.height(), size.width(), painter.device().height() - size.height())
    story = painter.fontMetrics().elidedText(
        story, Qt.TextElideMode.ElideRight, int(size.width() * 0.7)
    )
    painter.drawText(footer, Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft, story)
    painter.drawText(
        footer,
        Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignRight,
        f"StoryDiff report · page {page + 1} of {pages}",
    )


def _font(family: str, points: int) -> QFont:
    """A font without ligatures, so text copied or extracted from the PDF reads
    "official", not "oﬀicial"."""
    font = QFont(family, points)
    for feature in ("liga", "clig"):
        font.setFeature(QFont.Tag.fromString(feature), 0)
    return font


def _footer_height(writer: QPdfWriter) -> float:
    return FOOTER_PT * 3 * writer.resolution() / 72
