"""The comparison cache: results keyed on both texts' SHA-256, the mode, the core version
(:func:`storydiff.core.rules_version.core_version`: a hash of the rules that made them,
tagger included) and the app version (which the JSON contract they are kept in follows).

A document whose text changes gets a new SHA-256, so its old results are never
returned again (and :func:`forget` removes them).
"""

from __future__ import annotations

import json

from sqlite_utils import Database

from storydiff import __version__
from storydiff.core.rules_version import core_version
from storydiff.library.records import DocumentRecord, DocumentSummary, now

Texts = DocumentRecord | DocumentSummary  # what the key needs: the text's SHA-256

PAIR = "text_sha256_a = ? AND text_sha256_b = ? AND mode = ?"
KEY = f"{PAIR} AND core_version = ? AND app_version = ?"


def cached(db: Database, a: Texts, b: Texts, mode: str) -> dict | None:
    """The stored result for these texts and mode by this core and app, or ``None``."""
    row = db.execute(
        f"SELECT result FROM comparisons WHERE {KEY}",
        [a.text_sha256, b.text_sha256, mode, core_version(), __version__],
    ).fetchone()
    return json.loads(row[0]) if row else None


def store(db: Database, a: DocumentRecord, b: DocumentRecord, mode: str, result: dict) -> None:
    """Store the result for these texts and mode, replacing one made by older rules."""
    db.execute(f"DELETE FROM comparisons WHERE {PAIR}", [a.text_sha256, b.text_sha256, mode])
    db["comparisons"].insert(
        {
            "document_a": a.id,
            "document_b": b.id,
            "mode": mode,
            "text_sha256_a": a.text_sha256,
            "text_sha256_b": b.text_sha256,
            "app_version": __version__,
            "core_version": core_version(),
            "result": json.dumps(result, ensure_ascii=False),
            "created": now(),
        }
    )


def forget(db: Database, document_id: int) -> None:
    """Drop the cached results that involve a document."""
    db.execute(
        "DELETE FROM comparisons WHERE document_a = ? OR document_b = ?", [document_id, document_id]
    )
