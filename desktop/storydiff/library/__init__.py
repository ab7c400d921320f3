"""The story library: one SQLite file of stories, documents, tags, notes and cached comparisons.

Open it with ``Library.open(path)``; see ``docs/library.md`` for the tables.
"""

from storydiff.library.records import (
    DeletedDocument,
    DocumentRecord,
    DocumentSummary,
    NoteRecord,
    SearchHit,
    StoryRecord,
    TagHit,
)
from storydiff.library.store import Library

__all__ = [
    "DeletedDocument",
    "DocumentRecord",
    "DocumentSummary",
    "Library",
    "NoteRecord",
    "SearchHit",
    "StoryRecord",
    "TagHit",
]
