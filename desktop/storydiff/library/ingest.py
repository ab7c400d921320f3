"""The one way documents enter the library: analyse, tag, store.

Importers, the CLI and the UI all call :func:`ingest`.
"""

from __future__ import annotations

from storydiff.core.document import analyse
from storydiff.core.edits.metadata import metadata_of
from storydiff.core.model import Document
from storydiff.core.tagging import extract
from storydiff.importers.base import ImportedDocument
from storydiff.library.records import DocumentRecord
from storydiff.library.store import Library


def ingest(library: Library, story: str | int | None, imported: ImportedDocument) -> DocumentRecord:
    """Tag ``imported`` and store it in ``story`` (named, or found by URL or title if ``None``).

    A document already in the story (same text and raw bytes) is returned as it is.
    """
    story = story if story is not None else story_for(library, imported)
    existing = library.duplicate_of(story, imported)
    if existing is not None:
        return existing
    doc = analyse(imported.text, title=imported.title, source=imported.outlet or imported.url)
    tags = extract(doc).to_dict()
    return library.add_document(story, imported, tags=tags)


def story_for(library: Library, imported: ImportedDocument) -> str | int:
    """The story for a document given none: the one holding its URL, or a new one."""
    found = library.story_for_url(imported.url) if imported.url else None
    if found is not None:
        return found.id
    return imported.title.strip() or imported.url or "Untitled story"


def analysed(record: DocumentRecord) -> Document:
    """A stored document ready to compare, titled and sourced for people."""
    return analyse(
        record.text,
        title=record.title or f"version {record.version}",
        source=record.url or record.outlet or f"version {record.version}",
        metadata=metadata_of(record),
    )
