"""``storydiff library ...``: create, list, show, search, export, import and restore libraries.

Other commands accept ``--library PATH`` through :func:`storydiff.cli.common.library_option`.
"""

from __future__ import annotations

import dataclasses
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from storydiff.cli import main
from storydiff.cli.common import library_option, reports_errors
from storydiff.library import Library, backups
from storydiff.library.schema import SCHEMA_VERSION
from storydiff.library.search import MATCH_END, MATCH_START
from storydiff.paths import default_library_path

F = TypeVar("F", bound=Callable[..., Any])


def fields_of(record: Any) -> dict[str, Any]:
    """A record's fields by name (records may use slots, so no ``vars``)."""
    return {f.name: getattr(record, f.name) for f in dataclasses.fields(record)}


def json_option(command: F) -> F:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON.")(command)


def echo_json(value: Any) -> None:
    click.echo(json.dumps(value, ensure_ascii=False, indent=2, default=str))


@main.group(name="library")
def library_group() -> None:
    """Keep stories and their documents in a library (one SQLite file)."""


@library_group.command()
@library_option
@reports_errors
def init(library_path: Path | None) -> None:
    """Create the library if it does not exist (or upgrade it) and say where it is."""
    with Library.open(library_path) as library:
        count = len(library.stories())
        click.echo(f"Library {library.path} (format {SCHEMA_VERSION}): {count} stories.")


@library_group.command()
@library_option
@json_option
@reports_errors
def stories(library_path: Path | None, as_json: bool) -> None:
    """List the stories with their document counts."""
    with Library.open_existing(library_path) as library:  # listing creates nothing
        found = library.stories()
    if as_json:
        echo_json([fields_of(story) for story in found])
        return
    if not found:
        click.echo("No stories yet. Add documents with `storydiff import`.")
        return
    click.echo(f"{'id':>5}  {'documents':>9}  story")
    for story in found:
        click.echo(f"{story.id:>5}  {story.document_count:>9}  {story.name}")


@library_group.command()
@click.argument("story")
@library_option
@json_option
@reports_errors
def show(story: str, library_path: Path | None, as_json: bool) -> None:
    """Show STORY (name or id): its documents in version order."""
    with Library.open_existing(library_path) as library:
        record = library.story(story)
        found = library.documents(record.id)
        notes = library.notes(story=record.id)
    if as_json:
        documents = [{k: v for k, v in fields_of(d).items() if k != "text"} for d in found]
        echo_json({"story": fields_of(record), "documents": documents, "notes": len(notes)})
        return
    click.echo(f"{record.name}  (story {record.id}, {len(found)} documents, {len(notes)} notes)")
    for doc in found:
        when = doc.published or doc.retrieved or doc.imported
        label = " · ".join(part for part in (doc.outlet, doc.title or "(untitled)") if part)
        shown = f"{when:%Y-%m-%d %H:%M}" if when else "time unknown    "
        click.echo(f"  v{doc.version:<3} #{doc.id:<5} {shown}  {label}")
        if doc.url:
            click.echo(f"       {doc.url}")


@library_group.command()
@click.argument("query")
@click.option("--tag", is_flag=True, help="Search tagged figures, sources and quotes instead.")
@click.option(
    "--category",
    type=click.Choice(["figure", "source", "quote", "claim"]),
    help="With --tag: only this kind of tag.",
)
@click.option("--story", help="Only in this story.")
@click.option("--limit", default=50, show_default=True, help="At most this many documents.")
@library_option
@json_option
@reports_errors
def search(query, tag, category, story, limit, library_path, as_json) -> None:
    """Find documents whose title or text hold every word of QUERY (or tags, with --tag)."""
    with Library.open_existing(library_path) as library:
        if tag:
            hits: list[Any] = library.search_tags(query, category)
        else:
            hits = library.search(query, limit=limit, story=story)
    if as_json:
        echo_json([fields_of(hit) for hit in hits])
    elif tag:
        for hit in hits:
            click.echo(f"#{hit.document_id:<5} {hit.story}  [{hit.category}] {hit.text}")
    else:
        for hit in hits:
            click.echo(f"#{hit.document_id:<5} {hit.story} · {hit.title}")
            click.echo("       " + highlight(" ".join(hit.snippet.split())))
    if not hits:
        click.echo("Nothing found.", err=True)


def highlight(snippet: str) -> str:
    """Matches in bold on a terminal; elsewhere the ``[[ ]]`` markers stay."""
    if not sys.stdout.isatty():
        return snippet
    parts = re.split(f"{re.escape(MATCH_START)}(.*?){re.escape(MATCH_END)}", snippet)
    return "".join(click.style(p, bold=True) if i % 2 else p for i, p in enumerate(parts))


@library_group.command()
@click.argument("story")
@click.argument("dest", type=click.Path(path_type=Path))
@library_option
@reports_errors
def export(story: str, dest: Path, library_path: Path | None) -> None:
    """Export STORY with raw bytes, tags and notes to folder DEST (or DEST.zip)."""
    with Library.open_existing(library_path) as library:
        written = library.export_story(story, dest)
    click.echo(f"Exported to {written}")


@library_group.command(name="import-archive")
@click.argument("src", type=click.Path(exists=True, path_type=Path))
@library_option
@reports_errors
def import_archive(src: Path, library_path: Path | None) -> None:
    """Import a story exported by `storydiff library export` (folder or .zip)."""
    with Library.open(library_path) as library:
        story = library.import_archive(src)
    click.echo(f"Imported “{story.name}”: {story.document_count} documents.")


@library_group.command(name="backups")
@library_option
@reports_errors
def list_backups(library_path: Path | None) -> None:
    """List the library's automatic backups, newest first (numbers for `restore`)."""
    path = library_file(library_path)
    found = backups.backups(path)
    for number, backup in enumerate(found, 1):
        size = backup.size / 1e6
        when = f"{backup.taken:%Y-%m-%d %H:%M:%S} UTC"
        click.echo(f"{number:>3}  {when}  {size:8.1f} MB  {backup.reason:<32} {backup.path.name}")
    if not found:
        click.echo(f"No backups of {path} yet (one is made each day the library is opened).")


@library_group.command()
@click.argument("backup")
@library_option
@reports_errors
def restore(backup: str, library_path: Path | None) -> None:
    """Put BACKUP (number from `backups`, or file name) in place of the library.

    The current library is first copied aside, so a restore can itself be undone.
    """
    path = library_file(library_path)
    chosen = backups.find(path, backup)
    safety = backups.restore(path, chosen)
    with Library.open(path) as library:
        count = len(library.stories())
    click.echo(f"Restored {path} from {chosen.path.name} ({count} stories).")
    click.echo(f"The library as it was before is kept in {safety.name}.")


def library_file(library_path: Path | None) -> Path:
    """The library file a command works on (``--library``, or the default one)."""
    return library_path.expanduser() if library_path else default_library_path()
