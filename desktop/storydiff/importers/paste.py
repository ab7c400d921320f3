"""Text pasted from the clipboard, as HTML when the source offers it."""

from __future__ import annotations

from storydiff.errors import InputError
from storydiff.importers.base import ImportedDocument
from storydiff.importers.html import DEFAULT_MAX_HTML_BYTES, extract_html
from storydiff.importers.text import DEFAULT_MAX_BYTES, size_text

PASTE = "pasted text"


def from_paste(text: str | None, html: str | None = None) -> ImportedDocument:
    """Import a paste: the HTML flavour when present (page furniture removed), else the text.

    The same size limits apply as to files: a bigger HTML flavour is passed
    over for the plain text, a bigger plain text is refused.
    """
    if html and len(html) > DEFAULT_MAX_HTML_BYTES:
        html = None
    if text and len(text) > DEFAULT_MAX_BYTES:
        raise InputError(
            f"{PASTE}: the clipboard holds {size_text(len(text))} of text; StoryDiff takes "
            f"up to {size_text(DEFAULT_MAX_BYTES)} (save it as a file and split it)"
        )
    if html and html.strip():
        try:
            return extract_html(html, name=PASTE, method="paste")
        except InputError:
            if not (text and text.strip()):
                raise
    if not (text and text.strip()):
        raise InputError(f"{PASTE}: the clipboard holds no text")
    return ImportedDocument(text=text, raw=text.encode("utf-8"), method="paste")
