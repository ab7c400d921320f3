"""Compare what two versions record about themselves: headline, byline, times, address."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

# In the order changes are reported: the headline first, as NYTdiff does.
FIELDS = ("title", "author", "description", "published", "modified", "canonical_url")


@dataclass(frozen=True, slots=True)
class MetadataChange:
    field: str
    old: str
    new: str

    def to_dict(self) -> dict[str, str]:
        return {"field": self.field, "old": self.old, "new": self.new}


def metadata_changes(old: Mapping[str, str], new: Mapping[str, str]) -> list[MetadataChange]:
    """Fields both versions record with different values (spacing does not count)."""
    changes = []
    for name in FIELDS:
        before, after = (old.get(name) or "").strip(), (new.get(name) or "").strip()
        if before and after and " ".join(before.split()) != " ".join(after.split()):
            changes.append(MetadataChange(name, before, after))
    return changes


class _Described(Protocol):
    """An imported document or a library record: both carry these."""

    title: str
    author: str
    published: datetime | None
    extra: Mapping[str, str]


def metadata_of(record: _Described) -> dict[str, str]:
    """The metadata fields a document record carries (only those it has)."""
    fields = {
        "title": "" if _named_after_file(record) else record.title,
        "author": record.author,
        "published": record.published.isoformat() if record.published else "",
        **{
            name: record.extra.get(name, "")
            for name in ("description", "modified", "canonical_url")
        },
    }
    return {name: value for name, value in fields.items() if value}


def _named_after_file(record: _Described) -> bool:
    """A plain-text file's title is its file name: not something the article records."""
    name = record.extra.get("file", "")
    return bool(name) and record.title == name.rsplit(".", 1)[0]
