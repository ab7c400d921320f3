"""The revision timeline and the figure history of the story on screen.

Keeps the main window thin: this object owns the comparison cache, counts the
changes between neighbouring versions for the timeline, and looks a chosen
figure up in every version, all in background workers.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from storydiff.core.tagging import Figure
from storydiff.ui.comparison_cache import ComparisonCache
from storydiff.ui.figure_history import FigureEntry, figure_history
from storydiff.ui.figure_panel import FigurePanel
from storydiff.ui.library_model import Version
from storydiff.ui.revision_counts import RevisionCounter
from storydiff.ui.timeline import RevisionTimeline

TIMELINE_FROM = 3  # versions: with two, the pair bar already says everything
FIGURE_TASK = "figure-history"


class StoryTools(QObject):
    """Timeline (with counts) and figure history for a :class:`MainWindow`."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.cache = ComparisonCache()
        self.counter = RevisionCounter(window.runner, self.cache, self)
        self.counter.on_progress = window._progress
        self.timeline = RevisionTimeline()
        self.timeline.hide()
        self.figure_panel = FigurePanel()
        self.figure: Figure | None = None
        self.counter.counted.connect(self.timeline.set_count)
        self.timeline.pair_chosen.connect(window.pair_bar.choose)
        self.figure_panel.entry_activated.connect(self._show_entry)

    def show_pair(self, documents: list[Version], old_id: int, new_id: int) -> None:
        """Follow the pair on screen; a new story (or changed versions) is counted again."""
        if list(self.timeline.versions) != list(documents):  # new story, texts or details
            self.timeline.set_versions(documents)
            self.timeline.setVisible(len(documents) >= TIMELINE_FROM)
            self.counter.start(documents)
            self.figure = None
            self.figure_panel.show_hint()
        self.timeline.set_pair(old_id, new_id)

    # Figure history

    def figure_at(self, side: str, offset: int) -> tuple[int, Figure] | None:
        """The figure shown at ``offset`` of one side, with its index in the story."""
        w = self.window
        if w.result is None or w.pair is None:
            return None
        tags = w.result.tags[0 if side == "a" else 1]
        figure = next((f for f in tags.figures if f.start <= offset < f.end), None)
        document = w.pair[0 if side == "a" else 1]
        ids = [d.id for d in self.timeline.versions]
        if figure is None or document.id not in ids:
            return None
        return ids.index(document.id), figure

    def choose_ranges(self, ranges: list) -> bool:
        """Follow a clicked figure difference (its new side first): its history tab opens."""
        for side, start, _end in sorted(ranges, key=lambda r: r[0], reverse=True):
            if self.choose_figure(side, start):
                return True
        return False

    def choose_figure(self, side: str, offset: int, switch: bool = True) -> bool:
        """Look the figure at ``offset`` up in every version (in the background)."""
        found = self.figure_at(side, offset)
        if found is None:
            return False
        chosen, figure = found
        self.figure = figure
        self.figure_panel.show_pending(figure)
        if switch:
            self.window.side_tabs.setCurrentWidget(self.figure_panel)
        documents, cache = list(self.timeline.versions), self.cache

        def job(progress, cancelled) -> list[FigureEntry]:
            def compare(old: int, new: int):
                return cache.compare(documents[old], documents[new], cancelled=cancelled)

            return figure_history(documents, chosen, figure, compare)

        self.window.runner.start(
            FIGURE_TASK,
            job,
            "following the figure through the versions",
            on_finished=lambda entries: self.figure_panel.show_entries(figure, entries),
            on_failed=self.window.show_error,
        )
        return True

    def _show_entry(self, entry: FigureEntry) -> None:
        """Show a version's figure in the text when that version is on screen."""
        w = self.window
        if entry.figure is None or w.pair is None:
            return
        for side, document in zip(("a", "b"), w.pair, strict=True):
            if document.id == entry.document.id:
                w.view.scroll_to([(side, entry.figure.start, entry.figure.end)])
                return
        w.say(f"v{entry.document.version} is not on screen: choose it in the timeline.")
