"""``storydiff card``: one reuse finding or one difference as a PNG to share, with alt text."""

from __future__ import annotations

from pathlib import Path

import click

from storydiff.cli import main
from storydiff.cli.common import library_option, reports_errors
from storydiff.cli.reuse_cmd import file_documents, library_documents
from storydiff.errors import InputError


def _pair(value: str, count: int) -> tuple[int, int]:
    try:
        first, second = (int(part) for part in value.split(","))
    except ValueError:
        raise InputError(f"--pair {value}: expected two document numbers like 0,1") from None
    if not (0 <= first < count and 0 <= second < count) or first == second:
        raise InputError(f"--pair {value}: give two different documents of {count} (0 = first)")
    return min(first, second), max(first, second)


def _chosen(items: list, number: int, what: str) -> object:
    if not 0 <= number < len(items):
        raise InputError(f"there is no {what} {number}: this pair has {len(items)}")
    return items[number]


@main.command()
@click.argument("files", nargs=-1)
@click.option("--story", help="Use this library story's documents instead of files.")
@library_option
@click.option("--pair", "pair_text", default="0,1", show_default=True, metavar="I,J")
@click.option("--passage", type=int, help="Card for reused passage N of the pair.")
@click.option("--difference", type=int, help="Card for difference N of the pair.")
@click.option("--fact", type=int, help="Card for fact N of the story (as in facts --json).")
@click.option("--wire", type=int, multiple=True, metavar="I", help="File I is wire copy.")
@click.option("--press-release", "press", type=int, multiple=True, metavar="I")
@click.option("-o", "--output", type=click.Path(path_type=Path), help="PNG file to write.")
@reports_errors
def card(
    files, story, library_path, pair_text, passage, difference, fact, wire, press, output
) -> None:
    """Write one reused passage or one difference of two documents, or one fact of
    the story, as a PNG card, with its alt text beside it (same name, .txt). Without
    --passage, --difference or --fact, list what there is to choose from.
    """
    if fact is not None:
        _write(_fact_card(files, story, library_path, fact), output)
        return
    from storydiff.cards.content import difference_card, passage_card
    from storydiff.core.reuse import find_reuse
    from storydiff.core.story import compare_documents
    from storydiff.render.reuse_out import describe

    if story and files:
        raise InputError("give either files or --story, not both")
    if passage is not None and difference is not None:
        raise InputError("give either --passage or --difference, not both")
    documents = (
        library_documents(library_path, story) if story else file_documents(files, wire, press)
    )
    if len(documents) < 2:
        raise InputError("a card needs two documents")
    a, b = _pair(pair_text, len(documents))
    chosen = [documents[a], documents[b]]
    story_reuse = find_reuse(documents)  # all of them: a third may be the common source
    reused = next(p for p in story_reuse.pairs if (p.a, p.b) == (a, b))
    compared = compare_documents([d.document for d in chosen], [(0, 1)], "auto").pairs[0]
    if passage is None and difference is None:
        _list_choices(chosen, reused, compared.differences)
        return
    if output is None:
        raise InputError("say where to write the card: -o card.png")
    if passage is not None:
        found = _chosen(list(reused.passages), passage, "passage")
        made = passage_card(story_reuse.documents, reused, found)
    else:
        found = _chosen(list(compared.differences), difference, "difference")
        made = difference_card(
            chosen[0].document, chosen[1].document, found, *map(describe, chosen)
        )
    _write(made, output)


def _write(made, output: Path | None) -> None:
    from storydiff.cards.content import alt_text
    from storydiff.cards.fact_card import FactCard, fact_alt_text
    from storydiff.cards.paint import write_card

    if output is None:
        raise InputError("say where to write the card: -o card.png")
    alt = write_card(made, output)
    click.echo(f"Wrote {output} (alt text in {alt.name})")
    click.echo(fact_alt_text(made) if isinstance(made, FactCard) else alt_text(made))


def _fact_card(files, story, library_path, number: int):
    from storydiff.cards.content import text_hash
    from storydiff.cards.fact_card import fact_card
    from storydiff.cli.facts_cmd import columns_table, story_columns

    columns = story_columns(files, story, library_path)
    table = columns_table(columns)
    if not 0 <= number < len(table.facts):
        raise InputError(f"there is no fact {number}: the story has {len(table.facts)}")
    return fact_card(table, table.facts[number], [text_hash(d.text) for d in columns[0]])


def _list_choices(chosen, reused, differences) -> None:
    from storydiff.reports.wording import kind_label

    click.echo("Reused passages (--passage N):")
    for n, found in enumerate(reused.passages):
        text = chosen[0].document.text[found.a_start : found.a_end]
        click.echo(f"  {n}  {' '.join(text.split())[:80]}")
    if not reused.passages:
        click.echo("  none")
    click.echo("Differences (--difference N):")
    for n, found in enumerate(differences):
        old = found.old.text if found.old else "–"
        new = found.new.text if found.new else "–"
        click.echo(f"  {n}  {kind_label(found.kind)}: {old} → {new}")
    if not differences:
        click.echo("  none")
