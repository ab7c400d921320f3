"""Check a story archive's ``story.json`` whole, before anything of it is written.

Every value the import stores is checked for its type and range here, so a
hostile or damaged archive is refused with one message naming the field, and
nothing in the library can later fail to read back. Times must be ISO 8601
and showable in UTC; whole numbers must fit SQLite's 64-bit integers (a
figure's value may be any number: it is kept exactly as text when too big).
"""

from __future__ import annotations

import re
from typing import Any

from storydiff.library.records import read_time

INT64 = range(-(2**63), 2**63)
HEX_DIGEST = re.compile(r"[0-9a-f]{64}")
TAG_LISTS = ("figures", "sources", "quotes", "claims")
TAG_TEXTS = ("kind", "text", "unit", "qualifier", "cue", "name", "speaker")
DOCUMENT_TEXTS = ("title", "outlet", "author", "url")
NOTE_TEXTS = ("difference", "author")


class ManifestError(ValueError):
    """A field of the manifest that cannot be imported (``where``: its path)."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where} {problem}")


def check(manifest: Any, format_version: int) -> None:
    """Raise :class:`ManifestError` for the first value that cannot be imported."""
    version = manifest.get("format_version", 1)
    if not is_int(version) or version < 1:
        raise ManifestError("format_version", "is not a version number")
    if version > format_version:
        return  # the caller refuses it as written by a newer StoryDiff
    story = expect(manifest.get("story"), dict, "story")
    name = story.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ManifestError("story.name", "is not a story name")
    time_or_none(story.get("created"), "story.created")
    documents = expect(manifest.get("documents"), list, "documents")
    for number, entry in enumerate(documents):
        check_document(expect(entry, dict, f"documents[{number}]"), f"documents[{number}]")


def check_document(entry: dict[str, Any], where: str) -> None:
    for key in DOCUMENT_TEXTS:
        text_or_none(entry.get(key), f"{where}.{key}")
    for key in ("published", "retrieved", "imported"):
        time_or_none(entry.get(key), f"{where}.{key}")
    for key in ("method", "text_file", "raw_file"):
        if not isinstance(entry.get(key), str) or not entry[key]:
            raise ManifestError(f"{where}.{key}", "is missing or not text")
    for key in ("text_sha256", "raw_sha256"):
        if not isinstance(entry.get(key), str) or not HEX_DIGEST.fullmatch(entry[key]):
            raise ManifestError(f"{where}.{key}", "is not a SHA-256 digest")
    extra = expect(entry.get("extra") or {}, dict, f"{where}.extra")
    for key, value in extra.items():
        scalar(value, f"{where}.extra.{key}")
    tags = expect(entry.get("tags") or {}, dict, f"{where}.tags")
    for plural, items in tags.items():
        if plural not in TAG_LISTS:
            raise ManifestError(f"{where}.tags.{plural}", "is not a kind of tag")
        for number, item in enumerate(expect(items, list, f"{where}.tags.{plural}")):
            check_tag(expect(item, dict, f"{where}.tags.{plural}[{number}]"), plural)
    notes = expect(entry.get("notes") or [], list, f"{where}.notes")
    for number, note in enumerate(notes):
        check_note(expect(note, dict, f"{where}.notes[{number}]"), f"{where}.notes[{number}]")


def check_tag(item: dict[str, Any], where: str) -> None:
    span(item.get("start"), item.get("end"), where, required=True)
    for key in TAG_TEXTS:
        text_or_none(item.get(key), f"{where}.{key}")
    value = item.get("value")
    if value is not None and not isinstance(value, int | float | str):
        raise ManifestError(f"{where}.value", "is not a number or text")
    carries = expect(item.get("carries") or [], list, f"{where}.carries")
    for kind in carries:
        text_or_none(kind, f"{where}.carries")
    for key, extra in item.items():
        if key not in (*TAG_TEXTS, "start", "end", "value", "carries"):
            scalar(extra, f"{where}.{key}")


def check_note(note: dict[str, Any], where: str) -> None:
    span(note.get("start"), note.get("end"), where, required=False)
    sentence = note.get("sentence")
    if sentence is not None and not (is_int(sentence) and sentence in INT64):
        raise ManifestError(f"{where}.sentence", "is not a sentence number")
    for key in NOTE_TEXTS:
        text_or_none(note.get(key), f"{where}.{key}")
    body = note.get("body")
    if not isinstance(body, str) or not body.strip():
        raise ManifestError(f"{where}.body", "is not a note's text")
    for key in ("created", "updated"):
        time_or_none(note.get(key), f"{where}.{key}")


def span(start: Any, end: Any, where: str, *, required: bool) -> None:
    if not required and start is None and end is None:
        return
    if not (is_int(start) and is_int(end) and 0 <= start <= end < INT64.stop):
        raise ManifestError(f"{where}.start/end", "is not a span of the text")


def is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def expect(value: Any, kind: type, where: str) -> Any:
    if not isinstance(value, kind):
        raise ManifestError(where, f"is not a {'list' if kind is list else 'set of fields'}")
    return value


def text_or_none(value: Any, where: str) -> None:
    if value is not None and not isinstance(value, str):
        raise ManifestError(where, "is not text")


def scalar(value: Any, where: str) -> None:
    """A value kept in a JSON column (any number fits there)."""
    if value is not None and not isinstance(value, str | int | float | bool):
        raise ManifestError(where, "is not a plain value")


def time_or_none(value: Any, where: str) -> None:
    """A time StoryDiff can read back and show (``None``: stored as the import time)."""
    if value is not None and read_time(value) is None:
        raise ManifestError(where, f"is not a valid time ({str(value)[:40]!r})")
