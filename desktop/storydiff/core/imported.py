"""The record every importer returns, and what the library stores: a document as it arrived."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime

MEGABYTE = 1024 * 1024


@dataclass(frozen=True)
class ImportedDocument:
    """One version of a story, or one outlet's article, as it arrived.

    ``raw`` holds the bytes exactly as received (file, HTTP body, clipboard);
    ``text`` is the article text extracted from them. ``method`` names the
    importer (``"text"``, ``"html"``, ``"paste"``, ``"docx"``, ``"pdf"``,
    ``"url"``, ``"wayback"``, ``"feed"``).
    """

    text: str
    raw: bytes
    method: str
    title: str = ""
    outlet: str = ""
    author: str = ""
    url: str = ""
    published: datetime | None = None
    retrieved: datetime | None = None
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def text_sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def raw_sha256(self) -> str:
        return hashlib.sha256(self.raw).hexdigest()


def size_text(size: int) -> str:
    """A size in words a journalist reads at a glance."""
    if size >= MEGABYTE:
        return f"{size / MEGABYTE:.1f} MB"
    if size >= 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size} bytes"
