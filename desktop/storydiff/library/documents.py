"""SQL for documents: insert with tags, read as records, in version order."""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from storydiff.core.imported import ImportedDocument
from storydiff.errors import LibraryError
from storydiff.library import tagrows
from storydiff.library.records import (
    DocumentRecord,
    DocumentSummary,
    read_json,
    read_text,
    read_time,
    stored_time,
)

# Versions: by publication time, then retrieval time, then import order; unknown times last.
VERSION_ORDER = "published IS NULL, published, retrieved IS NULL, retrieved, id"
SUMMARY_COLUMNS = (  # every column of a record but the text (and the raw bytes)
    "id, story_id, title, outlet, author, url, published, retrieved, imported, method, "
    "text_sha256, raw_sha256, extra"
)
SUMMARY_NAMES = tuple(name.strip() for name in SUMMARY_COLUMNS.split(","))
RECORD_COLUMNS = f"{SUMMARY_COLUMNS}, text"
VERSIONS = (  # reads only the short columns, not the texts of the whole story
    f"SELECT id, row_number() OVER (ORDER BY {VERSION_ORDER}) FROM documents WHERE story_id = ?"
)
VERSIONED = (
    f"SELECT {RECORD_COLUMNS}, row_number() OVER "
    f"(PARTITION BY story_id ORDER BY {VERSION_ORDER}) AS version FROM documents"
)
SUMMARIES = (  # the same numbering as VERSIONED, without reading a single text
    f"SELECT {SUMMARY_COLUMNS}, row_number() OVER "
    f"(PARTITION BY story_id ORDER BY {VERSION_ORDER}) AS version FROM documents"
)


def fields_of(doc: ImportedDocument, imported: str) -> dict[str, Any]:
    """The ``documents`` columns for an imported document (all but ``id`` and ``story_id``)."""
    return {
        "title": doc.title,
        "outlet": doc.outlet,
        "author": doc.author,
        "url": doc.url,
        "published": stored_time(doc.published),
        "retrieved": stored_time(doc.retrieved),
        "imported": imported,
        "method": doc.method,
        "text_sha256": doc.text_sha256,
        "raw_sha256": doc.raw_sha256,
        "extra": json.dumps(doc.extra, ensure_ascii=False) if doc.extra else None,
        "text": doc.text,
        "raw": doc.raw,
    }


def find_duplicate(db: Database, story_id: int, text_sha256: str, raw_sha256: str) -> int | None:
    """The id of the document in the story with the same text and raw bytes, if any."""
    row = db.execute(
        "SELECT id FROM documents WHERE story_id = ? AND text_sha256 = ? AND raw_sha256 = ?",
        [story_id, text_sha256, raw_sha256],
    ).fetchone()
    return row[0] if row else None


def insert(db: Database, row: dict[str, Any], tags: dict[str, list] | None) -> int:
    """Insert one document row and its tags (caller holds the transaction)."""
    document_id = db["documents"].insert(row).last_pk
    assert isinstance(document_id, int)
    insert_tag_rows(db, tagrows.tag_rows(document_id, tags or {}))
    return document_id


def insert_tag_rows(db: Database, rows: list[dict[str, Any]]) -> None:
    """Insert ``tags`` rows in one statement batch."""
    if not rows:
        return
    columns = rows[0].keys()
    names = ", ".join(f'"{name}"' for name in columns)
    marks = ", ".join("?" for _ in columns)
    db.conn.executemany(
        f"INSERT INTO tags ({names}) VALUES ({marks})",
        [[row[name] for name in columns] for row in rows],
    )


def keeping_free_id(db: Database, table: str, row: dict[str, Any]) -> dict[str, Any]:
    """``row`` to insert again: with its old id, unless a newer row has taken it meanwhile
    (SQLite reuses the highest ids), then without, so it gets a new one."""
    taken = db.execute(f"SELECT 1 FROM [{table}] WHERE id = ?", [row["id"]]).fetchone()
    return {key: value for key, value in row.items() if key != "id"} if taken else row


def tag_rows(db: Database, document_id: int) -> list[dict[str, Any]]:
    """The ``tags`` rows of one document, in the order they were stored."""
    return list(db["tags"].rows_where("document_id = ?", [document_id], order_by="id"))


def record(row: dict[str, Any]) -> DocumentRecord:
    """A :class:`DocumentRecord` from a row of :data:`VERSIONED`."""
    return DocumentRecord(
        *summary_fields(tuple(row[name] for name in SUMMARY_NAMES), row["version"]),
        text=read_text(row["text"]),
    )


def summary_fields(columns: tuple, version: int) -> tuple:
    """The fields of a summary from its columns (in :data:`SUMMARY_COLUMNS` order), read
    defensively: a value of the wrong type or an invalid time reads as unknown."""
    (id_, story_id, title, outlet, author, url, published, retrieved, imported, method,
     text_sha256, raw_sha256, extra) = columns  # fmt: skip
    text = read_text
    return (
        id_,
        story_id,
        version,
        text(title),
        text(outlet),
        text(author),
        text(url),
        read_time(published),
        read_time(retrieved),
        read_time(imported),
        text(method),
        text(text_sha256),
        text(raw_sha256),
        read_json(extra, dict),
    )


def of_story(db: Database, story_id: int) -> list[DocumentRecord]:
    """The documents of a story in version order."""
    rows = db.query(f"{VERSIONED} WHERE story_id = ? ORDER BY version", [story_id])
    return [record(row) for row in rows]


def summary(row: tuple) -> DocumentSummary:
    """A :class:`DocumentSummary` from a row of :data:`SUMMARIES` (columns in that order)."""
    return DocumentSummary(*summary_fields(row[:-1], row[-1]))


def summaries(db: Database, story_id: int | None = None) -> list[DocumentSummary]:
    """Every document of the library (or of one story) without its text, in one query,
    by story then version."""
    where, params = ("WHERE story_id = ?", [story_id]) if story_id is not None else ("", [])
    # Ordered as the window already is, so SQLite sorts once.
    rows = db.execute(f"{SUMMARIES} {where} ORDER BY story_id, {VERSION_ORDER}", params)
    return [summary(row) for row in rows]


def one_summary(db: Database, document_id: int) -> DocumentSummary:
    """One document without its text; :class:`LibraryError` if there is none."""
    row = db.execute("SELECT story_id FROM documents WHERE id = ?", [document_id]).fetchone()
    found = [s for s in summaries(db, row[0]) if s.id == document_id] if row else []
    if not found:
        raise LibraryError(f"There is no document {document_id} in the library.")
    return found[0]


def one(db: Database, document_id: int) -> DocumentRecord:
    """One document with its version number; :class:`LibraryError` if there is none."""
    rows = list(db.query(f"SELECT {RECORD_COLUMNS} FROM documents WHERE id = ?", [document_id]))
    if not rows:
        raise LibraryError(f"There is no document {document_id} in the library.")
    versions = db.execute(VERSIONS, [rows[0]["story_id"]]).fetchall()
    return record({**rows[0], "version": dict(versions)[document_id]})


def delete(db: Database, document_id: int) -> None:
    """Delete a document, its tags, notes and cached comparisons (in the caller's transaction)."""
    for sql in (
        "DELETE FROM comparisons WHERE document_a = ? OR document_b = ?",
        "DELETE FROM notes WHERE document_id = ?",
        "DELETE FROM tags WHERE document_id = ?",
        "DELETE FROM documents WHERE id = ?",
    ):
        db.execute(sql, [document_id] * sql.count("?"))
