"""The comparison cache: results keyed on both texts' SHA-256, the mode and the app version.

A document whose text changes gets a new SHA-256, so its old results are never
returned again (and :func:`forget` removes them).
"""

from __future__ import annotations

import json

from sqlite_utils import Database

from storydiff import __version__
from storydiff.library.records import DocumentRecord, now, read_json

KEY = "text_sha256_a = ? AND text_sha256_b = ? AND mode = ? AND app_version = ?"


def cached(db: Database, a: DocumentRecord, b: DocumentRecord, mode: str) -> dict | None:
    """The stored result for these texts, mode and app version, or ``None``."""
    row = db.execute(
        f"SELECT result FROM comparisons WHERE {KEY}",
        [a.text_sha256, b.text_sha256, mode, __version__],
    ).fetchone()
    return (read_json(row[0], dict) or None) if row else None  # a damaged entry is a miss


def store(db: Database, a: DocumentRecord, b: DocumentRecord, mode: str, result: dict) -> None:
    """Store (or replace) the result for these texts, mode and app version."""
    db.execute(
        f"DELETE FROM comparisons WHERE {KEY}", [a.text_sha256, b.text_sha256, mode, __version__]
    )
    db["comparisons"].insert(
        {
            "document_a": a.id,
            "document_b": b.id,
            "mode": mode,
            "text_sha256_a": a.text_sha256,
            "text_sha256_b": b.text_sha256,
            "app_version": __version__,
            "result": json.dumps(result, ensure_ascii=False),
            "created": now(),
        }
    )


def forget(db: Database, document_id: int) -> None:
    """Drop the cached results that involve a document."""
    db.execute(
        "DELETE FROM comparisons WHERE document_a = ? OR document_b = ?", [document_id, document_id]
    )
