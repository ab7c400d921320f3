"""The record every importer returns."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime


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
