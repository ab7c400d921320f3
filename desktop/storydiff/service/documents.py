"""Library documents as the core compares them: analysed, with their tags.

Tags are computed once: at import they are stored with the tagger version that
made them; afterwards they are read back while that version is current, and
made again (and stored again) when the rules have changed.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from storydiff.core.document import analyse
from storydiff.core.edits.metadata import metadata_of
from storydiff.core.model import Document
from storydiff.core.rules_version import tagger_version
from storydiff.core.tagging import Tags, extract
from storydiff.core.tags_json import tags_from_dict
from storydiff.errors import LibraryError
from storydiff.library.records import DocumentRecord
from storydiff.library.store import Library

log = logging.getLogger(__name__)


def analysed(record: DocumentRecord) -> Document:
    """A stored document ready to compare, titled and sourced for people."""
    return analyse(
        record.text,
        title=record.title or f"version {record.version}",
        source=record.url or record.outlet or f"version {record.version}",
        metadata=metadata_of(record),
    )


def tags_of(library: Library | None, record: DocumentRecord, document: Document) -> Tags:
    """The tags of ``document`` (analysed from ``record``): stored ones if the current
    tagger made them, else tagged now and stored for next time."""
    version = tagger_version()
    stored = library.tags_made_by(record.id, version) if library is not None else None
    if stored is not None:
        return tags_from_dict(document, stored)
    tags = extract(document)
    if library is not None:
        try:
            library.replace_tags(record.id, tags.to_dict(), version)
        except LibraryError as error:  # e.g. a read-only library: tagged again next time
            log.info("tags not kept in the library: %s", error)
    return tags


def tagged(
    library: Library | None, records: Sequence[DocumentRecord]
) -> tuple[list[Document], list[Tags]]:
    """``records`` analysed, with their tags (see :func:`tags_of`)."""
    documents = [analysed(record) for record in records]
    tags = [tags_of(library, r, d) for r, d in zip(records, documents, strict=True)]
    return documents, tags


def story_records(
    library_path: Path | None, story: str | int
) -> tuple[list[DocumentRecord], list[Document], list[Tags]]:
    """A library story's records in version order, analysed and tagged."""
    with Library.open_existing(library_path) as library:
        records = library.documents(story)
        documents, tags = tagged(library, records)
    return records, documents, tags


def story_documents(library_path: Path | None, story: str | int) -> list[Document]:
    """The documents of a library story, oldest version first, analysed."""
    return story_records(library_path, story)[1]
