"""``storydiff import``: add files, web pages, archived versions and feed entries to a story."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import click

from storydiff.cli import main
from storydiff.cli.common import library_option, reports_errors
from storydiff.errors import InputError
from storydiff.importers import ImportedDocument

if TYPE_CHECKING:
    from storydiff.importers.wayback import Snapshot

# The importers, the web stack and the library are imported when a source needs them,
# so that `storydiff --help` does not load trafilatura.


def is_url(source: str) -> bool:
    """Whether a command-line source names an address rather than a file."""
    return "://" in source or source.lower().startswith(("data:", "mailto:"))


@main.command(name="import")
@click.argument("sources", nargs=-1, required=True, metavar="FILE|URL...")
@click.option("--story", help="Story to add the documents to (created if new). Required.")
@click.option("--outlet", default=None, help="Outlet name to record instead of the detected one.")
@click.option("--wayback", is_flag=True, help="Import archived versions of each URL.")
@click.option(
    "--all", "all_snapshots", is_flag=True, help="With --wayback: every distinct version."
)
@click.option("--pick", type=int, multiple=True, metavar="N", help="With --wayback: version N.")
@click.option("--feed", is_flag=True, help="Each source is an RSS/Atom feed; import its entries.")
@click.option("--timeout", type=float, default=20.0, show_default=True, help="Seconds per fetch.")
@click.option("--force", is_flag=True, help="Import a page even if it looks like a paywall teaser.")
@click.option("--archive", default=None, hidden=True)
@library_option
@reports_errors
def import_command(
    sources: tuple[str, ...],
    story: str | None,
    outlet: str | None,
    wayback: bool,
    all_snapshots: bool,
    pick: tuple[int, ...],
    feed: bool,
    timeout: float,
    force: bool,
    archive: str | None,
    library_path: Path | None,
) -> None:
    """Import FILE or URL sources into a story of the library.

    Files: .txt, .md, .html, .htm, .docx, .pdf. With --wayback and neither
    --all nor --pick, lists the archived versions (numbered) and imports nothing.
    Everything is fetched first; if anything fails, nothing is stored.
    """
    if wayback and archive is None:
        from storydiff.importers.wayback import ARCHIVE

        archive = ARCHIVE
    if (all_snapshots or pick) and not wayback:
        raise InputError("--all and --pick need --wayback")
    if wayback and feed:
        raise InputError("use either --wayback or --feed, not both")
    if wayback and not (all_snapshots or pick):
        for source in sources:
            _list_versions(source, archive, timeout)
        return
    if not story or not story.strip():
        raise InputError("say which story the documents belong to: --story NAME")
    documents: list[ImportedDocument] = []
    for source in sources:
        documents += _import(source, wayback, pick, feed, timeout, archive, force)
    if outlet:
        documents = [dataclasses.replace(document, outlet=outlet) for document in documents]
    _store(library_path, story, documents)


def _import(
    source: str,
    wayback: bool,
    pick: tuple[int, ...],
    feed: bool,
    timeout: float,
    archive: str | None,
    force: bool = False,
) -> list[ImportedDocument]:
    from storydiff.importers import fetch_feed, fetch_url, import_history, load_path, parse_feed
    from storydiff.importers.text import read_file
    from storydiff.importers.wayback import list_snapshots
    from storydiff.importers.web import DEFAULT_MAX_BYTES, PaywallSuspected

    if wayback:
        snapshots = _chosen(list_snapshots(source, archive=archive, timeout=timeout), pick)
        return import_history(snapshots, timeout=timeout, progress=_progress("version"))
    if feed and is_url(source):
        return fetch_feed(source, timeout=timeout, progress=_progress("entry"))
    if feed:
        raw = read_file(Path(source), DEFAULT_MAX_BYTES)
        return parse_feed(raw, url=source, progress=_progress("entry"))
    if is_url(source):
        try:
            return [fetch_url(source, timeout=timeout, force=force)]
        except PaywallSuspected as doubt:
            raise InputError(f"{doubt} (with --force)") from None
    return [load_path(source)]


def _chosen(snapshots: list[Snapshot], pick: tuple[int, ...]) -> list[Snapshot]:
    if not pick:
        return snapshots
    wrong = [number for number in pick if not 1 <= number <= len(snapshots)]
    if wrong:
        raise InputError(f"--pick {wrong[0]}: there are versions 1 to {len(snapshots)} only")
    return [snapshots[number - 1] for number in sorted(set(pick))]


def _progress(what: str) -> Callable[[int, int], None]:
    def report(done: int, total: int) -> None:
        click.echo(f"  {what} {done} of {total}", err=True)

    return report


def _list_versions(source: str, archive: str, timeout: float) -> None:
    from storydiff.importers.wayback import list_snapshots

    snapshots = list_snapshots(source, archive=archive, timeout=timeout)
    click.echo(f"{len(snapshots)} archived versions of {source}:")
    for number, snapshot in enumerate(snapshots, 1):
        click.echo(f"{number:>4}  {snapshot.timestamp:%Y-%m-%d %H:%M:%S} UTC  {snapshot.digest}")
    click.echo("Import them with --wayback --all, or --wayback --pick N [--pick N ...].")


def _store(library_path: Path | None, story: str, documents: list[ImportedDocument]) -> None:
    """Store all documents in one transaction, saying which were already there."""
    from storydiff.library import Library
    from storydiff.service.ingest import ingest

    with Library.open(library_path) as library, library.transaction():
        for document in documents:
            if library.duplicate_of(story, document) is not None:
                click.echo(f"already in library: {_label(document)}")
                continue
            record = ingest(library, story, document)
            click.echo(f"Added {_label(document)} to “{story}” as version {record.version}.")


def _label(document: ImportedDocument) -> str:
    when = document.published or document.retrieved
    parts = [document.title or document.url or document.extra.get("file", "untitled")]
    details = [part for part in (document.outlet, f"{when:%Y-%m-%d %H:%M}" if when else "") if part]
    return f"{parts[0]} ({', '.join(details)})" if details else parts[0]
