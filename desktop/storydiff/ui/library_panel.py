"""The left panel: search field, the library tree, and New story / Import / Delete."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from storydiff.ui.library_model import LibraryModel

MIN_WIDTH = 230  # pixels: "v2 · 17 Jan 2023 15:30" stays readable beside its story
EXPAND_ALL_UP_TO = 2000  # documents; a bigger library opens folded, its shown story open


class LibraryTree(QTreeView):
    """The tree of stories; Ctrl+V asks the window to import the clipboard."""

    paste_requested = Signal()

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_requested.emit()
            return
        super().keyPressEvent(event)


class LibraryPanel(QWidget):
    """Stories and their documents; selecting documents asks the window to compare them."""

    selection_changed = Signal()
    search_changed = Signal(str)

    def __init__(self, model: LibraryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.search = QLineEdit(placeholderText="Search text, figures, sources…  (Ctrl+K)")
        self.search.setClearButtonEnabled(True)
        self.tree = LibraryTree()
        self.tree.setModel(model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setAcceptDrops(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        # tool buttons: less padding than push buttons, so all three fit a 230-pixel panel
        self.new_story = QToolButton(text="New story")
        self.import_button = QToolButton(text="Import…")
        self.delete_button = QToolButton(text="Delete")
        self.new_story.setToolTip("A new, empty story (Ctrl+N)")
        self.import_button.setToolTip("Import articles; you choose the story (Ctrl+I)")
        self.delete_button.setToolTip("Delete the selected documents, or the story (Delete)")
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        for button in (self.new_story, self.import_button, self.delete_button):
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setMinimumHeight(28)
            buttons.addWidget(button)
        self.setMinimumWidth(MIN_WIDTH)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.search.textChanged.connect(self.search_changed)
        self.tree.selectionModel().selectionChanged.connect(
            lambda *_: self.selection_changed.emit()
        )
        model.modelReset.connect(self._unfold)

    def _unfold(self) -> None:
        """Unfold every story of a small library (or search result); a big one stays folded,
        which keeps opening it quick (the tree would lay out every document)."""
        if self.model.document_count() <= EXPAND_ALL_UP_TO:
            self.tree.expandAll()

    def selected_documents(self) -> list[int]:
        """Ids of the selected documents, in library order."""
        indexes = sorted(
            self.tree.selectionModel().selectedIndexes(), key=lambda i: (i.parent().row(), i.row())
        )
        return [d.id for d in (self.model.document_at(i) for i in indexes) if d is not None]

    def current_story_id(self) -> int | None:
        entry = self.model.story_at(self.tree.currentIndex())
        return entry.story.id if entry else None

    def select_documents(self, document_ids: list[int]) -> None:
        selection = self.tree.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select
        for n, document_id in enumerate(document_ids):
            index = self.model.document_index(document_id)
            if index.isValid():
                self.tree.expand(index.parent())
                if n == 0:
                    self.tree.setCurrentIndex(index)
                selection.select(index, flags)

    def select_story(self, story_id: int) -> None:
        index = self.model.story_index(story_id)
        if index.isValid():
            self.tree.expand(index)
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
