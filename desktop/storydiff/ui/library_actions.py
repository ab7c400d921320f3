"""The user's commands over the library: rename, delete, merge and refile, edit details, undo.

Every change that loses or moves something is undoable from the undo bar (and
Ctrl+Z); deleting a story asks first. Questions go through small replaceable
callables (``confirm``, ``ask_text``, ``ask_story``, ``ask_details``) so tests
answer them without a modal dialog.
"""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QMessageBox

from storydiff.errors import StoryDiffError
from storydiff.library.kinds import set_kind
from storydiff.ui.document_details import DocumentDetailsDialog
from storydiff.ui.plain import plain
from storydiff.ui.undo import UndoBar, UndoHistory, UndoStep


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


class LibraryActions:
    """Rename, delete, merge and move stories and documents of a :class:`MainWindow`."""

    def __init__(self, window, bar: UndoBar) -> None:
        self.window = window
        self.bar = bar
        self.history = UndoHistory()
        self.on_history_changed = lambda: None  # the window enables Edit › Undo
        bar.undo_requested.connect(self.undo)
        self.confirm = self._confirm
        self.ask_text = lambda title, label, text="": QInputDialog.getText(
            window, title, label, text=text
        )
        self.ask_story = self._ask_story
        self.ask_details = self._ask_details

    # Questions (replaced in tests)

    def _confirm(self, title: str, text: str, action: str) -> bool:
        box = plain(QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self.window))
        go = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))  # Enter keeps
        box.exec()
        return box.clickedButton() is go

    def _ask_story(self, title: str, label: str, names: list[str], editable: bool) -> str | None:
        name, ok = QInputDialog.getItem(self.window, title, label, names, 0, editable)
        return name.strip() if ok and name.strip() else None

    def _ask_details(self, document) -> dict | None:
        dialog = DocumentDetailsDialog(self.window, document)
        return (
            dialog.changes() if dialog.exec() == DocumentDetailsDialog.DialogCode.Accepted else None
        )

    # Undo

    def _done(self, step: UndoStep) -> None:
        self.history.push(step)
        self.bar.offer(step.message)
        self.window.say(step.message)
        self.on_history_changed()

    def undo(self) -> None:
        step = self.history.pop()
        if step is None:
            return
        message = self.guard(step.undo)  # each step reloads and shows what it restored
        self.bar.hide()
        self.on_history_changed()
        self.window._show_empty_state()
        if message:
            self.window.say(message)

    def guard(self, action):
        """Run ``action``; a user-caused error becomes a message, and ``None``."""
        try:
            return action()
        except StoryDiffError as error:
            self.window.show_error(str(error))
            return None

    # Commands

    def delete(self) -> None:
        """Delete key: the selected documents, else the current story (after asking)."""
        if self.window.library_panel.selected_documents():
            self.delete_documents()
        elif self.window.library_panel.current_story_id() is not None:
            self.delete_story()

    def delete_documents(self) -> None:
        w = self.window
        chosen = w.library_panel.selected_documents()
        if not chosen:
            return
        deleted = [
            d for d in (self.guard(lambda d=d: w.library.delete_document(d)) for d in chosen) if d
        ]

        def undo() -> str:
            restored = [w.library.restore_document(d) for d in deleted]
            w.library_model.reload()
            w.library_panel.select_documents([r.id for r in restored])
            return f"Restored {_count(len(restored), 'document')}."

        shown = {document.id for document in w.pair} if w.pair else set()
        w.library_model.reload()
        if shown & set(chosen):  # the comparison on screen lost a side: show what is left
            story_id = w.pair[0].story_id
            w.pair = w.result = None
            w.view.show_message("The documents that were compared here have been deleted.")
            w._show_empty_state()
            w.show_story(story_id)
        self._done(UndoStep(f"Deleted {_count(len(deleted), 'document')}.", undo))

    def delete_story(self) -> None:
        w = self.window
        story_id = w.library_panel.current_story_id()
        if story_id is None:
            return
        story = w.library.story(story_id)
        question = (
            f"Delete the story “{story.name}” with its {_count(story.document_count, 'document')}"
            " and their notes? You can undo this until you close the window."
        )
        if not self.confirm("Delete story", question, "Delete story"):
            return

        def delete():
            with w.library.transaction():
                deleted = [w.library.delete_document(d.id) for d in w.library.summaries(story_id)]
                w.library.delete_story(story_id)
            return deleted

        deleted = self.guard(delete)
        if deleted is None:
            return

        def undo() -> str:
            restored = w.library.restore_story(story.name, deleted)
            w.library_model.reload()
            w.show_story(restored.id)
            return f"Restored the story “{story.name}”."

        self._after_story_change(story_id)
        self._done(
            UndoStep(
                f"Deleted the story “{story.name}” ({_count(len(deleted), 'document')}).", undo
            )
        )

    def rename_story(self) -> None:
        w = self.window
        story_id = w.library_panel.current_story_id()
        if story_id is None:
            return
        old = w.library.story(story_id).name
        name, ok = self.ask_text("Rename story", "New name of the story:", old)
        if not ok or not name.strip() or name.strip() == old:
            return
        if self.guard(lambda: w.library.rename_story(story_id, name)):
            w.library_model.reload()
            w.library_panel.select_story(story_id)
            w.refresh_title()
            w.say(f"Renamed “{old}” to “{name.strip()}”.")

    def merge_story(self) -> None:
        """Merge the current story into another: one story, its versions in time order."""
        w = self.window
        story_id = w.library_panel.current_story_id()
        if story_id is None:
            return
        source = w.library.story(story_id)
        others = [s.name for s in w.library.stories() if s.id != story_id]
        if not others:
            w.show_error("There is no other story to merge this one into.")
            return
        target = self.ask_story(
            "Merge stories", f"Move every document of “{source.name}” into:", others, False
        )
        if target is None:
            return
        into = w.library.story(target)
        moved = self.guard(lambda: w.library.merge_stories(story_id, into.id))
        if moved is None:
            return

        def undo() -> str:
            again = w.library.add_story(source.name)
            with w.library.transaction():
                for document_id in moved:
                    w.library.move_document(document_id, again.id)
            w.library_model.reload()
            w.show_story(again.id)
            return f"“{source.name}” is a story of its own again."

        w.library_model.reload()
        w.show_story(into.id)
        self._done(UndoStep(f"Merged “{source.name}” into “{into.name}”.", undo))

    def move_documents(self) -> None:
        """Refile the selected documents under another story (an existing or a new name)."""
        w = self.window
        chosen = w.library_panel.selected_documents()
        if not chosen:
            w.show_error("Select the documents to move in the library first.")
            return
        here = w.library.summary(chosen[0]).story_id
        names = [s.name for s in w.library.stories() if s.id != here]
        target = self.ask_story(
            "Move to story", "Move to the story (choose, or type a new name):", names, True
        )
        if target is None:
            return

        def move() -> int:
            with w.library.transaction():
                return [w.library.move_document(d, target).story_id for d in chosen][-1]

        new_story = self.guard(move)
        if new_story is None:
            return

        def undo() -> str:
            with w.library.transaction():
                for document_id in chosen:
                    w.library.move_document(document_id, here)
            w.library_model.reload()
            w.show_story(here)
            return f"Moved {_count(len(chosen), 'document')} back."

        w.library_model.reload()
        w.show_story(new_story)
        w.library_panel.select_documents(chosen)
        self._done(UndoStep(f"Moved {_count(len(chosen), 'document')} to “{target}”.", undo))

    def edit_details(self) -> None:
        """Outlet, title, address, author and published time of one document."""
        w = self.window
        chosen = w.library_panel.selected_documents()
        document_id = chosen[0] if chosen else (w.pair[1].id if w.pair else None)
        if document_id is None:
            return
        changes = self.ask_details(w.library.summary(document_id))
        if not changes:
            return
        kind = changes.pop("kind", None)

        def save():
            if kind is not None:
                set_kind(w.library, document_id, kind)
            return w.library.update_document(document_id, **changes)

        if self.guard(save):
            w.library_model.reload()
            if w.pair:
                w.compare_ids(w.pair[0].id, w.pair[1].id)  # new labels, maybe a new order
            w.say("Details saved; versions are ordered by their published time.")

    def _after_story_change(self, gone_story: int) -> None:
        """The story on screen went away: show another one, or the empty library."""
        w = self.window
        w.library_model.reload()
        if w.pair and w.pair[0].story_id == gone_story:
            w.pair = w.result = None
        w._show_empty_state()
        if w.pair is None and w.library_model.entries:
            w.show_story(w.library_model.entries[0].story.id)
        elif w.pair is None:
            w.view.show_message("The story has been deleted.")
