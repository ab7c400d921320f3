"""Menus, shortcuts and the commands behind them (import, notes, delete/undo, help)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
)

from storydiff import __version__
from storydiff.importers.web import with_scheme
from storydiff.ui import import_dialogs, import_jobs
from storydiff.ui.differences_model import RANGES_ROLE
from storydiff.ui.export import ReportExport
from storydiff.ui.import_target import ImportTargetDialog
from storydiff.ui.legend import LegendDialog
from storydiff.ui.library_model import document_label
from storydiff.ui.plain import plain
from storydiff.ui.share_card import item_card
from storydiff.ui.undo import UndoStep

SHORTCUTS = [
    ("F7 / Alt+Down", "Next difference"),
    ("Shift+F7 / Alt+Up", "Previous difference"),
    ("Alt+Left / Alt+Right", "Previous / next revision pair"),
    ("Ctrl+1 / Ctrl+2", "Side by side / inline view"),
    ("Ctrl+F", "Find in the text"),
    ("Ctrl+K", "Search the library (text, figures, sources)"),
    ("Ctrl+V (in the library)", "New document from the clipboard"),
    ("Ctrl+I", "Import files"),
    ("Ctrl+E / Ctrl+Shift+E", "Export a report of the comparison / the whole story"),
    ("Ctrl+Shift+N", "Add a note to the selection or difference"),
    ("Ctrl+Z", "Undo the last deletion, merge or move"),
    ("Delete", "Delete the selected documents, story or note"),
    ("F2", "Rename the story"),
    ("Ctrl+M / Ctrl+D", "Move a document to another story / edit its details"),
    ("Ctrl+O", "Open another library"),
    ("Ctrl+R", "Text reuse in the story: the reuse map and its passages"),
    ("Shift+F1", "Legend: what the marks and colours mean"),
]

MARK_KINDS = (("Wire copy", "wire"), ("Press release", "press_release"), ("Article", "article"))


class WindowActions:
    """Builds the menu bar of a :class:`MainWindow` and carries out its commands."""

    def __init__(self, window) -> None:
        self.window = window
        self.ask_text = lambda title, label: QInputDialog.getText(window, title, label)
        self.ask_note = self._ask_note
        self.export = ReportExport(window)
        self._menus()

    def _ask_note(self, title: str, label: str, text: str = "") -> tuple[str, bool]:
        """A note's text, in a box that wraps long lines instead of scrolling sideways."""
        dialog = QInputDialog(self.window)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        dialog.setTextValue(text)
        for editor in dialog.findChildren(QPlainTextEdit):
            editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        dialog.resize(460, 260)
        ok = dialog.exec() == QInputDialog.DialogCode.Accepted
        return dialog.textValue(), ok

    def _action(self, menu, text: str, slot, shortcuts=()) -> QAction:
        action = QAction(text, self.window)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _menus(self) -> None:
        w = self.window
        bar = w.menuBar()
        file = bar.addMenu("&File")
        self._action(file, "&Open library…", self.open_library, ["Ctrl+O"])
        self._action(file, "&New story…", self.new_story, ["Ctrl+N"])
        file.addSeparator()
        self._action(file, "&Import files…", self.choose_files, ["Ctrl+I"])
        self._action(file, "Import from &clipboard", self.paste_document)
        self._action(file, "Import from &web address…", self.import_url)
        self._action(file, "Import &Wayback Machine snapshots…", self.import_wayback)
        self._action(file, "Import &feed…", self.import_feed)
        file.addSeparator()
        w.watch_ui.add_actions(file, self._action)
        file.addSeparator()
        self._action(file, "&Export comparison…", lambda: self.export.export(False), ["Ctrl+E"])
        self._action(
            file, "Export whole &story…", lambda: self.export.export(True), ["Ctrl+Shift+E"]
        )
        file.addSeparator()
        self._action(file, "&Quit", w.close, ["Ctrl+Q"])
        edit = bar.addMenu("&Edit")
        lib = w.library_actions
        self.undo_action = self._action(edit, "&Undo", lib.undo, ["Ctrl+Z"])
        self.undo_action.setEnabled(False)
        lib.on_history_changed = lambda: self.undo_action.setEnabled(bool(lib.history.steps))
        self._action(edit, "&Delete", self.delete, ["Delete"])
        edit.addSeparator()
        self._action(edit, "&Rename story…", lib.rename_story, ["F2"])
        self._action(edit, "&Merge story into…", lib.merge_story)
        self._action(edit, "Move document to &story…", lib.move_documents, ["Ctrl+M"])
        self._action(edit, "Document &details…", lib.edit_details, ["Ctrl+D"])
        edit.addSeparator()
        self._action(edit, "Add &note…", self.add_note, ["Ctrl+Shift+N"])
        self._action(edit, "&Edit note…", self.edit_note)
        edit.addSeparator()
        self._action(edit, "&Find in text", self.focus_find, ["Ctrl+F"])
        self._action(edit, "Search &library", w.library_panel.focus_search, ["Ctrl+K"])
        view = bar.addMenu("&View")
        self._action(view, "&Next difference", lambda: w.differences.step(True), ["F7", "Alt+Down"])
        self._action(
            view, "&Previous difference", lambda: w.differences.step(False), ["Shift+F7", "Alt+Up"]
        )
        self._action(view, "Previous revision pair", lambda: w.pair_bar.step_pair(-1), ["Alt+Left"])
        self._action(view, "Next revision pair", lambda: w.pair_bar.step_pair(1), ["Alt+Right"])
        view.addSeparator()
        self._action(view, "&Side by side", lambda: self.set_mode(0), ["Ctrl+1"])
        self._action(view, "&Inline", lambda: self.set_mode(1), ["Ctrl+2"])
        view.addSeparator()
        self._action(view, "Text &reuse…", w.reuse.open_current, ["Ctrl+R"])
        self._theme_menu(view.addMenu("&Theme"))
        help_menu = bar.addMenu("&Help")
        self._action(help_menu, "&Keyboard shortcuts", self.show_shortcuts, ["F1"])
        self._action(help_menu, "&Legend: marks and colours", self.show_legend, ["Shift+F1"])
        w.differences.legend_requested.connect(self.show_legend)
        w.differences.share_requested.connect(self.share_difference)
        self._action(help_menu, "&About StoryDiff", self.show_about)
        w.library_panel.new_story.clicked.connect(self.new_story)
        w.library_panel.import_button.clicked.connect(self.choose_files)
        w.library_panel.delete_button.clicked.connect(lib.delete)
        w.library_panel.tree.customContextMenuRequested.connect(self._library_menu)
        w.notes.edit_requested.connect(self.edit_note)
        w.notes.delete_requested.connect(self.delete_note)
        w.empty_state.import_requested.connect(self.choose_files)
        w.empty_state.web_requested.connect(self.import_url)

    def _theme_menu(self, menu) -> None:
        group = QActionGroup(self.window)
        for choice in ("system", "light", "dark"):
            action = self._action(
                menu, choice.capitalize(), lambda c=choice: self.window.set_theme(c)
            )
            action.setCheckable(True)
            action.setChecked(self.window.settings.theme == choice)
            group.addAction(action)

    def set_mode(self, mode: int) -> None:
        self.window.view.set_mode(mode)
        self.window.pair_bar.set_mode(mode)

    def focus_find(self) -> None:
        self.window.pair_bar.find.setFocus()
        self.window.pair_bar.find.selectAll()

    # Library commands

    def open_library(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self.window,
            "Open or create a library",
            str(self.window.library.path.parent),
            "StoryDiff libraries (*.sqlite *.db);;All files (*)",
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self._guard(lambda: self.window.open_library(Path(path)))

    def new_story(self) -> None:
        name, ok = self.ask_text("New story", "Name of the story:")
        if ok and name.strip():
            story = self._guard(lambda: self.window.library.add_story(name))
            if story:
                self.window.library_model.reload()
                self.window.library_panel.select_story(story.id)

    def ask_target(
        self, what: str, new_label: str = "A new story"
    ) -> tuple[int | str | None, bool]:
        """Which story an import goes to (see :class:`ImportTargetDialog`), and whether to go on."""
        w = self.window
        dialog = ImportTargetDialog(
            w, what, w.library.stories(), w.library_panel.current_story_id(), new_label
        )
        ok = dialog.exec() == ImportTargetDialog.DialogCode.Accepted
        return dialog.target(), ok

    def ask_paywall(self, message: str) -> bool:
        """The page may be a paywall teaser: import it anyway?"""
        box = plain(
            QMessageBox(QMessageBox.Icon.Question, "Import anyway?", message, parent=self.window)
        )
        anyway = box.addButton("Import anyway", QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is anyway

    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self.window,
            "Import articles",
            "",
            "Articles (*.txt *.md *.html *.htm *.docx *.pdf);;All files (*)",
        )
        if paths:
            self.import_files([Path(p) for p in paths])

    def import_files(self, paths: list[Path], loader=None) -> None:
        w = self.window
        names = f"“{paths[0].name}”" if len(paths) == 1 else f"these {len(paths)} files"
        story, ok = self.ask_target(names)
        if not ok:
            return
        job = import_jobs.import_files(
            w.library.path, story, paths, **({"loader": loader} if loader else {})
        )
        w.start_import(job, f"importing {len(paths)} file(s)")

    def paste_document(self) -> None:
        mime = QApplication.clipboard().mimeData()
        text = mime.text() if mime.hasText() else ""
        html = mime.html() if mime.hasHtml() else ""
        story, ok = self.ask_target("the pasted text")
        if not ok:
            return
        w = self.window
        w.start_import(
            import_jobs.import_paste(w.library.path, story, text, html), "importing the clipboard"
        )

    def import_url(self) -> None:
        url, ok = self.ask_text("Import from the web", "Address of the article:")
        url = with_scheme(url) if ok else ""
        if not url:
            return
        story, ok = self.ask_target(f"the article at {url}")
        if ok:
            self._fetch_url(url, story)

    def _fetch_url(self, url: str, story: int | str | None, force: bool = False) -> None:
        w = self.window

        def fetched(result) -> None:
            if not isinstance(result, import_jobs.PaywallDoubt):
                w._imported(result)
            elif self.ask_paywall(result.message):
                self._fetch_url(url, story, force=True)
            else:
                w.say("Not imported: the page may be behind a paywall.")

        job = import_jobs.import_url(w.library.path, story, url, force=force)
        w.start_import(job, f"fetching {url}", on_finished=fetched)

    def import_wayback(self) -> None:
        story, ok = self.ask_target("the archived versions")
        if ok:
            self.wayback_dialog = import_dialogs.WaybackDialog(self.window, story)
            self.wayback_dialog.open()

    def import_feed(self) -> None:
        url, ok = self.ask_text("Import a feed", "Address of the RSS or Atom feed:")
        url = with_scheme(url) if ok else ""
        if not url:
            return
        story, ok = self.ask_target("the feed's entries", "A new story for each entry")
        if ok:
            import_dialogs.import_feed(self.window, story, url)

    def delete(self) -> None:
        """Delete: the chosen note in the Notes tab, else what is selected in the library."""
        if self.window.notes.list.hasFocus():
            self.delete_note()
        else:
            self.window.library_actions.delete()

    def _library_menu(self, point) -> None:
        menu = self.library_menu_at(point)
        if menu is not None:
            menu.exec(self.window.library_panel.tree.viewport().mapToGlobal(point))

    def library_menu_at(self, point) -> QMenu | None:
        """Right-click in the library: the commands for a story or for documents."""
        w, lib = self.window, self.window.library_actions
        index = w.library_panel.tree.indexAt(point)
        if not index.isValid():
            return None
        menu = QMenu(w)
        if w.library_model.document_at(index) is not None:
            for text, slot in (
                ("Document details…", lib.edit_details),
                ("Move to story…", lib.move_documents),
                ("Delete", lib.delete_documents),
            ):
                menu.addAction(text, slot)
            mark = menu.addMenu("Mark as")
            for text, kind in MARK_KINDS:
                mark.addAction(text, lambda kind=kind: w.reuse.mark(kind))
        else:
            for text, slot in (
                ("Rename story…", lib.rename_story),
                ("Merge into…", lib.merge_story),
                ("Delete story…", lib.delete_story),
            ):
                menu.addAction(text, slot)
            entry = w.library_model.story_at(index)
            if entry is not None:
                w.watch_ui.add_story_actions(menu, entry.story.id)
                menu.addAction("Text reuse…", lambda: w.reuse.open_story(entry.story.id))
        return menu

    def share_difference(self, item) -> None:
        """Right-click → Share as image… on a difference: a PNG card and its alt text."""
        w = self.window
        if w.result is None or w.pair is None:
            return
        labels = (document_label(w.pair[0]), document_label(w.pair[1]))  # with the times
        card = item_card(w.result, item, labels)  # None for a metadata change or a note
        if card is None:
            w.say("Only a change in the text can be shared as an image.")
            return
        w.reuse.sharer.share(card, "difference.png")

    def add_note(self) -> None:
        """Note on the selected words, or else on the current difference."""
        w = self.window
        if w.pair is None:
            return
        target = w.view.selected_range()
        if target is None:
            ranges = w.differences.tree.currentIndex().data(RANGES_ROLE) or []
            target = tuple(ranges[-1]) if ranges else None
        if target is None:
            w.show_error("Select some words in the text, or a difference, to attach the note to.")
            return
        body, ok = self.ask_note("Add note", "Note:")
        if not ok or not body.strip():
            return
        side, start, end = target
        document = w.pair[0] if side == "a" else w.pair[1]
        if self._guard(lambda: w.library.add_note(document.id, body.strip(), start=start, end=end)):
            w.refresh_notes()
            w.side_tabs.setCurrentWidget(w.notes)
            w.say("Note saved in the library.")

    def edit_note(self) -> None:
        """Change the text of the note chosen in the Notes tab."""
        w = self.window
        note = w.notes.current_note()
        if note is None:
            w.say("Choose a note in the Notes tab to edit it.")
            return
        body, ok = self.ask_note("Edit note", "Note:", note.body)
        if not ok or not body.strip() or body.strip() == note.body:
            return
        if self._guard(lambda: w.library.update_note(note.id, body=body.strip())):
            w.refresh_notes()
            w.say("Note changed.")

    def delete_note(self) -> None:
        """Delete the note chosen in the Notes tab (undoable)."""
        w = self.window
        note = w.notes.current_note()
        if note is None or not self._guard(lambda: w.library.delete_note(note.id) or True):
            return
        w.refresh_notes()

        def undo() -> str:
            w.library.add_note(
                note.document_id, note.body, note.start, note.end, note.sentence, note.difference,
                note.author,
            )  # fmt: skip
            w.refresh_notes()
            return "Note restored."

        w.library_actions._done(UndoStep(f"Deleted the note “{note.body[:40]}”.", undo))

    def _guard(self, action):
        return self.window.library_actions.guard(action)

    # Help

    def show_shortcuts(self) -> None:
        rows = "".join(
            f"<tr><td><b>{keys}</b></td><td>&nbsp;&nbsp;{what}</td></tr>"
            for keys, what in SHORTCUTS
        )
        box = QMessageBox(
            QMessageBox.Icon.NoIcon,
            "Keyboard shortcuts",
            f"<table>{rows}</table>",
            parent=self.window,
        )
        box.open()

    def show_legend(self) -> None:
        self.legend = LegendDialog(self.window)
        self.legend.show()

    def show_about(self) -> None:
        text = (
            f"<h3>StoryDiff {__version__}</h3>"
            "<p>Compare news articles: versions of one story, or several outlets' coverage. "
            "See what changed, word by word, and which figures, sources, quotes "
            "and claims differ.</p>"
            "<p>Free software under the GNU GPL, version 3 or later.</p>"
        )
        self.about_box = QMessageBox(
            QMessageBox.Icon.Information, "About StoryDiff", text, parent=self.window
        )
        self.about_box.setIconPixmap(self.window.windowIcon().pixmap(64, 64))
        self.about_box.open()
