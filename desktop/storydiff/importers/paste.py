"""Text pasted from the clipboard, as HTML when the source offers it."""

from __future__ import annotations

from storydiff.errors import InputError
from storydiff.importers.base import ImportedDocument
from storydiff.importers.html import extract_html

PASTE = "pasted text"


def from_paste(text: str | None, html: str | None = None) -> ImportedDocument:
    """Import a paste: the HTML flavour when present (page furniture removed), else the text."""
    if html and html.strip():
        try:
            return extract_html(html, name=PASTE, method="paste")
        except InputError:
            if not (text and text.strip()):
                raise
    if not (text and text.strip()):
        raise InputError(f"{PASTE}: the clipboard holds no text")
    return ImportedDocument(text=text, raw=text.encode("utf-8"), method="paste")
