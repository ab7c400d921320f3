"""Choose the importer for a file from its name."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from storydiff.errors import InputError
from storydiff.importers.base import ImportedDocument

Loader = Callable[[Path], ImportedDocument]

_TEXT = ("storydiff.importers.text", "load_text")
_HTML = ("storydiff.importers.html", "load_html")

#: Extension -> (module, function); a module is imported only for its own files,
#: so a .txt never loads the HTML, PDF or Word stacks.
LOADERS: dict[str, tuple[str, str]] = {
    ".txt": _TEXT,
    ".text": _TEXT,
    ".md": _TEXT,
    ".markdown": _TEXT,
    ".html": _HTML,
    ".htm": _HTML,
    ".xhtml": _HTML,
    ".docx": ("storydiff.importers.office", "load_docx"),
    ".pdf": ("storydiff.importers.office", "load_pdf"),
}


def check_article_path(path: Path) -> None:
    """Refuse, in one line naming it, a path that is missing or a folder."""
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not an article file")


def load_path(path: str | Path) -> ImportedDocument:
    """Import one file, choosing the importer by its extension.

    Every failure is an :class:`InputError` (one line for the user): an exception a
    parser raises that its importer did not foresee is reported as the file being
    unreadable rather than as a traceback.
    """
    path = Path(path)
    check_article_path(path)
    found = LOADERS.get(path.suffix.lower())
    if found is None:
        known = ", ".join(sorted(LOADERS))
        raise InputError(f"{path.name}: cannot import this kind of file (StoryDiff reads {known})")
    module, name = found
    loader: Loader = getattr(importlib.import_module(module), name)
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
