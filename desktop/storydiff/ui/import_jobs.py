"""Background jobs that bring documents into the library (run by :mod:`storydiff.ui.tasks`).

Each returns a ``job(progress, cancelled)`` callable. A job opens its own
connection to the library, because a SQLite connection belongs to its thread.
Loaders are parameters so tests can inject a slow or failing importer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from storydiff.core.progress import Cancelled, check
from storydiff.importers import from_paste, load_path
from storydiff.importers.base import ImportedDocument
from storydiff.library.ingest import ingest
from storydiff.library.store import Library
from storydiff.paths import resource

SAMPLE_STORY = "Russia mobilization: ISW report (sample)"
SAMPLE_FILES = (
    "newsweek-2023-01-17-isw-mobilization.txt",
    "newsweek-2023-01-17-isw-mobilization.revised.txt",
)


def store_all(
    library_path: Path, story: str | int | None, documents: Sequence[ImportedDocument]
) -> list[int]:
    """Ingest documents in one transaction; returns their ids."""
    with Library.open(library_path) as library, library.transaction():
        return [ingest(library, story, document).id for document in documents]


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


def import_url(library_path: Path, story: str | int | None, url: str) -> Callable:
    def job(progress, cancelled) -> list[int]:
        from storydiff.importers.web import fetch_url

        return store_all(library_path, story, [fetch_url(url)])

    return job


def import_documents(library_path: Path, story: str | int | None, fetch: Callable) -> Callable:
    """Run ``fetch(progress, cancelled) -> [ImportedDocument]`` (feed, Wayback) then store."""

    def job(progress, cancelled) -> list[int]:
        documents = fetch(progress, cancelled)
        check(cancelled)
        if not documents:
            raise Cancelled()
        return store_all(library_path, story, documents)

    return job


def import_sample(library_path: Path) -> Callable:
    """The bundled sample article and its revision, as the first story of a new library."""
    paths = [resource("samples", name) for name in SAMPLE_FILES]

    def newsweek(path: Path) -> ImportedDocument:
        return replace(load_path(path), outlet="Newsweek")

    return import_files(library_path, SAMPLE_STORY, paths, loader=newsweek)
