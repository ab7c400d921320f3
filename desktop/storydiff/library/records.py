"""Records the library hands out: frozen, light, with no connection attached.

Raw bytes are left out of :class:`DocumentRecord` on purpose (they can be
megabytes of HTML or PDF); ask ``library.raw_bytes(document_id)`` for them.
:class:`DocumentSummary` leaves the text out too, for lists of many documents.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar

T = TypeVar("T", dict, list)


@dataclass(frozen=True)
class StoryRecord:
    """A story: the versions of one article, or several outlets' coverage of one event."""

    id: int
    name: str
    created: datetime | None  # None when the stored time is not valid
    document_count: int = 0


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    """One version of a story or one outlet's article, without its text: what lists
    of versions need. ``version`` is its 1-based position; ask ``library.document(id)``
    for the :class:`DocumentRecord` with the text."""

    id: int
    story_id: int
    version: int
    title: str
    outlet: str
    author: str
    url: str
    published: datetime | None
    retrieved: datetime | None
    imported: datetime | None  # None when the stored time is not valid
    method: str
    text_sha256: str
    raw_sha256: str
    extra: dict[str, str] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class DocumentRecord(DocumentSummary):
    """A document with its extracted text (``text`` is given by keyword)."""

    text: str = field(kw_only=True)


@dataclass(frozen=True)
class NoteRecord:
    """A user's annotation on a span, a sentence or a difference of one document."""

    id: int
    document_id: int
    start: int | None
    end: int | None
    sentence: int | None
    difference: str | None
    author: str | None
    body: str
    created: datetime | None  # None when the stored time is not valid
    updated: datetime | None


@dataclass(frozen=True)
class SearchHit:
    """A document found by full-text search; ``snippet`` marks matches with ``[[ ]]``."""

    document_id: int
    story_id: int
    story: str
    title: str
    snippet: str
    rank: float


@dataclass(frozen=True)
class TagHit:
    """A tagged figure, source, quote or claim found by :meth:`Library.search_tags`."""

    document_id: int
    story: str
    category: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class DeletedDocument:
    """Everything :meth:`Library.restore_document` needs to undo a deletion."""

    document: dict[str, Any]
    tags: list[dict[str, Any]]
    notes: list[dict[str, Any]]


def now() -> str:
    """The current time as stored in the library (UTC, ISO 8601)."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def stored_time(value: datetime | None) -> str | None:
    """A time as stored in the library: ISO 8601, its offset kept as given."""
    return value.isoformat() if value else None


def read_time(value: object) -> datetime | None:
    """A stored time back as a ``datetime``; ``None`` when missing or not a valid time
    (also one that cannot be shown in UTC, such as ``9999-12-31T23:59:59-14:00``)."""
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
        if moment.tzinfo is not None:
            moment.astimezone(UTC)
    except (ValueError, OverflowError):
        return None
    return moment


def read_text(value: object) -> str:
    """A stored text column as ``str``: ``""`` for NULL, other types as text."""
    if isinstance(value, str):
        return value
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return "" if value is None else str(value)


def read_int(value: object) -> int | None:
    """A stored whole number, or ``None`` when it is missing or of another type."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def read_json(value: object, kind: type[T]) -> T:
    """A stored JSON object or list (``kind``); empty when missing or not JSON of that kind."""
    try:
        loaded = json.loads(value) if isinstance(value, str | bytes) and value else None
    except (ValueError, RecursionError):
        loaded = None
    return loaded if isinstance(loaded, kind) else kind()
