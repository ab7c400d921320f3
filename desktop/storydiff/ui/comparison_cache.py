"""Comparisons the window has already computed, keyed on the SHA-256 of both texts.

Stepping back and forth along a story's revisions (the timeline, Alt+Left/Right,
the figure history) asks for the same pairs again and again; a pair computed once
by any worker is shown at once afterwards. Workers share the cache, hence the lock.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

from storydiff.core.progress import CancelCheck, Progress
from storydiff.core.story import StoryComparison, compare_documents
from storydiff.library.ingest import analysed
from storydiff.library.records import DocumentRecord

LIMIT = 64  # pairs kept (each holds two analysed documents and their tags)


class ComparisonCache:
    """An LRU dict ``(text_sha256 old, text_sha256 new) → StoryComparison`` of one pair."""

    def __init__(self, limit: int = LIMIT) -> None:
        self.limit = limit
        self._pairs: OrderedDict[tuple[str, str], StoryComparison] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, old: DocumentRecord, new: DocumentRecord) -> StoryComparison | None:
        key = (old.text_sha256, new.text_sha256)
        with self._lock:
            found = self._pairs.get(key)
            if found is not None:
                self._pairs.move_to_end(key)
            return found

    def put(self, old: DocumentRecord, new: DocumentRecord, result: StoryComparison) -> None:
        with self._lock:
            self._pairs[(old.text_sha256, new.text_sha256)] = result
            while len(self._pairs) > self.limit:
                self._pairs.popitem(last=False)

    def compare(
        self,
        old: DocumentRecord,
        new: DocumentRecord,
        progress: Progress | None = None,
        cancelled: CancelCheck | None = None,
    ) -> StoryComparison:
        """The comparison of two documents, from the cache or computed (and kept)."""
        found = self.get(old, new)
        if found is not None:
            if progress:
                progress(1, 1)
            return found
        documents = [analysed(d) for d in (old, new)]
        result = compare_documents(documents, [(0, 1)], progress=progress, cancelled=cancelled)
        self.put(old, new, result)
        return result

    def __len__(self) -> int:
        return len(self._pairs)
