"""``storydiff facts``: the story's fact table, each figure matched across documents."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from storydiff.cli import main
from storydiff.cli.common import library_option, read_file_document, reports_errors
from storydiff.cli.lifetime import short_lived
from storydiff.core.fact_timeline import quote_rows, story_order, timelines_dict
from storydiff.core.facts import DocumentInfo, FactTable, fact_table
from storydiff.core.model import Document
from storydiff.core.provenance import Timing
from storydiff.core.tagging import Tags, extract
from storydiff.errors import InputError
from storydiff.render.facts_text import render_facts
from storydiff.service.documents import story_records

Columns = tuple[list[Document], list[Tags], list[DocumentInfo], list[Timing]]


def _story_columns(library_path: Path | None, story: str) -> Columns:
    """A library story's documents with their tags (stored ones read back), outlets and
    times, in version order."""
    records, documents, tags = story_records(library_path, story)
    infos = [DocumentInfo(r.title, r.outlet, r.published) for r in records]
    return documents, tags, infos, [Timing(r.published, r.imported) for r in records]


def _file_columns(files: tuple[str, ...]) -> Columns:
    documents, infos = [], []
    for path in files:
        document, imported = read_file_document(path)
        documents.append(document)
        infos.append(DocumentInfo(document.title, imported.outlet, imported.published))
    tags = [extract(d) for d in documents]
    return documents, tags, infos, [Timing(info.published) for info in infos]


def story_table(files: tuple[str, ...], story: str | None, library_path: Path | None) -> FactTable:
    """The fact table of FILES (given oldest first) or of a library story."""
    return _story_facts(files, story, library_path)[0]


def story_columns(files: tuple[str, ...], story: str | None, library_path: Path | None) -> Columns:
    """The documents of FILES (oldest first) or of a library story, with tags and times."""
    if story and files:
        raise InputError("give either files or --story, not both")
    if not story and not files:
        raise InputError("give the files to compare, or --story NAME")
    columns = _story_columns(library_path, story) if story else _file_columns(files)
    if len(columns[0]) < 2:
        raise InputError("facts needs at least two documents")
    return columns


def columns_table(columns: Columns) -> FactTable:
    # Library stories are in time order where times are known; files are given oldest first.
    documents, tags, infos, _timings = columns
    return fact_table(documents, tags, infos, order_known=True)


def _story_facts(
    files: tuple[str, ...], story: str | None, library_path: Path | None
) -> tuple[FactTable, dict]:
    """The fact table, and the timelines ``--json`` adds to it."""
    columns = story_columns(files, story, library_path)
    table = columns_table(columns)
    _documents, tags, _infos, timings = columns
    return table, timelines_dict(table.facts, quote_rows(tags), story_order(timings))


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
    short_lived()
    table, timelines = _story_facts(files, story, library_path)
    if as_json:
        payload = table.to_dict()
        for fact, events in zip(payload["facts"], timelines.pop("timelines"), strict=True):
            fact["timeline"] = events
        payload.update(timelines)
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return
    for line in render_facts(table):
        click.echo(line)
