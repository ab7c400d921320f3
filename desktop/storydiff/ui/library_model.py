"""The library as a tree model: stories, each with its documents (outlet, version, time)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from storydiff.library.records import DocumentRecord, StoryRecord
from storydiff.library.store import Library
from storydiff.ui.two_level_model import TwoLevelModel

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible root, as a default argument
STORY_ROLE = Qt.ItemDataRole.UserRole + 1
DOCUMENT_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass
class StoryEntry:
    story: StoryRecord
    documents: list[DocumentRecord] = field(default_factory=list)


def document_label(document: DocumentRecord) -> str:
    """``v2 · Newsweek · 17 Jan 2023 14:05``: what tells versions apart at a glance."""
    when = document.published or document.retrieved or document.imported
    parts = [f"v{document.version}", document.outlet or document.title or "untitled"]
    if when:
        parts.append(when.strftime("%d %b %Y %H:%M"))
    return " · ".join(parts)


def document_tooltip(document: DocumentRecord) -> str:
    lines = [document.title or "(no title)"]
    if document.author:
        lines.append(f"by {document.author}")
    if document.url:
        lines.append(document.url)
    lines.append(f"imported {document.imported:%d %b %Y %H:%M} ({document.method})")
    return "\n".join(lines)


class LibraryModel(TwoLevelModel):
    """Stories at the top level, their documents below; optionally filtered by a search."""

    def __init__(self, library: Library | None = None, parent=None) -> None:
        super().__init__(parent)
        self.library = library
        self.entries: list[StoryEntry] = []
        self.matches: dict[int, str] | None = None  # document id → snippet while searching
        self.reload()

    def set_library(self, library: Library | None) -> None:
        self.library = library
        self.matches = None
        self.reload()

    def reload(self) -> None:
        """Read the stories and documents again (after an import, a delete or an undo)."""
        self.beginResetModel()
        self.entries = []
        if self.library is not None:
            for story in self.library.stories():
                documents = self.library.documents(story.id)
                if self.matches is not None:
                    documents = [d for d in documents if d.id in self.matches]
                    if not documents:
                        continue
                self.entries.append(StoryEntry(story, documents))
        self.endResetModel()

    def set_matches(self, matches: dict[int, str] | None) -> None:
        """Show only these documents (id → snippet), or everything when ``None``."""
        self.matches = matches
        self.reload()

    # Lookup

    def story_index(self, story_id: int) -> QModelIndex:
        for row, entry in enumerate(self.entries):
            if entry.story.id == story_id:
                return self.index(row, 0)
        return QModelIndex()

    def document_index(self, document_id: int) -> QModelIndex:
        for row, entry in enumerate(self.entries):
            for child, document in enumerate(entry.documents):
                if document.id == document_id:
                    return self.index(child, 0, self.index(row, 0))
        return QModelIndex()

    def story_at(self, index: Index) -> StoryEntry | None:
        if not index.isValid():
            return None
        row = self.group_row(index)
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def document_at(self, index: Index) -> DocumentRecord | None:
        if not index.isValid() or self.is_group(index):
            return None
        entry = self.story_at(index)
        return entry.documents[index.row()] if entry else None

    # QAbstractItemModel

    def group_count(self) -> int:
        return len(self.entries)

    def member_count(self, group: int) -> int:
        return len(self.entries[group].documents)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        document = self.document_at(index)
        if document is not None:
            return self._document_data(document, role)
        entry = self.story_at(index)
        if entry is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{entry.story.name}  ({len(entry.documents)})"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{entry.story.name}: {len(entry.documents)} documents"
        if role == STORY_ROLE:
            return entry.story.id
        return None

    def _document_data(self, document: DocumentRecord, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return document_label(document)
        if role == Qt.ItemDataRole.ToolTipRole:
            snippet = (self.matches or {}).get(document.id)
            tip = document_tooltip(document)
            return f"{tip}\n\n…{snippet}…" if snippet else tip
        if role == DOCUMENT_ROLE:
            return document.id
        if role == STORY_ROLE:
            return document.story_id
        return None
