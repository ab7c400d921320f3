"""A story's revision history from the Internet Archive's Wayback Machine."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
import urllib.parse
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from storydiff.core.progress import Cancelled as CancelledError
from storydiff.errors import InputError
from storydiff.importers.base import ImportedDocument
from storydiff.importers.web import (
    DEFAULT_MAX_BYTES,
    DEFAULT_TIMEOUT,
    check_url,
    document_from_response,
    fetch,
)

ARCHIVE = "https://web.archive.org"
_FIELDS = "timestamp,original,statuscode,digest,mimetype"
_STAMP = "%Y%m%d%H%M%S"

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class Snapshot:
    """One archived capture of a page."""

    timestamp: datetime
    url: str
    digest: str
    archive_url: str

    @property
    def stamp(self) -> str:
        """The capture time as the archive writes it (``20230117142501``)."""
        return self.timestamp.strftime(_STAMP)


def list_snapshots(
    url: str,
    *,
    archive: str = ARCHIVE,
    timeout: float = DEFAULT_TIMEOUT,
    cancelled: Cancelled | None = None,
) -> list[Snapshot]:
    """The distinct successful captures of ``url``, oldest first (CDX API)."""
    check_url(url)
    query = urllib.parse.urlencode(
        [
            ("url", url),
            ("output", "json"),
            ("fl", _FIELDS),
            ("filter", "statuscode:200"),
            ("collapse", "digest"),
        ]
    )
    address = f"{archive.rstrip('/')}/cdx/search/cdx?{query}"
    response = fetch(address, timeout=timeout, cancelled=cancelled)
    snapshots = _parse_cdx(response.body, url, archive.rstrip("/"))
    if not snapshots:
        raise InputError(f"{url}: the Wayback Machine has no archived copy of this page")
    return snapshots


def _parse_cdx(body: bytes, url: str, archive: str) -> list[Snapshot]:
    """The captures of ``url`` in a CDX answer: a list of rows of strings, the first
    naming the fields. A capture of another address (or of no web address) is dropped."""
    try:
        rows = json.loads(body.decode("utf-8").strip() or "[]")
        if not isinstance(rows, list) or not all(_strings(row) for row in rows):
            raise ValueError("not a list of rows of text")
        if not rows:
            return []
        columns = [rows[0].index(name) for name in ("timestamp", "original", "digest")]
        found = [_snapshot([row[i] for i in columns], archive) for row in rows[1:]]
    except (ValueError, IndexError, RecursionError):
        raise InputError(
            f"{url}: the Wayback Machine sent an answer StoryDiff cannot read"
        ) from None
    asked = _address_key(url)
    found = [snapshot for snapshot in found if _address_key(snapshot.url) == asked]
    found.sort(key=lambda snapshot: snapshot.timestamp)
    # Like CDX's own collapse: drop a capture identical to the one before it.
    return [s for i, s in enumerate(found) if i == 0 or s.digest != found[i - 1].digest]


def _strings(row: object) -> bool:
    return isinstance(row, list) and all(isinstance(field, str) for field in row)


def _address_key(address: str) -> tuple[str, int, str, str] | None:
    """What makes two spellings of an address the same page for the archive: host
    without ``www.``, port, path without a final ``/``, query (not the scheme)."""
    try:
        parts = urllib.parse.urlsplit(address.strip())
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            return None
        default = 443 if parts.scheme.lower() == "https" else 80
        port = parts.port if parts.port not in (None, 80, 443) else default
    except ValueError:
        return None
    host = parts.hostname.lower().removeprefix("www.")
    return host, 0 if port in (80, 443) else port, parts.path.rstrip("/") or "/", parts.query


def _snapshot(fields: list[str], archive: str) -> Snapshot:
    stamp, original, digest = fields
    if not re.fullmatch(r"\d{14}", stamp):
        raise ValueError(f"not a capture time: {stamp[:20]!r}")
    when = datetime.strptime(stamp, _STAMP).replace(tzinfo=UTC)
    return Snapshot(when, original, digest, f"{archive}/web/{stamp}id_/{original}")


def fetch_snapshot(
    snapshot: Snapshot,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    cancelled: Cancelled | None = None,
) -> ImportedDocument:
    """Import one capture as a version dated by its capture time."""
    response = fetch(
        snapshot.archive_url, timeout=timeout, max_bytes=max_bytes, cancelled=cancelled
    )
    name = f"{snapshot.url} (archived {snapshot.timestamp:%Y-%m-%d %H:%M})"
    document = document_from_response(response, name=name, method="wayback")
    return dataclasses.replace(
        document,
        url=snapshot.url,
        published=snapshot.timestamp,
        retrieved=snapshot.timestamp,
        extra={
            **document.extra,
            "snapshot": snapshot.stamp,
            "digest": snapshot.digest,
            "archive_url": snapshot.archive_url,
        },
    )


def import_history(
    snapshots: Sequence[Snapshot],
    *,
    timeout: float = DEFAULT_TIMEOUT,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[ImportedDocument]:
    """Fetch captures oldest first, keeping those whose article text changed.

    A capture whose text equals the previous kept version's (only ads or
    markup changed) is dropped. On cancellation, returns the versions so far.
    """
    ordered = sorted(snapshots, key=lambda snapshot: snapshot.timestamp)
    versions: list[ImportedDocument] = []
    for done, snapshot in enumerate(ordered):
        if cancelled is not None and cancelled():
            break
        try:
            document = fetch_snapshot(snapshot, timeout=timeout, cancelled=cancelled)
        except CancelledError:
            break
        if not versions or _text_hash(document) != _text_hash(versions[-1]):
            versions.append(document)
        if progress is not None:
            progress(done + 1, len(ordered))
    return versions


def _text_hash(document: ImportedDocument) -> str:
    return hashlib.sha256(" ".join(document.text.split()).encode("utf-8")).hexdigest()
