"""How much changed between each version of a story and the next, counted in the background.

Counts arrive one neighbour pair at a time (``counted`` signal), so the timeline
fills in while later pairs are still being compared.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from storydiff.core.progress import check
from storydiff.core.story import StoryComparison, neighbour_pairs
from storydiff.ui.comparison_cache import ComparisonCache
from storydiff.ui.library_model import Version
from storydiff.ui.tasks import TaskRunner

TASK_KEY = "revision-counts"


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
        self._reported.connect(self._relay)

    def start(self, documents: list[Version]) -> None:
        """Count every neighbour pair of ``documents`` (cancels an older count)."""
        self.generation += 1
        self.counts = {}
        generation, cache, report = self.generation, self.cache, self._reported.emit
        documents = list(documents)

        def job(progress, cancelled) -> int:
            pairs = neighbour_pairs(len(documents))
            for done, (old, new) in enumerate(pairs):
                check(cancelled)
                result = cache.compare(documents[old], documents[new], cancelled=cancelled)
                report(generation, count_of(old, new, result))
                progress(done + 1, len(pairs))
            return len(pairs)

        if len(documents) < 2:
            self.runner.cancel(TASK_KEY)
            return
        self.runner.start(TASK_KEY, job, "counting the changes between versions")

    def _relay(self, generation: int, count: PairCount) -> None:
        if generation == self.generation:
            self.counts[(count.old, count.new)] = count
            self.counted.emit(count)
