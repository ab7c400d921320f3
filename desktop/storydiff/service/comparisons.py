"""Comparing library documents, with work kept: comparisons in memory (an LRU of
pairs), analysed and tagged documents in memory (a few, for a story's neighbour
pairs), and comparisons stored in the library (the ``compare --json`` contract).
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Hashable, Sequence
from typing import Generic, TypeVar

from storydiff.core.model import Document
from storydiff.core.story import StoryComparison
from storydiff.core.tagging import Tags
from storydiff.errors import LibraryError
from storydiff.library.records import DocumentRecord, DocumentSummary
from storydiff.library.store import Library
from storydiff.service.documents import analysed, tags_of

Version = DocumentSummary | DocumentRecord  # a document with or without its text
V = TypeVar("V")
log = logging.getLogger(__name__)


class Lru(Generic[V]):
    """A thread-safe least-recently-used dict of at most ``limit`` entries."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._items: OrderedDict[Hashable, V] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> V | None:
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
            return found

    def put(self, key: Hashable, value: V) -> None:
        with self._lock:
            self._items[key] = value
            while len(self._items) > self.limit:
                self._items.popitem(last=False)

    def __len__(self) -> int:
        return len(self._items)


def pair_key(old: Version, new: Version) -> tuple[str, str]:
    """What a comparison of two documents depends on: both texts."""
    return old.text_sha256, new.text_sha256


def document_key(record: DocumentRecord) -> Hashable:
    """What an analysed document depends on: its text and the fields naming it."""
    return (record.text_sha256, record.title, record.url, record.outlet, record.version)


class TaggedDocuments:
    """Analysed documents with their tags, the last few kept: a story's neighbour pairs
    share a document each, analysed once."""

    def __init__(self, limit: int = 8) -> None:
        self._kept: Lru[tuple[Document, Tags]] = Lru(limit)

    def of(
        self, library: Library | None, records: Sequence[DocumentRecord]
    ) -> tuple[list[Document], list[Tags]]:
        documents, tags = [], []
        for record in records:
            key = document_key(record)
            found = self._kept.get(key)
            if found is None:
                document = analysed(record)
                found = (document, tags_of(library, record, document))
                self._kept.put(key, found)
            documents.append(found[0])
            tags.append(found[1])
        return documents, tags


def read_records(library: Library, versions: Sequence[Version]) -> list[DocumentRecord]:
    """The full records (with texts) of ``versions``, read by id where they are summaries."""
    wanted = [v.id for v in versions if not isinstance(v, DocumentRecord)]
    read = {document_id: library.document(document_id) for document_id in wanted}
    return [v if isinstance(v, DocumentRecord) else read[v.id] for v in versions]


def stored_counts(
    library: Library | None, old: Version, new: Version, mode: str
) -> tuple[int, int] | None:
    """The changed rows and differences of the library's stored comparison, if any."""
    if library is None:
        return None
    try:
        return library.cached_comparison_counts(old.id, new.id, mode)
    except LibraryError:
        return None


def keep(library: Library | None, old: Version, new: Version, mode: str, result: dict) -> None:
    """Store a comparison (the ``compare --json`` contract) in the library; a cache that
    cannot be written is no error."""
    if library is None:
        return
    try:
        library.store_comparison(old.id, new.id, mode, result)
    except LibraryError as error:
        log.warning("comparison not kept in the library: %s", error)


def kept_result(story: StoryComparison) -> dict:
    """A comparison as the library keeps it (the ``compare --json`` contract)."""
    from storydiff.render.json_out import story_to_dict

    return story_to_dict(story)
