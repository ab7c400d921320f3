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
    """Import one file, choosing the importer by its extension.

    Every failure is an :class:`InputError` (one line for the user): an exception a
    parser raises that its importer did not foresee is reported as the file being
    unreadable rather than as a traceback.
    """
    path = Path(path)
    loader = LOADERS.get(path.suffix.lower())
    if loader is None:
        known = ", ".join(sorted(LOADERS))
        raise InputError(f"{path.name}: cannot import this kind of file (StoryDiff reads {known})")
    try:
        return loader(path)
    except InputError:
        raise
    except (MemoryError, RecursionError) as error:
        raise InputError(f"{path.name}: the file is too large or too complex to read") from error
    except Exception as error:  # a parser's own error on a damaged file
        raise InputError(
            f"{path.name}: the file could not be read ({type(error).__name__}; damaged?)"
        ) from error
