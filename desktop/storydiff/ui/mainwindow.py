"""The main window: library on the left, the comparison in the centre, differences on the right."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from storydiff.core.align import Mode
from storydiff.core.story import StoryComparison
from storydiff.library import backups
from storydiff.library.records import DocumentSummary
from storydiff.library.store import Library
from storydiff.paths import default_library_path, resource
from storydiff.ui import import_jobs, theme
from storydiff.ui.comparison_cache import ComparisonCache
from storydiff.ui.comparison_mode import ModeChooser, pair_words
from storydiff.ui.comparison_view import ComparisonView
from storydiff.ui.differences_panel import DifferencesPanel
from storydiff.ui.edit_items import classified_items, edit_marks, without_noise
from storydiff.ui.empty_state import EmptyState
from storydiff.ui.facts_view import StoryFacts
from storydiff.ui.library_actions import LibraryActions
from storydiff.ui.library_model import LibraryModel
from storydiff.ui.library_panel import LibraryPanel
from storydiff.ui.library_search import LibrarySearch
from storydiff.ui.notes import NotesPanel
from storydiff.ui.pair_bar import PairBar
from storydiff.ui.plain import plain
from storydiff.ui.reuse_tools import ReuseTools
from storydiff.ui.search_hits import hit_range, neighbour_pair
from storydiff.ui.settings import Settings
from storydiff.ui.side_tabs import SideTabs
from storydiff.ui.story_tools import StoryTools
from storydiff.ui.tasks import TaskRunner
from storydiff.ui.text_marks import Mark, tag_marks
from storydiff.ui.undo import UndoBar
from storydiff.ui.watch_ui import WatchUI
from storydiff.ui.window_actions import WindowActions


def story_needs(name: str, count: int) -> str:
    """What the centre says for a story that cannot be compared yet."""
    if count == 0:
        return (
            f"“{name}” has no documents yet.\n\nImport two or more versions or outlets into it: "
            "File › Import files… (Ctrl+I), Import from web address…, or drop files here."
        )
    return (
        f"“{name}” has one version so far: a comparison needs a second one.\n\n"
        "Import another version or another outlet's article into this story: "
        "File › Import files… (Ctrl+I), Import from web address…, or drop files here, "
        "then choose this story as where it goes."
    )


def comparison_job(
    old: DocumentSummary, new: DocumentSummary, cache: ComparisonCache, mode: Mode = "auto"
):
    """Read, analyse and compare two documents off the GUI thread (or take them from the cache)."""

    def job(progress, cancelled) -> StoryComparison:
        return cache.compare(old, new, progress=progress, cancelled=cancelled, mode=mode)

    return job


SPLITTER_SIZES = [290, 690, 300]  # library, comparison, side tabs at 1280 pixels
CENTRE_WANTED = 480  # pixels: both document choosers show version and date


def fit_panels(sizes: list[int], minimums: list[int], centre: int = CENTRE_WANTED) -> list[int]:
    """In a narrow window, give the comparison room first: the side panels give up
    their width down to their minimums until the centre has ``centre`` pixels."""
    sizes = list(sizes)
    for side in (0, 2):
        give = max(0, min(centre - sizes[1], sizes[side] - minimums[side]))
        sizes[side] -= give
        sizes[1] += give
    return sizes


class MainWindow(QMainWindow):
    """Thin: holds the panels, starts background work and routes signals between them."""

    backup_failed = Signal(str)  # emitted from the backup's thread, shown on the GUI thread
    comparison_shown = Signal()  # a pair's comparison is on screen

    def __init__(
        self, settings: Settings, library_path: Path | None = None, runner: TaskRunner | None = None
    ):
        super().__init__()
        self.settings = settings
        self.runner = runner or TaskRunner(self)
        self.library: Library | None = None
        self.pair: tuple[DocumentSummary, DocumentSummary] | None = None  # texts: self.result
        self.result: StoryComparison | None = None
        self.pending_hit: tuple[int, str] | None = None  # document id, search words
        self._following_selection = False
        self.last_error = ""
        self.setWindowIcon(QIcon(str(resource("icons", "storydiff.svg"))))
        self.setWindowTitle("StoryDiff")
        self.setAcceptDrops(True)
        self._build()
        self.library_actions = LibraryActions(self, self.undo_bar)
        self.watch_ui = WatchUI(self)
        self.actions_ = WindowActions(self)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)
        self._restore_state()
        self.backup_failed.connect(self._backup_failed)
        backups.on_daily_failure(self._report_backup_failure)
        self.open_library(library_path or settings.last_library or default_library_path())

    def _build(self) -> None:
        self.library_model = LibraryModel(None, self)
        self.library_panel = LibraryPanel(self.library_model)
        self.undo_bar = UndoBar()
        self.library_panel.layout().insertWidget(2, self.undo_bar)
        self.pair_bar = PairBar()
        self.view = ComparisonView()
        self.tools = StoryTools(self)
        self.facts = StoryFacts(self)
        self.reuse = ReuseTools(self)
        self.timeline = self.tools.timeline
        comparison = QWidget()
        layout = QVBoxLayout(comparison)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.pair_bar)
        layout.addWidget(self.timeline)
        layout.addWidget(self.view, 1)
        self.empty_state = EmptyState()
        self.centre = QStackedWidget()
        self.centre.addWidget(comparison)
        self.centre.addWidget(self.empty_state)
        self.differences = DifferencesPanel()
        self.notes = NotesPanel()
        self.side_tabs = SideTabs()  # short tab names in a narrow window, never arrows
        self.side_tabs.add(self.differences, "Differences", "Changes")
        self.side_tabs.add(self.facts.panel, "Facts")
        self.side_tabs.add(self.tools.figure_panel, "Figure history", "History")
        self.side_tabs.add(self.notes, "Notes")
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        # a wider window widens the text and the differences list (2 : 1), not the library
        for widget, stretch in ((self.library_panel, 0), (self.centre, 2), (self.side_tabs, 1)):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(self.splitter.count() - 1, stretch)
            self.splitter.setCollapsible(self.splitter.count() - 1, False)
        self.splitter.setSizes(SPLITTER_SIZES)
        self.setCentralWidget(self.splitter)
        self.mode_chooser = ModeChooser()  # revisions or outlets: auto, or as the user says
        self.pair_bar.view_controls.layout().insertWidget(0, self.mode_chooser)
        self.pair_bar.view_controls.layout().insertSpacing(1, 10)
        self.mode_chooser.mode_chosen.connect(lambda _mode: self.compare_ids(*self.pair_bar.pair()))
        self.menuBar().setCornerWidget(self.pair_bar.view_controls)
        self._build_status()
        self.library_panel.selection_changed.connect(self._library_selection)
        self.searcher = LibrarySearch(self.runner, self)
        self.searcher.found.connect(self._searched)
        self.searcher.failed.connect(self.show_error)
        self.library_panel.search_changed.connect(self.search_library)
        self.library_panel.tree.paste_requested.connect(self.paste_document)
        self.pair_bar.pair_changed.connect(self.compare_ids)
        self.pair_bar.mode_changed.connect(self.view.set_mode)
        self.pair_bar.find_requested.connect(self.find_in_text)
        self.differences.difference_activated.connect(self.view.scroll_to)
        self.differences.figure_chosen.connect(self.tools.choose_ranges)
        self.differences.message.connect(self.say)
        self.differences.show_choice.currentTextChanged.connect(lambda _: self.refresh_notes())
        self.view.figure_clicked.connect(self.tools.choose_figure)
        self.view.note_clicked.connect(self.open_note)
        self.view.mode_forced.connect(self.pair_bar.set_mode)
        self.empty_state.sample_requested.connect(self.open_sample)
        self.notes.note_activated.connect(self.view.scroll_to)
        self.notes.add_requested.connect(self.add_note)

    def _build_status(self) -> None:
        self.progress = QProgressBar(maximumWidth=180, textVisible=False)
        self.cancel_button = QPushButton("Cancel")
        self.status_label = plain(QLabel())  # shows search words and error messages
        status = self.statusBar()
        status.addWidget(self.status_label, 1)
        status.addPermanentWidget(self.progress)
        status.addPermanentWidget(self.cancel_button)
        self.cancel_button.clicked.connect(self.runner.cancel_all)
        self.runner.busy_changed.connect(self._busy)
        self._busy(False)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def say(self, message: str) -> None:
        self.status_label.setText(message)

    def show_error(self, message: str) -> None:
        """A readable message in a non-blocking box and the status bar (never a traceback)."""
        self.last_error = message
        self.say(message)
        box = plain(QMessageBox(QMessageBox.Icon.Warning, "StoryDiff", message, parent=self))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # Library

    def open_library(self, path: Path) -> None:
        """Open (or create) a library; an empty one offers the sample story, and
        the default library starts with it on the very first run."""
        first_run = Path(path) == default_library_path() and not Path(path).exists()
        library = Library.open(path)  # if this fails, the current library stays open
        self.searcher.cancel()
        self.runner.cancel_all()
        if self.library is not None:
            self.library.close()
        self.library = library
        self.setWindowTitle(f"{self.library.path.name} — StoryDiff")
        self.tools.cache.library_path = self.library.path
        self.settings.last_library = self.library.path
        self.library_model.set_library(self.library)
        self.watch_ui.reload()
        self.pair = None
        self.view.show_message("Choose a story in the library to compare its versions.")
        self._show_empty_state()
        if not self.library_model.entries:
            self.say("This library is empty: open the sample story or import articles.")
            if first_run:
                self.open_sample()
            return
        last = self.library.find_story(self.settings.last_story(self.library.path))
        self.show_story(last.id if last else self.library_model.entries[0].story.id)

    def _report_backup_failure(self, _library: Path, message: str) -> None:
        self.backup_failed.emit(message)  # queued: this runs in the backup's thread

    def _backup_failed(self, message: str) -> None:
        """A failed daily backup: said in the status bar and in the notice bar until dismissed."""
        self.say(message)
        self.undo_bar.notify(message)

    def _show_empty_state(self) -> None:
        """The welcome panel while the library has no story; the comparison otherwise
        (a new, empty story says in the centre how to fill it)."""
        empty = not self.library_model.entries and self.library_model.matches is None
        self.centre.setCurrentWidget(self.empty_state if empty else self.centre.widget(0))
        self.side_tabs.setVisible(not empty)
        self.pair_bar.view_controls.setEnabled(not empty)
        if empty:
            self.empty_state.sample_button.setFocus()

    def open_sample(self) -> None:
        """Add the bundled sample story and show it."""
        assert self.library is not None
        self.say("Adding the sample story…")
        self.start_import(import_jobs.import_sample(self.library.path), "adding the sample story")

    def show_story(self, story_id: int) -> None:
        """Select a story and compare its last two versions; a story with fewer says
        what it needs."""
        self.library_panel.select_story(story_id)
        entry = self.library_model.story_at(self.library_model.story_index(story_id))
        if entry is None:
            return
        documents = entry.documents
        if len(documents) < 2:
            self._show_too_few(entry)
            return
        self.compare_ids(documents[-2].id, documents[-1].id)

    def _show_too_few(self, entry) -> None:
        """A story with no document or only one: nothing to compare yet, and how to change that."""
        self.runner.cancel("compare")
        self.pair = self.result = None
        self.setWindowTitle(f"{entry.story.name} — StoryDiff")
        first = entry.documents[0].id if entry.documents else 0
        self.pair_bar.set_documents(entry.documents, first, first)
        self.tools.show_pair(entry.documents, first, first)
        self.facts.show_story(entry.documents)
        self.differences.set_items([])
        self.differences.summary.setText("Nothing to compare yet.")
        self.notes.model.set_notes([])
        self.view.show_message(story_needs(entry.story.name, len(entry.documents)))
        self.say(story_needs(entry.story.name, len(entry.documents)).split("\n")[0])

    def refresh_title(self) -> None:
        """The window names the story on screen (after a rename)."""
        story_id = self.library_panel.current_story_id()
        if story_id is not None and self.library is not None:
            self.setWindowTitle(f"{self.library.story(story_id).name} — StoryDiff")

    def _library_selection(self) -> None:
        """The library's selection changed (by the user, or by showing a story): follow it,
        once; selecting what is shown must not start over."""
        if self._following_selection:
            return
        self._following_selection = True
        try:
            self._follow_selection()
        finally:
            self._following_selection = False

    def _follow_selection(self) -> None:
        chosen = self.library_panel.selected_documents()
        if len(chosen) >= 2:
            self.compare_ids(chosen[0], chosen[-1])
        elif len(chosen) == 1:
            entry = self.library_model.story_at(self.library_model.document_index(chosen[0]))
            assert self.library is not None and entry is not None
            # the whole story, not only the documents a search left in the tree
            ids = [d.id for d in self.library.summaries(entry.story.id)]
            if len(ids) < 2:
                self._show_too_few(entry)
                return
            query = self.library_panel.search.text().strip()
            self.pending_hit = (chosen[0], query) if query else None
            self.compare_ids(*neighbour_pair(ids, chosen[0]))
        elif (
            self.library_panel.current_story_id() is not None
            and not self.library_panel.search.text()
        ):
            story_id = self.library_panel.current_story_id()
            if not self.pair or self.pair[0].story_id != story_id:
                self.show_story(story_id)

    def search_library(self, text: str) -> None:
        """Filter the library to documents whose text or tags match (full text and by tag);
        the search runs in the background once typing pauses, the latest query winning."""
        if self.library is not None:
            self.searcher.request(self.library.path, text)

    def _searched(self, query: str, matches: dict[int, str] | None) -> None:
        self.library_model.set_matches(matches)
        if matches is not None:
            self.say(f"{len(matches)} documents match “{query}”.")

    # Comparison

    def compare_ids(self, old_id: int, new_id: int) -> None:
        """Compare two library documents in the background (cancels a running comparison)."""
        assert self.library is not None
        old, new = self.library.summary(old_id), self.library.summary(new_id)
        self.pair = (old, new)
        self.result = None  # until this pair's comparison arrives
        entry = self.library_model.story_at(self.library_model.story_index(old.story_id))
        story_name = entry.story.name if entry else self.library.story(old.story_id).name
        self.setWindowTitle(f"{story_name} — StoryDiff")
        self.settings.set_last_story(self.library.path, story_name)
        documents = self.library.summaries(old.story_id)
        self.pair_bar.set_documents(documents, old.id, new.id)
        self.tools.show_pair(documents, old.id, new.id)
        self.facts.show_story(documents)
        self.say(f"Comparing v{old.version} with v{new.version}…")
        self.runner.start(
            "compare",
            comparison_job(old, new, self.tools.cache, self.mode_chooser.mode()),
            "comparing the documents",
            on_finished=self._compared,
            on_failed=self.show_error,
            on_progress=self._progress,
        )

    def _compared(self, result: StoryComparison, keep_position: bool = False) -> None:
        self.result = result
        pair = result.pairs[0]
        marks = {"a": tag_marks(result.tags[0]), "b": tag_marks(result.tags[1])}
        self._add_note_marks(marks)
        assert self.pair is not None
        words = pair_words(pair.comparison.mode, *self.pair)  # outlets: "only in AFP"
        self.pair_bar.set_side_names(words.a, words.b)
        self.mode_chooser.show_compared(pair.comparison.mode)
        items, report = classified_items(pair, words)
        for side, extra in edit_marks(pair.comparison, report).items():
            marks[side] += extra
        show = None if keep_position else self.watch_ui.compared(self.pair)
        self.differences.set_items(items, show)
        shown = pair.comparison
        if "noise" in self.differences.model.hidden_classes:
            shown = without_noise(shown, report)
        outlets = (words.a, words.b) if pair.comparison.mode == "coverage" else ("", "")
        self.view.show_comparison(shown, marks, keep_position=keep_position, names=outlets)
        changed = len(pair.comparison.changed_rows())
        stealth = f", {report.stealth_count} stealth edits" if report.stealth_count else ""
        self.say(
            f"{changed} changed passages, {len(pair.differences)} tagged differences{stealth}."
        )
        if not keep_position:
            self._show_hit()
            self.facts.compared()
        self.comparison_shown.emit()

    def _show_hit(self) -> None:
        """After a search hit was chosen: scroll to the words that matched and select them."""
        if self.pending_hit is None or self.pair is None or self.result is None:
            return
        document_id, query = self.pending_hit
        self.pending_hit = None
        for side, shown, text in zip(
            ("a", "b"), self.pair, (d.text for d in self.result.documents), strict=True
        ):
            found = hit_range(text, query) if shown.id == document_id else None
            if found is not None:
                self.view.show_hit(side, *found)
                self.say(f"“{query}” in v{shown.version}, compared with its neighbour.")
                return

    def refresh_notes(self) -> None:
        """Show new or changed notes in the text and the Notes tab; the reader stays put."""
        if self.result is not None:
            self._compared(self.result, keep_position=True)

    def _add_note_marks(self, marks: dict[str, list[Mark]]) -> None:
        """Notes show in the text (highlighted) and in the Notes tab."""
        if self.library is None or self.pair is None:
            return
        listed = []
        texts = [shown.text for shown in self.result.documents] if self.result else ["", ""]
        for side, document, text in zip(("a", "b"), self.pair, texts, strict=True):
            for note in self.library.notes(document_id=document.id):
                if note.start is not None and note.end is not None:
                    marks[side].append(Mark("note", note.start, note.end, f"Note: {note.body}"))
                quoted = text[note.start : note.end] if note.start is not None else ""
                listed.append((side, note, quoted))
        self.notes.model.set_notes(listed)

    def find_in_text(self, text: str, backwards: bool = False) -> bool:
        from PySide6.QtGui import QTextDocument

        view = self.view.current_text()
        flags = QTextDocument.FindFlag.FindBackward if backwards else QTextDocument.FindFlag(0)
        self.view.finish_building()
        found = view.find(text, flags)
        if not found:
            cursor = view.textCursor()
            cursor.movePosition(
                cursor.MoveOperation.End if backwards else cursor.MoveOperation.Start
            )
            view.setTextCursor(cursor)
            found = view.find(text, flags)
        self.say("" if found else f"“{text}” is not in this comparison.")
        return found

    # Imports, notes and deletion live in WindowActions; these thin wrappers keep the API flat.

    def start_import(self, job, description: str, on_finished=None) -> None:
        self.runner.start(
            "import",
            job,
            description,
            on_finished=on_finished or self._imported,
            on_failed=self.show_error,
            on_progress=self._progress,
        )

    def _imported(self, document_ids: list[int]) -> None:
        self.library_model.reload()
        self._show_empty_state()
        self.say(f"Imported {len(document_ids)} document(s).")
        if document_ids and self.library is not None:
            self.show_story(self.library.summary(document_ids[-1]).story_id)

    def paste_document(self) -> None:
        self.actions_.paste_document()

    def add_note(self) -> None:
        self.actions_.add_note()

    def open_note(self, side: str, start: int, end: int) -> None:
        """A margin marker was clicked: select the note in the Notes tab and show its words."""
        self.side_tabs.setCurrentWidget(self.notes)
        self.notes.select(side, start, end)
        self.view.scroll_to([(side, start, end)])

    # Window state

    def _restore_state(self) -> None:
        geometry, state = self.settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        if state is not None:
            self.restoreState(state)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        minimums = [w.minimumSizeHint().width() for w in (self.library_panel, self.centre)]
        minimums = [max(self.library_panel.minimumWidth(), minimums[0]), minimums[1]]
        minimums.append(
            max(self.side_tabs.minimumWidth(), self.side_tabs.minimumSizeHint().width())
        )
        sizes = self.splitter.sizes()
        fitted = fit_panels(sizes, minimums)
        if fitted != sizes:
            self.splitter.setSizes(fitted)

    def closeEvent(self, event: QCloseEvent) -> None:
        backups.forget_daily_failure(self._report_backup_failure)
        self.searcher.cancel()
        self.runner.cancel_all()
        self.settings.save_window_state(self.saveGeometry(), self.saveState())
        self.settings.sync()
        self.runner.wait(5000)
        if self.library is not None:
            self.library.close()
        super().closeEvent(event)

    def set_theme(self, choice: str) -> None:
        """View › Theme: system, light or dark, for the whole window."""
        self.settings.theme = choice
        theme.apply(QApplication.instance(), choice)
        self._repaint_theme()

    def _system_scheme_changed(self, _scheme) -> None:
        """The desktop switched between light and dark: follow it unless the user chose."""
        if self.settings.theme == "system":
            theme.apply(QApplication.instance(), "system")
            self._repaint_theme()

    def _repaint_theme(self) -> None:
        """Widgets follow the application palette; the comparison text recolours itself
        when its palette changes (ComparisonView.changeEvent)."""
        self.timeline.update()
        self.pair_bar.restyle()

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            self.actions_.import_files(paths)
            event.acceptProposedAction()
