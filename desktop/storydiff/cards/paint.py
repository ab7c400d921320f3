"""Paint a :class:`Card` to a PNG with Qt, offscreen, loading nothing remote.

Changes are shown by shape as well as colour, so the card reads in greyscale:
removed words struck through, added words bold and underlined, and a legend
saying so.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage, QPainter, QTextDocument

from storydiff.cards.content import Card, CardSide, alt_text
from storydiff.cards.fact_card import FIRST_MARK, FactCard, fact_alt_text
from storydiff.errors import InputError
from storydiff.reports.pdf import ensure_app

WIDTH = 1200
MARGIN = 48
REMOVED = "text-decoration:line-through; background-color:#ffd9d2; color:#5c0a00"
ADDED = "text-decoration:underline; font-weight:bold; background-color:#d3e5ff; color:#00285c"
CSS = """
body { font-family: 'DejaVu Sans', sans-serif; font-size: 21px; color: #111111; }
h1 { font-size: 30px; margin: 0 0 14px 0; }
.label { font-size: 17px; color: #333333; font-weight: bold; }
.text { font-family: 'DejaVu Serif', Georgia, serif; font-size: 23px; }
.small { font-size: 15px; color: #333333; }
"""


class _LocalOnlyDocument(QTextDocument):
    """A text document that never loads an image, style sheet or anything else."""

    def loadResource(self, kind: int, name: QUrl) -> object:
        return None


def card_html(card: Card | FactCard) -> str:
    """The card in the subset of HTML that ``QTextDocument`` lays out; all text escaped."""
    if isinstance(card, FactCard):
        return _fact_html(card)
    return (
        f"<html><body><h1>{escape(card.heading)}</h1>"
        f"{_side_html('Before', card.before, REMOVED)}<hr/>"
        f"{_side_html('After', card.after, ADDED)}"
        f'<p class="small">{escape(card.footer)}</p>'
        '<p class="small">Struck through: removed. <b><u>Bold underlined</u></b>: added.'
        " Made with StoryDiff; check a text with its SHA-256.</p></body></html>"
    )


def _side_html(title: str, part: CardSide, style: str) -> str:
    return (
        f'<p class="label">{title} · {escape(part.label)}</p>'
        f'<p class="text">{_marked_html(part, style) or "<i>(not in this document)</i>"}</p>'
        f'<p class="small">SHA-256 {escape(part.sha256)}…</p>'
    )


def _marked_html(part: CardSide, style: str) -> str:
    out, position = [], 0
    for start, end in part.marks:
        out.append(escape(part.text[position:start]))
        out.append(f'<span style="{style}">{escape(part.text[start:end])}</span>')
        position = end
    out.append(escape(part.text[position:]))
    return "".join(out)


def _fact_html(card: FactCard) -> str:
    rows = "".join(
        f'<p class="label">{escape(v.label)} · {escape(v.when)}</p>'
        f'<p class="text">{escape(v.value) if v.value else "<i>(does not say)</i>"}'
        f"{' ' + FIRST_MARK if v.first else ''}</p>"
        f'<p class="small">SHA-256 {escape(v.sha256)}…</p>'
        for v in card.values
    )
    return (
        f"<html><body><h1>{escape(card.heading)}</h1>{rows}<hr/>"
        f'<p class="small">{escape(card.footer)} Made with StoryDiff; check a text with its'
        " SHA-256.</p></body></html>"
    )


def render_png(card: Card | FactCard, path: Path) -> Path:
    """Write ``card`` to ``path`` as a PNG, white, WIDTH pixels wide."""
    ensure_app()
    document = _LocalOnlyDocument()
    document.setDefaultStyleSheet(CSS)
    document.setHtml(card_html(card))
    document.setTextWidth(WIDTH - 2 * MARGIN)
    size = document.size()
    image = QImage(WIDTH, int(size.height()) + 2 * MARGIN, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.translate(MARGIN, MARGIN)
    document.drawContents(painter)
    painter.end()
    if not image.save(str(path), "PNG"):
        raise InputError(f"{path}: could not write the card there")
    return path


def write_card(card: Card | FactCard, path: Path) -> Path:
    """The PNG at ``path`` and its alt text beside it (same name, ``.txt``); the alt
    text's path."""
    render_png(card, path)
    alt = path.with_suffix(".txt")
    try:
        words = fact_alt_text(card) if isinstance(card, FactCard) else alt_text(card)
        alt.write_text(words + "\n", encoding="utf-8")
    except OSError as error:
        raise InputError(f"{alt}: could not write the alt text there ({error.strerror})") from None
    return alt
