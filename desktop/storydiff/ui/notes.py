"""Notes: a list model of a comparison's notes and the panel that shows and adds them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from storydiff.library.records import NoteRecord
from storydiff.ui.plain import plain_tooltip

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible root, as a default argument
NOTE_ROLE = Qt.ItemDataRole.UserRole + 1


class NotesModel(QAbstractListModel):
    """Notes on the two compared documents, each labelled with its side and quoted words."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.notes: list[tuple[str, NoteRecord, str]] = []  # (side, note, quoted text)

    def set_notes(self, notes: list[tuple[str, NoteRecord, str]]) -> None:
        self.beginResetModel()
        self.notes = list(notes)
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.notes)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.notes):
            return None
        side, note, quoted = self.notes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            where = "old" if side == "a" else "new"
            head = f"“{quoted[:50]}…” ({where})" if len(quoted) > 50 else f"“{quoted}” ({where})"
            return f"{note.body}\n{head}" if quoted else f"{note.body}\n({where} version)"
        if role == Qt.ItemDataRole.ToolTipRole:
            updated = f"{note.updated:%d %b %Y %H:%M}" if note.updated else "time unknown"
            when = f"{note.author or 'you'}, {updated}"
            return plain_tooltip(f"{note.body}\n\n{when}")
        if role == NOTE_ROLE:
            return note
        return None


class NotesPanel(QWidget):
    """The notes list with an Add button; activating a note shows its words."""

    note_activated = Signal(list)  # [(side, start, end)]
    add_requested = Signal()
    edit_requested = Signal()
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = NotesModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.add_button = QPushButton("Add note…")
        self.add_button.setToolTip("Add a note to the selected words or difference (Ctrl+Shift+N)")
        self.edit_button = QPushButton("Edit…")
        self.delete_button = QPushButton("Delete")
        hint = QLabel("Select words in the text, or a difference, then add a note.")
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.edit_button)
        row.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 6, 6)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(self.add_button)
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(self.edit_requested)
        self.delete_button.clicked.connect(self.delete_requested)
        self.list.activated.connect(self._activate)
        self.list.clicked.connect(self._activate)
        self.list.doubleClicked.connect(lambda _index: self.edit_requested.emit())
        self.list.selectionModel().currentChanged.connect(lambda *_: self._enable())
        self.model.modelReset.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        chosen = self.current_note() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def current_note(self) -> NoteRecord | None:
        index = self.list.currentIndex()
        return index.data(NOTE_ROLE) if index.isValid() else None

    def select(self, side: str, start: int, end: int) -> bool:
        """Make the note on these words the current one (a margin marker was clicked)."""
        for row, (note_side, note, _quoted) in enumerate(self.model.notes):
            if (note_side, note.start, note.end) == (side, start, end):
                self.list.setCurrentIndex(self.model.index(row, 0))
                self.list.setFocus()
                return True
        return False

    def _activate(self, index: QModelIndex) -> None:
        side, note, _quoted = self.model.notes[index.row()]
        if note.start is not None and note.end is not None:
            self.note_activated.emit([(side, note.start, note.end)])
