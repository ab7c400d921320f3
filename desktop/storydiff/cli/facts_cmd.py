"""``storydiff facts``: the story's fact table, each figure matched across documents."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from storydiff.cli import main
from storydiff.cli.common import library_option, read_file_document, reports_errors
from storydiff.core.facts import DocumentInfo, FactTable, fact_table
from storydiff.core.model import Document
from storydiff.core.tagging import Tags, extract
from storydiff.errors import InputError
from storydiff.render.facts_text import render_facts
from storydiff.service.documents import story_records

Columns = tuple[list[Document], list[Tags], list[DocumentInfo]]


def _story_columns(library_path: Path | None, story: str) -> Columns:
    """A library story's documents with their tags, outlets and times, in version order."""
    records, documents, tags = story_records(library_path, story)
    return documents, tags, [DocumentInfo(r.title, r.outlet, r.published) for r in records]


def _file_columns(files: tuple[str, ...]) -> Columns:
    documents, infos = [], []
    for path in files:
        document, imported = read_file_document(path)
        documents.append(document)
        infos.append(DocumentInfo(document.title, imported.outlet, imported.published))
    return documents, [extract(d) for d in documents], infos


def story_table(files: tuple[str, ...], story: str | None, library_path: Path | None) -> FactTable:
    """The fact table of FILES (given oldest first) or of a library story."""
    if story and files:
        raise InputError("give either files or --story, not both")
    if not story and not files:
        raise InputError("give the files to compare, or --story NAME")
    documents, tags, infos = _story_columns(library_path, story) if story else _file_columns(files)
    if len(documents) < 2:
        raise InputError("facts needs at least two documents")
    # Library stories are in time order where times are known; files are given oldest first.
    return fact_table(documents, tags, infos, order_known=True)


@main.command("facts")
@click.argument("files", nargs=-1)
@click.option("--story", help="Use the documents of this library story instead of files.")
@library_option
@click.option(
    "--json", "as_json", is_flag=True, help="Print the documented JSON (docs/facts-json.md)."
)
@reports_errors
def facts_command(files, story, library_path, as_json) -> None:
    """The facts of FILES (oldest first) or of a --story: each figure matched across them.

    One row per fact (what is counted or measured), one column per document; conflicts
    first.
    """
    table = story_table(files, story, library_path)
    if as_json:
        json.dump(table.to_dict(), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return
    for line in render_facts(table):
        click.echo(line)
