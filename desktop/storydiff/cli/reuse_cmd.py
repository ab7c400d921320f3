"""``storydiff reuse``: which outlet's text appears in which, and where it came from;
``storydiff mark``: record a library document as a press release or wire copy.

The importers and the library are imported inside the commands, only when used.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from storydiff.cli import main
from storydiff.cli.common import library_option, reports_errors
from storydiff.core.provenance import Kind, Timing
from storydiff.core.reuse import StoryDocument
from storydiff.errors import InputError

KIND_CHOICES = {"article": "article", "press-release": "press_release", "wire": "wire"}


def file_documents(
    paths: tuple[str, ...], wire: tuple[int, ...], press: tuple[int, ...]
) -> list[StoryDocument]:
    """Files as story documents: publication time from their metadata, kind from options."""
    from storydiff.cli.common import read_file_document

    for index in (*wire, *press):
        if not 0 <= index < len(paths):
            raise InputError(f"document {index}: there are only {len(paths)} files (0 = first)")
    documents = []
    for n, path in enumerate(paths):
        document, imported = read_file_document(path)
        kind: Kind = "wire" if n in wire else "press_release" if n in press else "article"
        timing = Timing(published=imported.published, kind=kind)
        documents.append(StoryDocument(document, timing, imported.outlet))
    return documents


def library_documents(library_path: Path | None, story: str) -> list[StoryDocument]:
    """A library story's documents in version order, with their times and kinds."""
    from storydiff.library.kinds import kind_of
    from storydiff.service.documents import story_records

    records, documents, _ = story_records(library_path, story)
    return [
        StoryDocument(document, Timing(r.published, r.imported, kind_of(r)), r.outlet)
        for r, document in zip(records, documents, strict=True)
    ]


@main.command()
@click.argument("files", nargs=-1)
@click.option("--story", help="Look at this library story's documents instead of files.")
@library_option
@click.option("--json", "as_json", is_flag=True, help="Print the documented JSON result.")
@click.option(
    "--wire", type=int, multiple=True, metavar="I", help="File I (0 = first) is wire copy."
)
@click.option(
    "--press-release",
    "press",
    type=int,
    multiple=True,
    metavar="I",
    help="File I is a press release.",
)
@reports_errors
def reuse(files, story, library_path, as_json, wire, press) -> None:
    """Text reuse between FILES (or a library story's documents): how much of each
    is found in each other one, the shared passages, and where each likely came from.
    """
    from storydiff.core.reuse import find_reuse
    from storydiff.render.reuse_out import render_reuse, reuse_to_dict

    if story and files:
        raise InputError("give either files or --story, not both")
    if story and (wire or press):
        raise InputError("in a library story, mark documents with `storydiff mark` instead")
    documents = (
        library_documents(library_path, story) if story else file_documents(files, wire, press)
    )
    if len(documents) < 2:
        raise InputError("reuse needs at least two documents")
    result = find_reuse(documents)
    if as_json:
        json.dump(reuse_to_dict(result), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return
    for line in render_reuse(result):
        click.echo(line)


@main.command()
@click.argument("document_id", type=int)
@click.option(
    "--as", "kind", type=click.Choice(list(KIND_CHOICES)), required=True, help="What it is."
)
@library_option
@reports_errors
def mark(document_id: int, kind: str, library_path: Path | None) -> None:
    """Record library document DOCUMENT_ID (its #number in `library show`) as an
    article, a press release or wire copy; `reuse --story` then shows churn."""
    from storydiff.library import Library
    from storydiff.library.kinds import set_kind

    with Library.open_existing(library_path) as library:
        summary = set_kind(library, document_id, KIND_CHOICES[kind])
    click.echo(f"Document #{summary.id} ({summary.title or 'untitled'}) is now: {kind}.")
