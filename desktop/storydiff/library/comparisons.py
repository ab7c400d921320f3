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
from storydiff.library.records import now, read_json

Text = tuple[int, str]  # a document's id and its text's SHA-256

PAIR = "text_sha256_a = ? AND text_sha256_b = ? AND mode = ?"
KEY = f"{PAIR} AND core_version = ? AND app_version = ?"


def cached(db: Database, a: str, b: str, mode: str) -> dict | None:
    """The stored result for these texts (SHA-256) and mode by this core and app, or
    ``None``."""
    row = db.execute(
        f"SELECT result FROM comparisons WHERE {KEY}",
        [a, b, mode, core_version(), __version__],
    ).fetchone()
    return (read_json(row[0], dict) or None) if row else None  # a damaged entry is a miss


# Alignment rows that are no change: unchanged sentences, and outlets' "also" pairs.
UNCHANGED_OPS = ("equal", "also")
CHANGED_ROWS = (  # aligned rows that changed, counted inside SQLite (no JSON in Python)
    "(SELECT count(*) FROM json_each(result, '$.comparisons[0].alignment') "
    f"WHERE json_extract(value, '$.op') NOT IN {UNCHANGED_OPS})"
)
DIFFERENCES = "json_array_length(result, '$.comparisons[0].differences')"


def counts(db: Database, a: str, b: str, mode: str) -> tuple[int, int] | None:
    """How many aligned rows changed and how many differences the stored result for these
    texts and mode holds (``None`` if none is stored, or it is not a ``compare --json``
    result): what a timeline shows, without reading the whole result."""
    row = db.execute(
        f"SELECT {CHANGED_ROWS}, {DIFFERENCES} FROM comparisons WHERE {KEY}",
        [a, b, mode, core_version(), __version__],
    ).fetchone()
    return (row[0], row[1]) if row and row[1] is not None else None


def store(db: Database, a: Text, b: Text, mode: str, result: dict) -> None:
    """Store the result for these texts and mode, replacing one made by older rules."""
    (id_a, sha_a), (id_b, sha_b) = a, b
    db.execute(f"DELETE FROM comparisons WHERE {PAIR}", [sha_a, sha_b, mode])
    db["comparisons"].insert(
        {
            "document_a": id_a,
            "document_b": id_b,
            "mode": mode,
            "text_sha256_a": sha_a,
            "text_sha256_b": sha_b,
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
