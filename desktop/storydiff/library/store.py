"""The :class:`Library`: one SQLite file holding stories, documents, tags, notes and caches.

A ``Library`` owns one connection, and a connection belongs to the thread that
made it: a worker thread opens its own with ``Library.open(path)`` or
``library.reopen()`` (cheap; WAL mode lets readers and one writer share the
file). Every write that touches several rows runs in one transaction, so a
crash leaves each import either whole or absent.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from sqlite_utils import Database

from storydiff.core.imported import ImportedDocument
from storydiff.errors import LibraryError
from storydiff.library import archive, backups, comparisons, documents, notes, search, tagrows
from storydiff.library.database import open_database
from storydiff.library.records import (
    DeletedDocument,
    DocumentRecord,
    DocumentSummary,
    NoteRecord,
    SearchHit,
    StoryRecord,
    TagHit,
    now,
    read_text,
    read_time,
)
from storydiff.paths import default_library_path

T = TypeVar("T")


def reading(method: Callable[..., T]) -> Callable[..., T]:
    """Report SQLite failures while reading as :class:`LibraryError`, like writes."""

    @functools.wraps(method)
    def read(self: Library, *args: Any, **kwargs: Any) -> T:
        with self.guarded():
            return method(self, *args, **kwargs)

    return read


STORIES = (
    "SELECT stories.id, stories.name, stories.created, count(documents.id) AS document_count "
    "FROM stories LEFT JOIN documents ON documents.story_id = stories.id"
)


class Library:
    """A story library in one SQLite file; see the module docstring about threads."""

    def __init__(self, db: Database, path: Path) -> None:
        self.db = db
        self.path = path

    @classmethod
    def open(cls, path: str | Path | None = None) -> Library:
        """Open the library at ``path`` (default: in the user data directory); create if missing."""
        path = Path(path).expanduser() if path else default_library_path()
        return cls(open_database(path), path)

    @classmethod
    def open_existing(cls, path: str | Path | None = None) -> Library:
        """Open a library that must already exist (for commands that only read)."""
        resolved = Path(path).expanduser() if path else default_library_path()
        if not resolved.exists():
            raise LibraryError(
                f"There is no library at {resolved} yet: add documents with `storydiff import`."
            )
        return cls.open(resolved)

    def reopen(self) -> Library:
        """Another connection to the same library, e.g. for a worker thread."""
        return Library.open(self.path)

    def close(self) -> None:
        """Close the connection once the day's backup of this library is whole."""
        self.db.close()
        backups.wait_for_daily(library=self.path)

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Library]:
        """Group several writes (e.g. a whole feed import) into one all-or-nothing transaction.

        The outermost one takes the write lock at once (``BEGIN IMMEDIATE``): when
        another process is writing, it waits for the busy timeout, whereas a
        transaction that read first could only fail ("database is locked").
        """
        with self.guarded():
            if self.db.conn.in_transaction:
                with self.db.atomic():
                    yield self
                return
            if not self.path.exists():  # writes would go to a deleted file, then be lost
                raise LibraryError(
                    f"The library file {self.path} has disappeared (moved, deleted, or its "
                    "drive removed); nothing was saved. Open it again where it is now."
                )
            self.db.execute("BEGIN IMMEDIATE")
            try:
                with self.db.atomic():
                    yield self
            except BaseException:
                if self.db.conn.in_transaction:
                    self.db.execute("ROLLBACK")
                raise
            self.db.execute("COMMIT")

    @contextlib.contextmanager
    def guarded(self) -> Iterator[None]:
        """Report SQLite failures (disk full, locked, damaged) as :class:`LibraryError`."""
        try:
            yield
        except sqlite3.DatabaseError as error:
            raise LibraryError(problem_message(self.path, error)) from error

    # Stories

    def add_story(self, name: str) -> StoryRecord:
        """The story called ``name``, created if it does not exist yet."""
        name = name.strip()
        if not name:
            raise LibraryError("A story needs a name.")
        with self.transaction():
            found = self.find_story(name)
            if found:
                return found
            self.db["stories"].insert({"name": name, "created": now()})
        return self.story(name)

    @reading
    def stories(self) -> list[StoryRecord]:
        """All stories with their document counts, by name."""
        rows = self.db.query(f"{STORIES} GROUP BY stories.id ORDER BY stories.name COLLATE NOCASE")
        return [story_record(row) for row in rows]

    def story(self, name_or_id: str | int) -> StoryRecord:
        """A story by name or id; :class:`LibraryError` if there is none."""
        found = self.find_story(name_or_id)
        if found is None:
            raise LibraryError(f"There is no story “{name_or_id}” in the library {self.path}.")
        return found

    @reading
    def find_story(self, name_or_id: str | int) -> StoryRecord | None:
        """A story by name or id, or ``None``; a name made of digits is tried as a name first."""
        where = "stories.id = ?" if isinstance(name_or_id, int) else "stories.name = ?"
        rows = list(self.db.query(f"{STORIES} WHERE {where} GROUP BY stories.id", [name_or_id]))
        if not rows and isinstance(name_or_id, str) and name_or_id.strip().isdigit():
            return self.find_story(int(name_or_id))
        return story_record(rows[0]) if rows else None

    @reading
    def story_for_url(self, url: str) -> StoryRecord | None:
        """The story that already holds a document from ``url`` (for new versions of it)."""
        row = self.db.execute(
            "SELECT story_id FROM documents WHERE url = ? ORDER BY id DESC LIMIT 1", [url]
        ).fetchone()
        return self.story(row[0]) if url and row else None

    def rename_story(self, story: str | int, new_name: str) -> StoryRecord:
        """Rename a story; :class:`LibraryError` if the new name is taken."""
        record = self.story(story)
        new_name = new_name.strip()
        other = self.find_story(new_name)
        if not new_name or (other and other.id != record.id):
            raise LibraryError(f"Cannot rename “{record.name}”: “{new_name}” is already taken.")
        with self.transaction():
            self.db["stories"].update(record.id, {"name": new_name})
        return self.story(record.id)

    def delete_story(self, story: str | int) -> int:
        """Delete a story with all its documents, tags and notes; returns the document count."""
        record = self.story(story)
        with self.transaction():
            for document in self.documents(record.id):
                documents.delete(self.db, document.id)
            self.db["stories"].delete(record.id)
        return record.document_count

    def move_document(self, document_id: int, story: str | int) -> DocumentRecord:
        """File a document under another story (created if named and missing), with its
        tags and notes; :class:`LibraryError` if that story already holds the same text."""
        current = self.document(document_id)
        with self.transaction():
            story_id = self.story_id(story)
            twin = documents.find_duplicate(
                self.db, story_id, current.text_sha256, current.raw_sha256
            )
            if twin is not None and twin != document_id:
                raise LibraryError(
                    f"“{self.story(story_id).name}” already holds this document "
                    f"(version {self.document(twin).version})."
                )
            self.db["documents"].update(document_id, {"story_id": story_id})
        return self.document(document_id)

    def merge_stories(self, source: str | int, target: str | int) -> list[int]:
        """Move every document of ``source`` into ``target`` and delete ``source``.

        A document ``target`` already holds is not kept twice: its notes go to the
        target's copy. Returns the ids of the documents that moved.
        """
        from_story, into = self.story(source), self.story(target)
        if from_story.id == into.id:
            raise LibraryError("A story cannot be merged into itself.")
        moved = []
        with self.transaction():
            for document in self.documents(from_story.id):
                twin = documents.find_duplicate(
                    self.db, into.id, document.text_sha256, document.raw_sha256
                )
                if twin is None:
                    self.db["documents"].update(document.id, {"story_id": into.id})
                    moved.append(document.id)
                    continue
                self.db.execute(
                    "UPDATE notes SET document_id = ? WHERE document_id = ?", [twin, document.id]
                )
                documents.delete(self.db, document.id)
            self.db["stories"].delete(from_story.id)
        return moved

    def restore_story(self, name: str, deleted: list[DeletedDocument]) -> StoryRecord:
        """Undo :meth:`delete_story` done document by document: the story again, with
        its documents, tags and notes (under a new story id)."""
        with self.transaction():
            story = self.add_story(name)
            for item in deleted:
                self.restore_document(
                    DeletedDocument({**item.document, "story_id": story.id}, item.tags, item.notes)
                )
        return self.story(story.id)

    # Documents

    def add_document(
        self,
        story: str | int,
        doc: ImportedDocument,
        tags: dict[str, list] | None = None,
        tagger_version: str | None = None,
    ) -> DocumentRecord:
        """Store ``doc`` and its tags (made by ``tagger_version``) in ``story`` (created if
        named and missing).

        The same text and raw bytes already in the story are not stored twice: the
        existing document is returned.
        """
        with self.transaction():
            story_id = self.story_id(story)
            existing = documents.find_duplicate(self.db, story_id, doc.text_sha256, doc.raw_sha256)
            if existing is not None:
                return self.document(existing)
            row = {"story_id": story_id, **documents.fields_of(doc, now())}
            row["tagger_version"] = tagger_version if tags is not None else None
            document_id = documents.insert(self.db, row, tags)
        return self.document(document_id)

    @reading
    def duplicate_of(self, story: str | int, doc: ImportedDocument) -> DocumentRecord | None:
        """The document of ``story`` with the same text and raw bytes as ``doc``, if any."""
        found = self.find_story(story)
        if found is None:
            return None
        existing = documents.find_duplicate(self.db, found.id, doc.text_sha256, doc.raw_sha256)
        return self.document(existing) if existing is not None else None

    def story_id(self, story: str | int) -> int:
        """The id of ``story``; a name not in the library yet makes a new story."""
        if isinstance(story, str) and self.find_story(story) is None:
            return self.add_story(story).id
        return self.story(story).id

    @reading
    def documents(self, story: str | int) -> list[DocumentRecord]:
        """The documents of a story, in version order."""
        return documents.of_story(self.db, self.story(story).id)

    @reading
    def summaries(self, story: str | int | None = None) -> list[DocumentSummary]:
        """Every document of the library, or of one story, without texts (one query):
        by story id, then in version order, numbered as by :meth:`documents`."""
        story_id = self.story(story).id if story is not None else None
        return documents.summaries(self.db, story_id)

    @reading
    def summary(self, document_id: int) -> DocumentSummary:
        """One document without its text; :class:`LibraryError` if there is none."""
        return documents.one_summary(self.db, document_id)

    @reading
    def document(self, document_id: int) -> DocumentRecord:
        """One document; :class:`LibraryError` if there is none."""
        return documents.one(self.db, document_id)

    @reading
    def raw_bytes(self, document_id: int) -> bytes:
        """The bytes of a document exactly as received."""
        row = self.db.execute("SELECT raw FROM documents WHERE id = ?", [document_id]).fetchone()
        if row is None:
            raise LibraryError(f"There is no document {document_id} in the library.")
        return bytes(row[0])

    @reading
    def tags(self, document_id: int) -> dict[str, list[dict[str, Any]]]:
        """A document's tags in the extract JSON contract."""
        return tagrows.tags_from_rows(documents.tag_rows(self.db, document_id))

    @reading
    def tags_made_by(self, document_id: int, tagger_version: str) -> dict[str, list] | None:
        """A document's stored tags if ``tagger_version`` made them, else ``None``."""
        row = self.db.execute(
            "SELECT tagger_version FROM documents WHERE id = ?", [document_id]
        ).fetchone()
        if row is None or row[0] != tagger_version:
            return None
        return self.tags(document_id)

    def replace_tags(self, document_id: int, tags: dict[str, list], tagger_version: str) -> None:
        """Store a document's tags as ``tagger_version`` made them, replacing older ones."""
        with self.transaction():
            self.db.execute("DELETE FROM tags WHERE document_id = ?", [document_id])
            documents.insert_tag_rows(self.db, tagrows.tag_rows(document_id, tags))
            self.db.execute(
                "UPDATE documents SET tagger_version = ? WHERE id = ?",
                [tagger_version, document_id],
            )

    def update_document(
        self, document_id: int, tags: dict[str, list] | None = None, **fields: Any
    ) -> DocumentRecord:
        """Change a document's metadata or text; new text drops its stale tags and comparisons."""
        allowed = {"title", "outlet", "author", "url", "published", "retrieved", "text"}
        if set(fields) - allowed:
            raise LibraryError(f"Cannot change {', '.join(sorted(set(fields) - allowed))}.")
        current = self.document(document_id)
        changes = {key: value for key, value in fields.items() if value is not None}
        for key in ("published", "retrieved"):
            if key in changes and not isinstance(changes[key], str):
                changes[key] = changes[key].isoformat()
        with self.transaction():
            if "text" in changes and changes["text"] != current.text:
                changes["text_sha256"] = hashlib.sha256(changes["text"].encode("utf-8")).hexdigest()
                comparisons.forget(self.db, document_id)
                tags = tags or {}
            if tags is not None:  # made by whichever tagger: tagged again on first use
                changes["tagger_version"] = None
                self.db.execute("DELETE FROM tags WHERE document_id = ?", [document_id])
                documents.insert_tag_rows(self.db, tagrows.tag_rows(document_id, tags))
            if changes:
                self.db["documents"].update(document_id, changes)
        return self.document(document_id)

    def delete_document(self, document_id: int) -> DeletedDocument:
        """Delete a document; the returned record lets :meth:`restore_document` undo it."""
        self.document(document_id)
        deleted = DeletedDocument(
            document=self.db["documents"].get(document_id),
            tags=documents.tag_rows(self.db, document_id),
            notes=list(self.db["notes"].rows_where("document_id = ?", [document_id])),
        )
        with self.transaction():
            documents.delete(self.db, document_id)
        return deleted

    def restore_document(self, deleted: DeletedDocument) -> DocumentRecord:
        """Put a deleted document back, with its id, tags and notes (its notes go to
        the same document if that was imported again meanwhile)."""
        with self.transaction():
            if self.find_story(deleted.document["story_id"]) is None:
                raise LibraryError("The story of this document was deleted; it cannot be restored.")
            row = deleted.document
            twin = documents.find_duplicate(
                self.db, row["story_id"], row["text_sha256"], row["raw_sha256"]
            )
            if twin is not None:  # imported again meanwhile: keep that one, give it the notes
                document_id = twin
            else:
                row = documents.keeping_free_id(self.db, "documents", row)
                document_id = self.db["documents"].insert(row).last_pk
            belongs = {"document_id": document_id}
            if twin is None:
                tags = [
                    documents.keeping_free_id(self.db, "tags", t) | belongs for t in deleted.tags
                ]
                documents.insert_tag_rows(self.db, tags)
            for note in deleted.notes:
                self.db["notes"].insert(documents.keeping_free_id(self.db, "notes", note) | belongs)
        return self.document(document_id)

    # Search, notes, comparisons, archives: see the modules of the same names.

    def search(
        self, query: str, limit: int = 50, story: str | int | None = None
    ) -> list[SearchHit]:
        """Documents whose title or text hold every word of ``query``, best first."""
        story_id = self.story(story).id if story is not None else None
        with self.guarded():
            return search.documents(self.db, query, limit, story_id)

    def search_tags(self, text_or_value: str, category: str | None = None) -> list[TagHit]:
        """Tags whose text, source name, speaker or value matches (``"370,000"``, ``"ISW"``)."""
        with self.guarded():
            return search.tags(self.db, text_or_value, category)

    def add_note(
        self,
        document_id: int,
        body: str,
        start: int | None = None,
        end: int | None = None,
        sentence: int | None = None,
        difference: str | None = None,
        author: str | None = None,
    ) -> NoteRecord:
        """Annotate a span, a sentence or a difference of a document."""
        self.document(document_id)
        anchor = {"start": start, "end": end, "sentence": sentence, "difference": difference}
        with self.transaction():
            return notes.add(self.db, document_id, body, anchor, author)

    @reading
    def notes(
        self, document_id: int | None = None, story: str | int | None = None
    ) -> list[NoteRecord]:
        """Notes on one document, on every document of a story, or all notes."""
        story_id = self.story(story).id if story is not None else None
        return notes.query(self.db, document_id, story_id)

    def update_note(
        self, note_id: int, body: str | None = None, author: str | None = None
    ) -> NoteRecord:
        """Change a note's text or author."""
        with self.transaction():
            return notes.update(self.db, note_id, body, author)

    def delete_note(self, note_id: int) -> None:
        with self.transaction():
            notes.delete(self.db, note_id)

    @reading
    def cached_comparison(self, doc_a: int, doc_b: int, mode: str) -> dict | None:
        """The stored comparison of these documents' current texts by this core, if any."""
        return comparisons.cached(self.db, *self._texts(doc_a, doc_b), mode)

    @reading
    def cached_comparison_counts(self, doc_a: int, doc_b: int, mode: str) -> tuple[int, int] | None:
        """The changed rows and differences of the stored comparison of these documents'
        current texts by this core, if any (see :func:`comparisons.counts`)."""
        return comparisons.counts(self.db, *self._texts(doc_a, doc_b), mode)

    def _texts(self, *document_ids: int) -> list[str]:
        """The SHA-256 of these documents' current texts; :class:`LibraryError` if one is gone."""
        marks = ", ".join("?" * len(document_ids))
        rows = self.db.execute(
            f"SELECT id, text_sha256 FROM documents WHERE id IN ({marks})", document_ids
        ).fetchall()
        found = dict(rows)
        for document_id in document_ids:
            if document_id not in found:
                raise LibraryError(f"There is no document {document_id} in the library.")
        return [found[n] for n in document_ids]

    def store_comparison(self, doc_a: int, doc_b: int, mode: str, result: dict) -> None:
        """Cache a comparison result (JSON-serialisable) for these documents' current texts."""
        with self.transaction():
            texts = self._texts(doc_a, doc_b)
            comparisons.store(self.db, (doc_a, texts[0]), (doc_b, texts[1]), mode, result)

    def export_story(self, story: str | int, dest: str | Path) -> Path:
        """Write a story to a folder, or to a ``.zip`` archive if ``dest`` ends so."""
        return archive.export_story(self, self.story(story), Path(dest))

    def import_archive(self, src: str | Path) -> StoryRecord:
        """Bring in a story exported by :meth:`export_story`, merging with one of the same name."""
        return archive.import_archive(self, Path(src))

    def check(self) -> list[str]:
        """``PRAGMA integrity_check`` of the file: ``["ok"]`` when healthy."""
        with self.guarded():
            return [row[0] for row in self.db.execute("PRAGMA integrity_check").fetchall()]


PROBLEMS = {
    "full": "the disk is full; free some space and try again (nothing of this change was saved)",
    "readonly": "the file cannot be written to (read-only file, folder or drive)",
    "locked": "another program kept it busy for too long; try again",
    "disk I/O": "the drive could not be read or written (removed, or failing?)",
}


def problem_message(path: Path, error: sqlite3.DatabaseError) -> str:
    """What went wrong with the library file, in words a journalist understands."""
    text = str(error)
    for clue, meaning in PROBLEMS.items():
        if clue in text:
            return f"The library {path} could not be used: {meaning}."
    return f"The library {path} could not be used: {text}."


def story_record(row: dict[str, Any]) -> StoryRecord:
    created = read_time(row["created"])
    return StoryRecord(row["id"], read_text(row["name"]), created, row["document_count"])
