"""Comparisons the window has already computed, keyed on the SHA-256 of both texts.

Stepping back and forth along a story's revisions (the timeline, Alt+Left/Right,
the figure history) asks for the same pairs again and again; a pair computed once
by any worker is shown at once afterwards. Workers share the cache (it locks).

The window hands out :class:`DocumentSummary` records (no texts); on a miss the
worker reads the two texts by id through a connection of its own (a SQLite
connection belongs to the thread that opened it), analysed and tagged by the
service layer (stored tags read back; neighbour pairs share their documents).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from storydiff.core.align import Mode
from storydiff.core.progress import CancelCheck, Progress
from storydiff.core.story import StoryComparison, compare_documents
from storydiff.errors import LibraryError
from storydiff.library.records import DocumentRecord
from storydiff.library.store import Library
from storydiff.service.comparisons import Lru, TaggedDocuments, Version, read_records

LIMIT = 64  # pairs kept (each holds two analysed documents and their tags)

__all__ = ["LIMIT", "ComparisonCache", "Version"]


class ComparisonCache:
    """An LRU dict ``(text_sha256 old, text_sha256 new[, mode]) → StoryComparison`` of one pair."""

    def __init__(self, limit: int = LIMIT, library_path: Path | None = None) -> None:
        self.limit = limit
        self.library_path = library_path  # where summaries' texts (and stored tags) are read
        self._pairs: Lru[StoryComparison] = Lru(limit)
        self._documents = TaggedDocuments()

    def get(self, old: Version, new: Version, mode: Mode = "auto") -> StoryComparison | None:
        return self._pairs.get(_key(old, new, mode))

    def put(self, old: Version, new: Version, result: StoryComparison, mode: Mode = "auto") -> None:
        self._pairs.put(_key(old, new, mode), result)

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
        with self.connection(old, new) as library:
            records = read_records(library, [old, new]) if library else [old, new]
            documents, tags = self._documents.of(library, records)  # type: ignore[arg-type]
        result = compare_documents(
            documents, [(0, 1)], mode, progress=progress, cancelled=cancelled, tags=tags
        )
        self.put(*records, result, mode)  # under the texts compared, should they have changed since
        return result

    @contextlib.contextmanager
    def connection(self, *versions: Version) -> Iterator[Library | None]:
        """This thread's connection to the library; ``None`` when there is none to use
        and ``versions`` already carry their texts."""
        path = self.library_path
        if path is None or not path.exists():  # opening would make a new, empty library
            if all(isinstance(v, DocumentRecord) for v in versions):
                yield None
                return
            raise LibraryError(f"The library file {path} is not there any more.")
        with Library.open(path) as library:
            yield library

    def __len__(self) -> int:
        return len(self._pairs)


def _key(old: Version, new: Version, mode: Mode) -> tuple[str, ...]:
    """Both texts, and the mode when the user chose one (auto decides from the texts)."""
    pair = (old.text_sha256, new.text_sha256)
    return pair if mode == "auto" else (*pair, mode)
