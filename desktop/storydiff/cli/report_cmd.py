"""``storydiff report``: a comparison as a report to publish (HTML, PDF, Markdown, JSON, CSV)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from storydiff.cli import main
from storydiff.cli.common import library_option, mode_option, read_file_document, reports_errors
from storydiff.core.story import base_pairs, compare_documents, neighbour_pairs
from storydiff.errors import InputError
from storydiff.reports import (
    FORMATS,
    PAGE_SIZES,
    TEXT_FORMATS,
    Provenance,
    build_report,
)
from storydiff.reports import write_report as write
from storydiff.reports.library_story import Loaded


def from_files(paths: tuple[str, ...]) -> Loaded:
    """Documents read from files, with their hashes and metadata; files carry no notes."""
    documents, provenance = [], []
    for version, path in enumerate(paths, start=1):
        document, imported = read_file_document(path)
        documents.append(document)
        provenance.append(Provenance.of(version, imported, file=Path(path).name))
    return documents, provenance, []


def _format_of(output: str, fmt: str | None) -> str:
    if fmt:
        return fmt
    suffix = Path(output).suffix.lower().lstrip(".")
    suffix = {"htm": "html", "markdown": "md"}.get(suffix, suffix)
    if suffix not in FORMATS:
        known = ", ".join(f".{name}" for name in FORMATS)
        if suffix:
            raise InputError(
                f"{Path(output).name}: .{suffix} is not a report format (StoryDiff writes {known})"
            )
        raise InputError(f"say which format to write with --format ({', '.join(FORMATS)})")
    return suffix


@main.command()
@click.argument("files", nargs=-1)
@click.option("--story", help="Report on this library story instead of files.")
@library_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), help="Default: from -o's extension.")
@click.option(
    "-o", "--output", required=True, metavar="OUT", help="File to write ('-' for standard output)."
)
@click.option(
    "--page-size", type=click.Choice(PAGE_SIZES), default="a4", show_default=True, help="PDF only."
)
@mode_option
@click.option("--base", is_flag=True, help="Compare the first document with each other one.")
@click.option("--title", help="Report title (default: the story name or first title).")
@reports_errors
def report(files, story, library_path, fmt, output, page_size, mode, base, title) -> None:
    """Write a report of OLD vs NEW (and MORE), or of a library story, to OUT.

    Versions are compared each with the next one (the revision chain), or with
    --base the first against each other one.
    """
    if story and files:
        raise InputError("give either files or --story, not both")
    fmt = _format_of(output, fmt)
    if output == "-" and fmt == "pdf":
        raise InputError("a PDF report needs a file name: -o report.pdf")
    tags, story_name = None, None  # a library story's stored tags are read back
    if story:
        from storydiff.service.reports import from_library

        (documents, provenance, notes), tags, story_name = from_library(library_path, story)
    else:
        documents, provenance, notes = from_files(files)
    if len(documents) < 2:
        raise InputError("a report needs at least two documents")
    pairs = (base_pairs if base else neighbour_pairs)(len(documents))
    compared = compare_documents(documents, pairs, mode, tags=tags)
    name = title or story_name or provenance[0].title
    result = build_report(compared, provenance, name, notes)
    if output == "-":
        sys.stdout.write(TEXT_FORMATS[fmt](result))
        return
    write(result, fmt, Path(output), page_size)
    click.echo(f"Wrote {fmt.upper()} report to {output}", err=True)
