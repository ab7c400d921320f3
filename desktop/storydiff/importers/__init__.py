"""Importers: turn files, pasted text, web pages, archives and feeds into documents.

Each returns :class:`ImportedDocument` records or raises
:class:`storydiff.errors.InputError`; see ``docs/importers.md``.
"""

from storydiff.importers.base import ImportedDocument
from storydiff.importers.detect import load_path
from storydiff.importers.feed import fetch_feed, parse_feed
from storydiff.importers.paste import from_paste
from storydiff.importers.wayback import Snapshot, fetch_snapshot, import_history, list_snapshots
from storydiff.importers.web import fetch_url

__all__ = [
    "ImportedDocument",
    "Snapshot",
    "fetch_feed",
    "fetch_snapshot",
    "fetch_url",
    "from_paste",
    "import_history",
    "list_snapshots",
    "load_path",
    "parse_feed",
]
