"""The library as a tree model: stories, each with its documents (outlet, version, time).

The model holds :class:`DocumentSummary` records (no article texts), read in
one query for the whole library: a library of 100,000 documents lists in about
a second. Texts are read where they are needed, by the workers that compare.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import groupby
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from storydiff.library.kinds import KIND_LABELS, kind_of
from storydiff.library.records import DocumentSummary, StoryRecord
from storydiff.library.store import Library
from storydiff.ui.comparison_cache import Version
from storydiff.ui.plain import plain_tooltip
from storydiff.ui.two_level_model import TwoLevelModel

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible root, as a default argument
STORY_ROLE = Qt.ItemDataRole.UserRole + 1
DOCUMENT_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass
class StoryEntry:
    story: StoryRecord
    documents: list[DocumentSummary] = field(default_factory=list)


def document_label(document: Version, year: bool = True) -> str:
    """``v2 · 17 Jan 2023 14:05 · Newsweek``: what tells versions apart, first, so a
    narrow list cuts the outlet, never the date (``year=False``: ``17 Jan 14:05``, for
    choosers whose versions all share one year). A document with neither a published
    nor a retrieved time says its date is the import's."""
    when = "%d %b %Y %H:%M" if year else "%d %b %H:%M"
    parts = [f"v{document.version}"]
    if document.published or document.retrieved:
        parts.append((document.published or document.retrieved).strftime(when))
    else:
        parts.append(document.imported.strftime(f"imported {when}"))
    parts.append(document.outlet or document.title or "untitled")
    return " · ".join(parts)


def same_year(documents: list[Version]) -> bool:
    """Whether every version's shown date falls in one year (so labels may leave it out)."""
    years = {(d.published or d.retrieved or d.imported).year for d in documents}
    return len(years) <= 1


def document_tooltip(document: Version, snippet: str = "") -> str:
    """Title, author, address and import of a document (and a search snippet), as plain text."""
    lines = [document.title or "(no title)"]
    if document.author:
        lines.append(f"by {document.author}")
    if document.url:
        lines.append(document.url)
    kind = kind_of(document)
    if kind != "article":
        lines.append(f"{KIND_LABELS[kind]}: a source text reuse measures churn from")
    imported = f"{document.imported:%d %b %Y %H:%M}" if document.imported else "at an unknown time"
    lines.append(f"imported {imported} ({document.method})")
    if snippet:
        lines.append(f"\n…{snippet}…")
    return plain_tooltip("\n".join(lines))


class LibraryModel(TwoLevelModel):
    """Stories at the top level, their documents below; optionally filtered by a search."""

    def __init__(self, library: Library | None = None, parent=None) -> None:
        super().__init__(parent)
        self.library = library
        self.entries: list[StoryEntry] = []
        self.matches: dict[int, str] | None = None  # document id → snippet while searching
        self._places: dict[int, tuple[int, int]] | None = None  # document id → (story, row)
        self.badges: dict[int, str] = {}  # story id → "● new" until the story is opened
        self.reload()

    def set_library(self, library: Library | None) -> None:
        self.library = library
        self.matches = None
        self.badges = {}
        self.reload()

    def set_badge(self, story_id: int, badge: str | None) -> None:
        """Show ``badge`` before a story's name (``None`` takes it away)."""
        if (self.badges.get(story_id) or None) == badge:
            return
        if badge:
            self.badges[story_id] = badge
        else:
            self.badges.pop(story_id, None)
        index = self.story_index(story_id)
        if index.isValid():
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])

    def reload(self) -> None:
        """Read the stories and documents again (after an import, a delete or an undo)."""
        self.beginResetModel()
        self.entries = self._read() if self.library is not None else []
        self._places = None
        self.endResetModel()

    def _read(self) -> list[StoryEntry]:
        """Stories by name with their documents: two queries, whatever the library's size."""
        assert self.library is not None
        summaries = self.library.summaries()
        if self.matches is not None:
            summaries = [d for d in summaries if d.id in self.matches]
        by_story = {
            story_id: list(documents)
            for story_id, documents in groupby(summaries, key=lambda d: d.story_id)
        }
        entries = []
        for story in self.library.stories():
            documents = by_story.get(story.id, [])
            if documents or self.matches is None:
                entries.append(StoryEntry(story, documents))
        return entries

    def document_count(self) -> int:
        return sum(len(entry.documents) for entry in self.entries)

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
        if self._places is None:  # built on first use: most reloads never need it
            self._places = {
                document.id: (row, child)
                for row, entry in enumerate(self.entries)
                for child, document in enumerate(entry.documents)
            }
        place = self._places.get(document_id)
        return self.index(place[1], 0, self.index(place[0], 0)) if place else QModelIndex()

    def story_at(self, index: Index) -> StoryEntry | None:
        if not index.isValid():
            return None
        row = self.group_row(index)
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def document_at(self, index: Index) -> DocumentSummary | None:
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
        badge = self.badges.get(entry.story.id)
        if role == Qt.ItemDataRole.DisplayRole:
            shown = f"{entry.story.name}  ({len(entry.documents)})"
            return f"{badge}  {shown}" if badge else shown
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(f"{entry.story.name}: {len(entry.documents)} documents")
        if role == STORY_ROLE:
            return entry.story.id
        return None

    def _document_data(self, document: DocumentSummary, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return document_label(document)
        if role == Qt.ItemDataRole.ToolTipRole:
            return document_tooltip(document, (self.matches or {}).get(document.id, ""))
        if role == DOCUMENT_ROLE:
            return document.id
        if role == STORY_ROLE:
            return document.story_id
        return None
