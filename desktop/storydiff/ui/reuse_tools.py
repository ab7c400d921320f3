"""Text reuse of the story on screen: finds it in a worker, shows it in the Reuse
window, follows a chosen passage into the comparison, shares it as a card, and
marks documents as press releases or wire copy."""

from __future__ import annotations

from PySide6.QtCore import QObject

from storydiff.cards.content import passage_card
from storydiff.core.provenance import Timing
from storydiff.core.reuse import StoryDocument, StoryReuse, find_reuse
from storydiff.library.kinds import kind_of, set_kind
from storydiff.library.records import DocumentRecord
from storydiff.service.documents import analysed
from storydiff.ui.figure_history import version_name
from storydiff.ui.reuse_model import PassageRow
from storydiff.ui.reuse_view import ReuseDialog
from storydiff.ui.share_card import CardSharer

REUSE_TASK = "reuse"
KIND_NAMES = {"article": "an article", "press_release": "a press release", "wire": "wire copy"}


def story_documents(records: list[DocumentRecord], progress=None, cancelled=None) -> list:
    """The records as story documents (analysed), with their times and kinds."""
    documents = []
    for record in records:
        if cancelled is not None and cancelled():
            break
        timing = Timing(record.published, record.imported, kind_of(record))
        documents.append(StoryDocument(analysed(record), timing, record.outlet))
    return documents


class ReuseTools(QObject):
    """The window's reuse commands; owns the Reuse dialog (made when first needed)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.sharer = CardSharer(window)
        self.dialog: ReuseDialog | None = None
        self.records: list[DocumentRecord] = []
        self.story_name = ""
        # the pair (document ids) to show and the passage's ranges, until it is on screen
        self._pending: tuple[tuple[int, int], list[tuple[str, int, int]]] | None = None
        window.comparison_shown.connect(self._scroll_pending)

    def _dialog(self) -> ReuseDialog:
        if self.dialog is None:
            self.dialog = ReuseDialog(self.window)
            self.dialog.passage_activated.connect(self.show_passage)
            self.dialog.share_requested.connect(self.share_passage)
            self.dialog.cancel_requested.connect(self.cancel)
        return self.dialog

    def open_current(self) -> None:
        """The Reuse window for the story on screen (or selected in the library)."""
        w = self.window
        story_id = w.library_panel.current_story_id() or (w.pair[0].story_id if w.pair else None)
        if story_id is None:
            w.say("Choose a story first.")
            return
        self.open_story(story_id)

    def open_story(self, story_id: int) -> None:
        w = self.window
        self.records = w.library.documents(story_id)
        self.story_name = w.library.story(story_id).name
        dialog = self._dialog()
        dialog.show()
        dialog.raise_()
        names = [version_name(r) for r in self.records]
        if len(self.records) < 2:
            dialog.show_pending(self.story_name, names)
            dialog.show_stopped(f"{self.story_name}: text reuse needs two documents or more.")
            return
        dialog.show_pending(self.story_name, names)
        records = list(self.records)

        def job(progress, cancelled) -> StoryReuse:
            documents = story_documents(records, cancelled=cancelled)
            return find_reuse(documents, progress, cancelled)

        w.runner.start(
            REUSE_TASK,
            job,
            "finding text reuse",
            on_finished=lambda result: dialog.show_result(self.story_name, result),
            on_failed=self._failed,
            on_progress=dialog.set_progress,
        )

    def cancel(self) -> None:
        self.window.runner.cancel(REUSE_TASK)
        if self.dialog is not None:
            self.dialog.show_stopped("Cancelled: choose View → Text reuse… to look again.")

    def _failed(self, message: str) -> None:
        if self.dialog is not None:
            self.dialog.show_stopped(message)
        self.window.show_error(message)

    def show_passage(self, row: PassageRow) -> None:
        """Show the passage's two documents side by side, the passage on both sides."""
        w = self.window
        a, b = self.records[row.pair.a], self.records[row.pair.b]
        p = row.passage
        ranges = [("a", p.a_start, p.a_end), ("b", p.b_start, p.b_end)]
        if w.pair and (w.pair[0].id, w.pair[1].id) == (a.id, b.id) and w.result is not None:
            w.view.scroll_to(ranges)
            return
        self._pending = ((a.id, b.id), ranges)
        w.compare_ids(a.id, b.id)

    def _scroll_pending(self) -> None:
        """Scroll to the chosen passage once its pair is shown (never on another pair)."""
        w = self.window
        if self._pending is None or w.pair is None:
            return
        ids, ranges = self._pending
        self._pending = None
        if (w.pair[0].id, w.pair[1].id) == ids:
            w.view.scroll_to(ranges)

    def share_passage(self, row: PassageRow) -> None:
        if self.dialog is None or self.dialog.result is None:
            return
        card = passage_card(self.dialog.result.documents, row.pair, row.passage)
        self.sharer.share(card, "reused-passage.png")

    def mark(self, kind: str) -> None:
        """Record the selected documents as articles, press releases or wire copy."""
        w = self.window
        chosen = w.library_panel.selected_documents()
        if not chosen:
            w.say("Choose the documents to mark in the library first.")
            return
        if not w.library_actions.guard(lambda: [set_kind(w.library, i, kind) for i in chosen]):
            return
        w.library_model.reload()
        w.library_panel.select_documents(chosen)
        count = "1 document" if len(chosen) == 1 else f"{len(chosen)} documents"
        w.say(f"Marked {count} as {KIND_NAMES[kind]}: text reuse shows the churn from it.")
