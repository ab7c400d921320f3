"""Comparisons the window has already computed, keyed on the SHA-256 of both texts.

Stepping back and forth along a story's revisions (the timeline, Alt+Left/Right,
the figure history) asks for the same pairs again and again; a pair computed once
by any worker is shown at once afterwards. Workers share the cache, hence the lock.

The window hands out :class:`DocumentSummary` records (no texts); on a miss the
worker reads the two texts by id through a connection of its own (a SQLite
connection belongs to the thread that opened it).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from pathlib import Path

from storydiff.core.align import Mode
from storydiff.core.progress import CancelCheck, Progress
from storydiff.core.story import StoryComparison, compare_documents
from storydiff.errors import LibraryError
from storydiff.library.ingest import analysed
from storydiff.library.records import DocumentRecord, DocumentSummary
from storydiff.library.store import Library

LIMIT = 64  # pairs kept (each holds two analysed documents and their tags)
Version = DocumentSummary | DocumentRecord  # a document with or without its text


class ComparisonCache:
    """An LRU dict ``(text_sha256 old, text_sha256 new[, mode]) → StoryComparison`` of one pair."""

    def __init__(self, limit: int = LIMIT, library_path: Path | None = None) -> None:
        self.limit = limit
        self.library_path = library_path  # where summaries' texts are read
        self._pairs: OrderedDict[tuple[str, ...], StoryComparison] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, old: Version, new: Version, mode: Mode = "auto") -> StoryComparison | None:
        key = _key(old, new, mode)
        with self._lock:
            found = self._pairs.get(key)
            if found is not None:
                self._pairs.move_to_end(key)
            return found

    def put(self, old: Version, new: Version, result: StoryComparison, mode: Mode = "auto") -> None:
        with self._lock:
            self._pairs[_key(old, new, mode)] = result
            while len(self._pairs) > self.limit:
                self._pairs.popitem(last=False)

    def compare(
        self,
        old: Version,
        new: Version,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
        mode: Mode = "auto",
    ) -> StoryComparison:
        """The comparison of two documents (as revisions, outlets or chosen by the texts),
        from the cache or computed (and kept)."""
        found = self.get(old, new, mode)
        if found is not None:
            if progress:
                progress(1, 1)
            return found
        records = self.records(old, new)
        documents = [analysed(record) for record in records]
        result = compare_documents(
            documents, [(0, 1)], mode, progress=progress, cancelled=cancelled
        )
        self.put(*records, result, mode)  # under the texts compared, should they have changed
        return result

    def records(self, *versions: Version) -> list[DocumentRecord]:
        """The full records (with texts) of ``versions``: read by id in the calling thread."""
        wanted = [v.id for v in versions if not isinstance(v, DocumentRecord)]
        if not wanted:
            return list(versions)  # type: ignore[arg-type]
        path = self.library_path
        if path is None or not path.exists():  # opening would make a new, empty library
            raise LibraryError(f"The library file {path} is not there any more.")
        with Library.open(path) as library:
            read = {document_id: library.document(document_id) for document_id in wanted}
        return [v if isinstance(v, DocumentRecord) else read[v.id] for v in versions]

    def __len__(self) -> int:
        return len(self._pairs)


def _key(old: Version, new: Version, mode: Mode) -> tuple[str, ...]:
    """Both texts, and the mode when the user chose one (auto decides from the texts)."""
    pair = (old.text_sha256, new.text_sha256)
    return pair if mode == "auto" else (*pair, mode)
