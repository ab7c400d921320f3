"""A document's kind: an article, or source copy (a press release, wire copy).

Kept in the document's ``extra`` metadata (JSON) under ``"kind"``, so no
migration is needed and older libraries read every document as an article.
"""

from __future__ import annotations

import json

from storydiff.core.provenance import KINDS, Kind
from storydiff.errors import LibraryError
from storydiff.library.records import DocumentSummary
from storydiff.library.store import Library

KIND_KEY = "kind"
KIND_LABELS = {"article": "Article", "wire": "Wire copy", "press_release": "Press release"}


def kind_of(document: DocumentSummary) -> Kind:
    """The kind recorded for ``document`` (``article`` when none or unknown)."""
    value = document.extra.get(KIND_KEY, "article")
    return value if value in KINDS else "article"


def set_kind(library: Library, document_id: int, kind: str) -> DocumentSummary:
    """Record ``document_id`` as an article, a press release or wire copy."""
    if kind not in KINDS:
        raise LibraryError(f"Unknown kind {kind!r}: use one of {', '.join(KINDS)}.")
    extra = dict(library.summary(document_id).extra)
    if kind == "article":
        extra.pop(KIND_KEY, None)
    else:
        extra[KIND_KEY] = kind
    with library.transaction():
        stored = json.dumps(extra, ensure_ascii=False) if extra else None
        library.db["documents"].update(document_id, {"extra": stored})
    return library.summary(document_id)
