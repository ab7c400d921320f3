"""Importers: turn files, pasted text, web pages, archives and feeds into documents."""

from storydiff.importers.base import ImportedDocument
from storydiff.importers.detect import load_path
from storydiff.importers.paste import from_paste

__all__ = ["ImportedDocument", "from_paste", "load_path"]
