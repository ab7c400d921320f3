"""Notes: a user's annotation on a span, a sentence or a difference of one document."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database
from sqlite_utils.db import NotFoundError

from storydiff.errors import LibraryError
from storydiff.library.records import NoteRecord, now, read_int, read_text, read_time


def add(
    db: Database, document_id: int, body: str, anchor: dict[str, Any], author: str | None
) -> NoteRecord:
    """Store a note; ``anchor`` holds ``start``/``end``, ``sentence`` and ``difference``."""
    if not body.strip():
        raise LibraryError("A note needs some text.")
    start, end = anchor.get("start"), anchor.get("end")
    if (start is None) != (end is None) or (start is not None and not 0 <= start <= end):
        raise LibraryError("A note's span needs a start and an end, the start first.")
    stamp = now()
    row = {"document_id": document_id, **anchor, "author": author, "body": body}
    note_id = db["notes"].insert({**row, "created": stamp, "updated": stamp}).last_pk
    return get(db, note_id)


def get(db: Database, note_id: Any) -> NoteRecord:
    """One note; :class:`LibraryError` if there is none."""
    try:
        return record(db["notes"].get(note_id))
    except NotFoundError:
        raise LibraryError(f"There is no note {note_id} in the library.") from None


def query(db: Database, document_id: int | None, story_id: int | None) -> list[NoteRecord]:
    """Notes of a document, of a story's documents, or all, in the order they were written."""
    where, args = [], []
    if document_id is not None:
        where.append("document_id = ?")
        args.append(document_id)
    if story_id is not None:
        where.append("document_id IN (SELECT id FROM documents WHERE story_id = ?)")
        args.append(story_id)
    rows = db["notes"].rows_where(" AND ".join(where) or None, args, order_by="created, id")
    return [record(row) for row in rows]


def update(db: Database, note_id: int, body: str | None, author: str | None) -> NoteRecord:
    """Change a note's text and/or author, and its ``updated`` time."""
    get(db, note_id)
    if body is not None and not body.strip():
        raise LibraryError("A note needs some text.")
    changes = {key: value for key, value in (("body", body), ("author", author)) if value}
    db["notes"].update(note_id, {**changes, "updated": now()})
    return get(db, note_id)


def delete(db: Database, note_id: int) -> None:
    get(db, note_id)
    db["notes"].delete(note_id)


def record(row: dict[str, Any]) -> NoteRecord:
    """A note read defensively: a bad anchor reads as none, a bad time as unknown."""
    start, end = read_int(row["start"]), read_int(row["end"])
    if start is None or end is None or not 0 <= start <= end:
        start = end = None
    return NoteRecord(
        id=row["id"],
        document_id=row["document_id"],
        start=start,
        end=end,
        sentence=read_int(row["sentence"]),
        difference=read_text(row["difference"]) or None,
        author=read_text(row["author"]) or None,
        body=read_text(row["body"]),
        created=read_time(row["created"]),
        updated=read_time(row["updated"]),
    )
