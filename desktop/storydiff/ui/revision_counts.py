"""How much changed between each version of a story and the next, counted in the background.

Counts arrive one neighbour pair at a time (``counted`` signal), so the timeline
fills in while later pairs are still being compared. Each comparison is kept in
the library (the ``compare --json`` contract, keyed on both texts, the mode and
the core version): reopening a story reads the stored pairs first, all at once,
and computes only the missing ones.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from storydiff.core.progress import check
from storydiff.core.story import StoryComparison, neighbour_pairs
from storydiff.errors import LibraryError
from storydiff.library.comparisons import UNCHANGED_OPS
from storydiff.library.store import Library
from storydiff.service.comparisons import keep, kept_result, stored_counts
from storydiff.ui.comparison_cache import ComparisonCache
from storydiff.ui.library_model import Version
from storydiff.ui.tasks import TaskRunner

TASK_KEY = "revision-counts"
MODE = "auto"  # the mode the window compares in (compare_documents' default)


@dataclass(frozen=True, slots=True)
class PairCount:
    """Changes between version ``old`` and version ``new`` (indices into the story's list)."""

    old: int
    new: int
    changed: int  # aligned rows that are not equal
    tagged: int  # typed differences (figures, sources, quotes, claims)


def count_of(old: int, new: int, result: StoryComparison) -> PairCount:
    pair = result.pairs[0]
    return PairCount(old, new, len(pair.comparison.changed_rows()), len(pair.differences))


def count_from_dict(old: int, new: int, stored: dict[str, Any]) -> PairCount | None:
    """The count of a stored ``compare --json`` result (``None`` if it is not one); the
    library counts the same inside SQLite (``Library.cached_comparison_counts``)."""
    try:
        comparison = stored["comparisons"][0]
        changed = sum(row["op"] not in UNCHANGED_OPS for row in comparison["alignment"])
        return PairCount(old, new, changed, len(comparison["differences"]))
    except (KeyError, IndexError, TypeError):
        return None


@contextlib.contextmanager
def stored_comparisons(path: Path | None) -> Iterator[Library | None]:
    """The worker's own connection to the library (``None`` if there is none to use)."""
    if path is None or not Path(path).exists():
        yield None
        return
    try:
        library = Library.open(path)
    except LibraryError:
        yield None
        return
    with library:
        yield library


class RevisionCounter(QObject):
    """Starts the counting job for a story's versions and relays each count as it comes."""

    counted = Signal(object)  # PairCount, on the GUI thread
    _reported = Signal(int, object)  # generation, PairCount (emitted from the worker)

    def __init__(self, runner: TaskRunner, cache: ComparisonCache, parent=None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.cache = cache
        self.generation = 0
        self.counts: dict[tuple[int, int], PairCount] = {}
        self.on_progress = None  # e.g. the window's progress bar: (done, total)
        self._reported.connect(self._relay)

    def start(self, documents: list[Version]) -> None:
        """Count every neighbour pair of ``documents`` (cancels an older count)."""
        self.generation += 1
        self.counts = {}
        if len(documents) < 2:
            self.runner.cancel(TASK_KEY)
            return
        generation, report = self.generation, self._reported.emit
        job = self._job(list(documents), lambda count: report(generation, count))
        self.runner.start(
            TASK_KEY, job, "counting the changes between versions", on_progress=self.on_progress
        )

    def _job(self, documents: list[Version], report):
        cache, path = self.cache, self.cache.library_path

        def job(progress, cancelled) -> int:
            pairs = neighbour_pairs(len(documents))
            with stored_comparisons(path) as library:
                missing = []
                for old, new in pairs:  # stored pairs first: the timeline fills at once
                    found = stored_counts(library, documents[old], documents[new], MODE)
                    count = PairCount(old, new, *found) if found else None
                    if count is None:
                        missing.append((old, new))
                    else:
                        report(count)
                progress(len(pairs) - len(missing), len(pairs))
                for done, (old, new) in enumerate(missing, start=len(pairs) - len(missing)):
                    check(cancelled)
                    result = cache.compare(documents[old], documents[new], cancelled=cancelled)
                    report(count_of(old, new, result))
                    keep(library, documents[old], documents[new], MODE, kept_result(result))
                    progress(done + 1, len(pairs))
            return len(pairs)

        return job

    def _relay(self, generation: int, count: PairCount) -> None:
        if generation == self.generation:
            self.counts[(count.old, count.new)] = count
            self.counted.emit(count)
