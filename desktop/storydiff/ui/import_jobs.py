"""Background jobs that bring documents into the library (run by :mod:`storydiff.ui.tasks`).

Each returns a ``job(progress, cancelled)`` callable. A job opens its own
connection to the library, because a SQLite connection belongs to its thread.
Loaders are parameters so tests can inject a slow or failing importer.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from storydiff.core.boilerplate import is_boilerplate
from storydiff.core.progress import Cancelled, check
from storydiff.importers import from_paste, load_path
from storydiff.importers.base import ImportedDocument
from storydiff.library.store import Library
from storydiff.paths import resource
from storydiff.service.ingest import ingest

SAMPLE_STORY = "Russia mobilization: ISW report (sample)"
SAMPLE_METADATA = "sample-story.json"
HEADLINE_MAX = 100  # characters: a longer first line is a paragraph, not a headline


def store_all(
    library_path: Path,
    story: str | int | None,
    documents: Sequence[ImportedDocument],
    each_own_story: bool = False,
) -> list[int]:
    """Ingest documents in one transaction; returns their ids.

    ``story``: an id or name, or ``None`` for a new story named from the first
    document's title (all the documents go into it). ``each_own_story`` (feeds):
    ``None`` files every document under its URL's story or a new one of its own.
    """
    with Library.open(library_path) as library, library.transaction():
        if story is None and documents and not each_own_story:
            story = new_story_name(library, documents[0])
        return [ingest(library, story, document).id for document in documents]


def new_story_name(library: Library, document: ImportedDocument) -> str:
    """A name no story has yet, from the document's title (else a short first line,
    which in a saved article is its headline, else its address or file name)."""
    lines = (line.strip() for line in document.text.splitlines())
    first_line = next((line for line in lines if line and not is_boilerplate(line)), "")
    headline = first_line if len(first_line) <= HEADLINE_MAX else ""
    title = " ".join(document.title.split())[:120]
    if title == Path(document.extra.get("file", "")).stem:  # a file name, not a title
        title = ""
    base = title or headline or document.url or Path(document.extra.get("file", "")).stem
    base = base or "Pasted text"
    name, n = base, 2
    while library.find_story(name) is not None:
        name, n = f"{base} ({n})", n + 1
    return name


def import_files(
    library_path: Path,
    story: str | int | None,
    paths: Sequence[Path],
    loader: Callable[..., ImportedDocument] = load_path,
) -> Callable:
    """Import files one by one; stops between files (or inside the loader) when cancelled."""

    def job(progress, cancelled) -> list[int]:
        loaded = []
        for done, path in enumerate(paths):
            check(cancelled)
            loaded.append(_call_loader(loader, path, progress, cancelled))
            progress(done + 1, len(paths))
        check(cancelled)
        return store_all(library_path, story, loaded)

    return job


def _call_loader(loader: Callable, path: Path, progress, cancelled) -> ImportedDocument:
    try:
        return loader(path, progress=progress, cancelled=cancelled)
    except TypeError:
        return loader(path)


def import_paste(library_path: Path, story: str | int | None, text: str, html: str) -> Callable:
    def job(progress, cancelled) -> list[int]:
        return store_all(library_path, story, [from_paste(text, html)])

    return job


@dataclass(frozen=True)
class PaywallDoubt:
    """The result of a URL import that stopped at the paywall check: ask, then force."""

    url: str
    message: str


def import_url(
    library_path: Path, story: str | int | None, url: str, force: bool = False
) -> Callable:
    """Fetch and store an article; a suspected paywall returns a :class:`PaywallDoubt`."""

    def job(progress, cancelled) -> list[int] | PaywallDoubt:
        from storydiff.importers.web import PaywallSuspected, fetch_url

        try:
            document = fetch_url(url, force=force, cancelled=cancelled)
        except PaywallSuspected as doubt:
            return PaywallDoubt(url, str(doubt))
        return store_all(library_path, story, [document])

    return job


def import_documents(
    library_path: Path, story: str | int | None, fetch: Callable, each_own_story: bool = False
) -> Callable:
    """Run ``fetch(progress, cancelled) -> [ImportedDocument]`` (feed, Wayback) then store."""

    def job(progress, cancelled) -> list[int]:
        documents = fetch(progress, cancelled)
        check(cancelled)
        if not documents:
            raise Cancelled()
        return store_all(library_path, story, documents, each_own_story)

    return job


def sample_versions() -> list[dict]:
    """The sample story's versions as described in ``resources/samples/sample-story.json``."""
    metadata = json.loads(resource("samples", SAMPLE_METADATA).read_text(encoding="utf-8"))
    return metadata["versions"]


def sample_document(path: Path, version: dict) -> ImportedDocument:
    """A sample file with its real title, outlet and publication time."""
    return replace(
        load_path(path),
        title=version["title"],
        outlet=version["outlet"],
        published=datetime.fromisoformat(version["published"]),
        extra={"sample": version["note"]},
    )


def import_sample(library_path: Path) -> Callable:
    """The bundled sample article (Newsweek, 17 January 2023) and its test revision."""
    versions = {resource("samples", v["file"]): v for v in sample_versions()}

    def loader(path: Path) -> ImportedDocument:
        return sample_document(path, versions[path])

    return import_files(library_path, SAMPLE_STORY, list(versions), loader=loader)
