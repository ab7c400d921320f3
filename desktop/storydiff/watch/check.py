"""One check of a watched article or feed.

An article becomes a new version only when its text changed meaningfully: the
page is extracted as the URL importer does (boilerplate left out, paywall
teasers refused), compared with the version stored last, and stored only if
some changed row is more than noise (spacing, typography, page furniture) or
the headline changed. Errors, error pages and paywalls are recorded on the
watch, never stored as text.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

from storydiff.core.document import analyse
from storydiff.core.edits.classify import classify_edits
from storydiff.core.edits.metadata import metadata_changes, metadata_of
from storydiff.core.edits.summary import summarise
from storydiff.core.story import compare_documents
from storydiff.errors import InputError, LibraryError
from storydiff.importers.base import ImportedDocument
from storydiff.importers.feed import parse_feed
from storydiff.importers.web import Response, article_from_response
from storydiff.library.records import DocumentRecord
from storydiff.library.store import Library
from storydiff.library.watches import CheckResult, WatchRecord, add_watch, record_check
from storydiff.service.documents import analysed, tags_of
from storydiff.service.ingest import ingest, story_for
from storydiff.watch.capture import Capture
from storydiff.watch.schedule import next_check

Fetcher = Callable[[str, dict[str, str]], Response]

_ERROR_PAGE = re.compile(
    r"\b(?:page not found|not found|404|410|50[0-4]|service unavailable|internal server error|"
    r"bad gateway|gateway time-?out|something went wrong|access denied|temporarily unavailable|"
    r"an error (?:has )?occurred|under maintenance)\b",
    re.IGNORECASE,
)
_ERROR_PAGE_CHARS = 600  # an error page is short
_SHRUNK = 0.25  # a text this much shorter than the last version is a broken page, not an edit
# Metadata that changes with every edit of the page, not a change of its own.
_QUIET_FIELDS = frozenset({"modified", "published"})


def check(
    library: Library,
    claimed: WatchRecord,
    fetcher: Fetcher,
    at: datetime,
    capture: Capture | None = None,
) -> CheckResult:
    """Check one watch, store what it found and record the check (only a failing library
    raises).

    With ``capture``, a new version is also archived (its address kept in the document's
    ``extra`` as ``archived_at``); a failed capture is reported in the result, not fatal."""
    changes: dict[str, Any] = {"last_check": _stamp(at)}
    conditional = {
        name: value
        for name, value in (
            ("If-None-Match", claimed.etag),
            ("If-Modified-Since", claimed.last_modified),
        )
        if value
    }
    try:
        response = fetcher(claimed.url, conditional)
        if not response.not_modified:
            changes.update(etag=response.etag or None, last_modified=response.last_modified or None)
        if response.not_modified:
            result, store = CheckResult("not_modified"), None
        elif claimed.kind == "feed":
            return _check_feed(library, claimed, response, changes, at)
        else:
            result, store = _compare(library, claimed, response)
    except LibraryError:
        raise  # the library itself failed: stop, the lease expires
    except InputError as error:
        return _failed(library, claimed, changes, at, str(error))
    except Exception as error:  # an odd page that breaks extraction must not stop the watcher
        return _failed(library, claimed, changes, at, f"{claimed.url}: could not check ({error!r})")
    changes.update(failures=0, last_error=None, next_check=_stamp(next_check(at, claimed.every, 0)))
    if store is not None and capture is not None:
        store, result = _captured(store, result, capture)
    with library.transaction():  # the version and the record of its check, together
        if store is not None:
            record = ingest(library, claimed.story or story_for(library, store), store)
            story = library.story(record.story_id).name
            changes.update(story=story, last_document=record.id, last_change=_stamp(at))
            result = dataclasses.replace(result, document_id=record.id)
        record_check(library, claimed, result, changes)
    return result


def _failed(
    library: Library, claimed: WatchRecord, changes: dict[str, Any], at: datetime, error: str
) -> CheckResult:
    """Record an error on the watch and back off."""
    failures = claimed.failures + 1
    changes.update(failures=failures, last_error=error,
                   next_check=_stamp(next_check(at, claimed.every, failures)))  # fmt: skip
    result = CheckResult("error", error=error)
    record_check(library, claimed, result, changes)
    return result


def _captured(
    page: ImportedDocument, result: CheckResult, capture: Capture
) -> tuple[ImportedDocument, CheckResult]:
    try:
        address = capture(page.url)
    except InputError as error:
        return page, dataclasses.replace(result, error=f"archive capture failed: {error}")
    return dataclasses.replace(page, extra={**page.extra, "archived_at": address}), result


def _compare(
    library: Library, claimed: WatchRecord, response: Response
) -> tuple[CheckResult, ImportedDocument | None]:
    """Whether the fetched page is a new version, and what changed."""
    page = article_from_response(response, name=claimed.url)
    previous = _previous(library, claimed, page)
    _refuse_error_page(page, previous, claimed.url)
    if previous is None:
        return CheckResult("new_version", "first version"), page
    if previous.text == page.text and previous.title == page.title:
        return CheckResult("unchanged"), None
    old, new = analysed(previous), analyse(page.text, page.title, page.url, metadata_of(page))
    stored_tags = tags_of(library, previous, old)  # the previous version's, read back
    pair = compare_documents([old, new], mode="revision", tags=[stored_tags]).pairs[0]
    differences = list(pair.differences)
    report = classify_edits(pair.comparison, differences)
    meta = [c for c in metadata_changes(old.metadata, new.metadata) if c.field not in _QUIET_FIELDS]
    if not meta and all(e is None or e.edit_class == "noise" for e in report.rows):
        return CheckResult("noise"), None
    return CheckResult("new_version", summarise(differences, report, meta)), page


def _previous(
    library: Library, claimed: WatchRecord, page: ImportedDocument
) -> DocumentRecord | None:
    """The version to compare with: the one this watch stored last, else the newest of
    the story holding the address."""
    if claimed.last_document is not None:
        try:
            return library.document(claimed.last_document)
        except LibraryError:  # deleted by the user meanwhile
            pass
    story = library.find_story(claimed.story) if claimed.story else None
    story = story or library.story_for_url(page.url or claimed.url)
    versions = library.documents(story.id) if story else []
    return versions[-1] if versions else None


def _refuse_error_page(page: ImportedDocument, previous: DocumentRecord | None, url: str) -> None:
    text = page.text
    if len(text) < _ERROR_PAGE_CHARS and _ERROR_PAGE.search(f"{page.title}\n{text}"):
        raise InputError(f"{url}: the site sent an error page instead of the article")
    if previous is not None and len(text) < _SHRUNK * len(previous.text):
        raise InputError(
            f"{url}: the page holds {len(text):,} characters of text against "
            f"{len(previous.text):,} last time; not stored as a version (broken or partial page?)"
        )


def _check_feed(
    library: Library, claimed: WatchRecord, response: Response, changes: dict[str, Any],
    at: datetime,
) -> CheckResult:  # fmt: skip
    """Every entry of the feed not watched yet becomes a watched article (its own story)."""
    entries = parse_feed(response.body, url=response.url)
    changes.update(failures=0, last_error=None, next_check=_stamp(next_check(at, claimed.every, 0)))
    with library.transaction():
        known = {
            row[0] for row in library.db.execute("SELECT url FROM watches WHERE kind = 'article'")
        }
        added = []
        for entry in entries:
            if entry.url and entry.url not in known:
                known.add(entry.url)
                story = entry.title.strip() or entry.url
                add_watch(library, entry.url, "article", claimed.every, story, claimed.id)
                added.append(story)
        summary = f"{len(added)} new article{'s' * (len(added) != 1)}" + (
            f": {'; '.join(added[:3])}" if added else ""
        )
        if added:
            changes["last_change"] = _stamp(at)
        result = CheckResult("feed", summary)
        record_check(library, claimed, result, changes)
    return result


def _stamp(at: datetime) -> str:
    return at.isoformat(timespec="microseconds")
