"""Choose the importer for a file from its name."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from storydiff.errors import InputError
from storydiff.importers.base import ImportedDocument
from storydiff.importers.html import load_html
from storydiff.importers.office import load_docx, load_pdf
from storydiff.importers.text import load_text

Loader = Callable[[Path], ImportedDocument]

LOADERS: dict[str, Loader] = {
    ".txt": load_text,
    ".text": load_text,
    ".md": load_text,
    ".markdown": load_text,
    ".html": load_html,
    ".htm": load_html,
    ".xhtml": load_html,
    ".docx": load_docx,
    ".pdf": load_pdf,
}


def load_path(path: str | Path) -> ImportedDocument:
    """Import one file, choosing the importer by its extension."""
    path = Path(path)
    loader = LOADERS.get(path.suffix.lower())
    if loader is None:
        known = ", ".join(sorted(LOADERS))
        raise InputError(f"{path.name}: cannot import this kind of file (StoryDiff reads {known})")
    return loader(path)
