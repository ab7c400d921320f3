"""``storydiff extract``: the figures, sources, quotes and claims of one article."""

from __future__ import annotations

import json
from pathlib import Path

import click

from storydiff.cli import main
from storydiff.cli.common import reports_errors
from storydiff.cli.lifetime import short_lived
from storydiff.core.document import analyse
from storydiff.core.tagging import Tags, extract
from storydiff.core.tagging.kinds import describe
from storydiff.importers import load_path
from storydiff.importers.detect import check_article_path
from storydiff.importers.text import load_text

_PLAIN_SUFFIXES = (".txt", ".text", ".md", ".markdown", "")


def read_article(path: Path) -> str:
    """The article text that offsets point into: the text the importers give, so
    offsets agree with ``compare --json`` (plain text as ``Path.read_text`` reads it,
    a byte-order mark dropped; other formats as extracted)."""
    check_article_path(path)
    if path.suffix.lower() in _PLAIN_SUFFIXES:  # also files with no suffix at all
        return load_text(path).text
    return load_path(path).text


@main.command("extract")
@click.argument("file", type=click.Path(path_type=Path))
@click.option(
    "--json", "as_json", is_flag=True, help="Print the documented JSON (docs/extract-json.md)."
)
@reports_errors
def extract_command(file: Path, as_json: bool) -> None:
    """List the figures, sources, quotes and claims in FILE."""
    short_lived()
    text = read_article(file)
    tags = extract(analyse(text, title=file.name, source=str(file)))
    if as_json:
        click.echo(json.dumps(tags.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(render(tags, text))


def render(tags: Tags, text: str) -> str:
    """A listing a journalist can read in a terminal."""
    lines = [f"Figures ({len(tags.figures)})"]
    for f in tags.figures:
        lines.append(f"  {_where(text, f.start):>8}  {f.kind:<8} {f.text!r}  = {describe(f)}")
    lines.append(f"Sources ({len(tags.sources)})")
    for s in tags.sources:
        lines.append(f"  {_where(text, s.start):>8}  {s.name}  [{s.cue}]  {s.text!r}")
    lines.append(f"Quotes ({len(tags.quotes)})")
    for q in tags.quotes:
        quoted = q.text if len(q.text) <= 70 else q.text[:67] + "..."
        lines.append(f'  {_where(text, q.start):>8}  {q.speaker or "(unattributed)"}: "{quoted}"')
    lines.append(f"Claims ({len(tags.claims)})")
    for c in tags.claims:
        sentence = " ".join(text[c.start : c.end].split())
        sentence = sentence if len(sentence) <= 70 else sentence[:67] + "..."
        lines.append(f"  {_where(text, c.start):>8}  [{', '.join(c.carries)}]  {sentence}")
    return "\n".join(lines)


def _where(text: str, offset: int) -> str:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return f"{line}:{column}"
