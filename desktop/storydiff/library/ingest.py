"""The one way documents enter the library: analyse, tag, store (with the tagger version,
so the tags are read back rather than made again while the rules stay the same).

Importers, the CLI, watches and the UI call it through :mod:`storydiff.service.ingest`.
The tags depend on the text only, not on the title or source it is analysed with.
"""

from __future__ import annotations

from storydiff.core.document import analyse
from storydiff.core.imported import ImportedDocument
from storydiff.core.rules_version import tagger_version
from storydiff.core.tagging import extract
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
    return library.add_document(story, imported, tags=tags, tagger_version=tagger_version())


def story_for(library: Library, imported: ImportedDocument) -> str | int:
    """The story for a document given none: the one holding its URL, or a new one."""
    found = library.story_for_url(imported.url) if imported.url else None
    if found is not None:
        return found.id
    return imported.title.strip() or imported.url or "Untitled story"
