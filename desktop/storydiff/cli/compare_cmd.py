"""``storydiff compare``: align and diff documents, in the terminal or as JSON."""

from __future__ import annotations

import sys

import click

from storydiff.cli import main
from storydiff.cli.common import (
    library_option,
    mode_option,
    read_file_document,
    reports_errors,
    write_utf8,
)
from storydiff.cli.lifetime import short_lived
from storydiff.core.story import base_pairs, compare_documents, neighbour_pairs
from storydiff.errors import InputError


def _parse_pair(value: str) -> tuple[int, int]:
    """``--pair I,J`` counts documents from 1, as the library, the app and reports do."""
    try:
        first, second = (int(part) for part in value.split(","))
    except ValueError:
        raise click.BadParameter(f"{value!r}: expected two document numbers like 1,2") from None
    return first, second


@main.command()
@click.argument("files", nargs=-1)
@click.option("--story", help="Compare the documents of this library story instead of files.")
@library_option
@click.option("--chain", is_flag=True, help="Compare each document with the next one.")
@click.option("--json", "as_json", is_flag=True, help="Print the documented JSON result.")
@mode_option
@click.option(
    "--pair",
    "pairs",
    multiple=True,
    metavar="I,J",
    help="Compare documents I and J (1 = first file); repeatable. Default: first vs each.",
)
@click.option("--full", is_flag=True, help="Show unchanged sentences too.")
@click.option("--color/--no-color", default=None, help="Colour (default: when on a terminal).")
@reports_errors
def compare(files, story, library_path, chain, as_json, mode, pairs, full, color) -> None:
    """Compare OLD with NEW (and MORE): aligned sentences, word changes, differences.

    With --story, compare that story's documents from the library instead.
    """
    short_lived()
    if story and files:
        raise InputError("give either files or --story, not both")
    tags = None  # a library story's stored tags are read back
    if story:
        from storydiff.service.documents import story_records  # only --story needs the library

        _, documents, tags = story_records(library_path, story)
    else:
        documents = [read_file_document(path)[0] for path in files]
    if len(documents) < 2:
        raise InputError("compare needs at least two documents")
    default = neighbour_pairs if chain else base_pairs
    for i, j in map(_parse_pair, pairs):
        if not (1 <= i <= len(documents) and 1 <= j <= len(documents)):
            raise InputError(f"--pair {i},{j}: documents are numbered 1 to {len(documents)}")
    chosen = [(i - 1, j - 1) for i, j in map(_parse_pair, pairs)] or default(len(documents))
    aligned = encoded = None
    if tags is None:  # files: tagged here, on two cores
        from storydiff.cli.two_cores import work_ahead
        from storydiff.core.tagging import extract, sentence_memo

        memo = sentence_memo()
        child = work_ahead(documents, chosen, mode, memo)
        aligned = child.comparison if child else None
        tags = [extract(doc, memo) for doc in documents]
    if as_json:  # what the comparisons do not change is encoded while the child aligns
        from storydiff.render.json_out import encode_documents

        encoded = encode_documents(documents, tags)
    story = compare_documents(documents, chosen, mode, tags=tags, aligned=aligned)
    if as_json:
        from storydiff.render.json_out import encode_story

        write_utf8(encode_story(story, encoded) + b"\n")
        return
    from storydiff.render.terminal import Styler, render_story

    colour = sys.stdout.isatty() if color is None else color
    for line in render_story(story, Styler(colour), full):
        click.echo(line, color=colour)
