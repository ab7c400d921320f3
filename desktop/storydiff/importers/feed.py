"""RSS and Atom feeds: each entry becomes a document."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import UTC, datetime

from storydiff.errors import InputError
from storydiff.importers.base import ImportedDocument
from storydiff.importers.html import extract_html, without_excess_attributes
from storydiff.importers.web import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, fetch

# Each entry is extracted like a web page: cap the work a huge feed can cause.
MAX_ENTRIES = 1000
_EMAIL_NAME = re.compile(r"^\S+@\S+\s+\((.+)\)$")

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def fetch_feed(
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[ImportedDocument]:
    """Fetch a feed (within the usual limits) and import its entries."""
    response = fetch(url, timeout=timeout, max_bytes=max_bytes, cancelled=cancelled)
    return parse_feed(response.body, url=response.url, progress=progress, cancelled=cancelled)


def parse_feed(
    raw: bytes,
    *,
    url: str = "",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[ImportedDocument]:
    """Import the entries of feed bytes, newest first as the feed lists them.

    Entries without any text are skipped; on cancellation, returns the
    entries imported so far.
    """
    import feedparser  # loaded when used, not before the first window

    name = url or "the feed"
    try:
        # the feed's own elements too: parsing time grows with the square of one's attributes
        feed = without_excess_attributes(raw)
        parsed = feedparser.parse(feed, sanitize_html=False, resolve_relative_uris=False)
    except Exception:  # feedparser is lenient but its XML backends are not always
        parsed = None
    if parsed is None or (not parsed.entries and not parsed.feed.get("title")):
        raise InputError(f"{name}: not an RSS or Atom feed")
    if not parsed.entries:
        raise InputError(f"{name}: the feed has no entries")
    if len(parsed.entries) > MAX_ENTRIES:
        raise InputError(
            f"{name}: the feed has {len(parsed.entries):,} entries; StoryDiff imports feeds "
            f"of up to {MAX_ENTRIES:,} entries"
        )
    outlet = parsed.feed.get("title", "")
    documents: list[ImportedDocument] = []
    for done, entry in enumerate(parsed.entries):
        if cancelled is not None and cancelled():
            break
        document = _entry_document(entry, outlet)
        if document is not None:
            documents.append(document)
        if progress is not None:
            progress(done + 1, len(parsed.entries))
    if not documents and not (cancelled is not None and cancelled()):
        raise InputError(f"{name}: no entry of the feed contains text")
    return documents


def _entry_document(entry: dict, outlet: str) -> ImportedDocument | None:
    body, kind = _entry_body(entry)
    title = entry.get("title") or ""
    try:
        if kind == "text/plain":
            text = body.strip()
        else:
            text = extract_html(f"<html><body>{body}</body></html>", name=title).text
    except InputError:
        return None
    if not text:
        return None
    return ImportedDocument(
        text=text,
        raw=body.encode("utf-8"),
        method="feed",
        title=title,
        outlet=outlet,
        author=_author(entry),
        url=entry.get("link", ""),
        published=_when(entry.get("published_parsed") or entry.get("updated_parsed")),
        extra={"entry_id": entry.get("id", "")},
    )


def _entry_body(entry: dict) -> tuple[str, str]:
    """The fullest text of an entry: its content, else its summary."""
    for content in entry.get("content") or []:
        if (content.get("value") or "").strip():
            return content["value"], content.get("type") or "text/html"
    detail = entry.get("summary_detail") or {}
    return entry.get("summary") or "", detail.get("type") or "text/html"  # may be None


def _author(entry: dict) -> str:
    """The author's name; RSS often writes ``email (Name)``."""
    author = entry.get("author", "")
    named = _EMAIL_NAME.match(author)
    return named.group(1) if named else author


def _when(parsed: object) -> datetime | None:
    """feedparser's UTC time tuple as an aware datetime."""
    try:
        return datetime.fromtimestamp(calendar.timegm(parsed), UTC)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        return None
