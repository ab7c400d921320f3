"""Importers: turn files, pasted text, web pages, archives and feeds into documents.

Each returns :class:`ImportedDocument` records or raises
:class:`storydiff.errors.InputError`; see ``docs/importers.md``.

The names below are imported on first use, so that reading a plain-text file
does not load the HTML, PDF, Word and feed stacks.
"""

from __future__ import annotations

import importlib
from typing import Any

from storydiff.importers.base import ImportedDocument

_LAZY = {
    "Snapshot": "storydiff.importers.wayback",
    "fetch_feed": "storydiff.importers.feed",
    "fetch_snapshot": "storydiff.importers.wayback",
    "fetch_url": "storydiff.importers.web",
    "from_paste": "storydiff.importers.paste",
    "import_history": "storydiff.importers.wayback",
    "list_snapshots": "storydiff.importers.wayback",
    "load_path": "storydiff.importers.detect",
    "parse_feed": "storydiff.importers.feed",
}

__all__ = ["ImportedDocument", *_LAZY]


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'storydiff.importers' has no attribute {name!r}")
    value = getattr(importlib.import_module(_LAZY[name]), name)
    globals()[name] = value
    return value
