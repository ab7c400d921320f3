"""A readable terminal view of a comparison: differences first, then the
aligned sentences with word changes marked.

Colour is for ttys; changes are also marked with strike-through/underline so
they do not rely on colour alone. Piped output is plain text with
``[-deleted-]`` and ``{+inserted+}`` markers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import click

from storydiff.core.compare import AlignedRow, Comparison
from storydiff.core.diff import DELETE, EQUAL, INSERT
from storydiff.core.edits.classify import EditReport, RowEdit, classify_edits
from storydiff.core.edits.metadata import metadata_changes
from storydiff.core.edits.rules import EDIT_CLASSES
from storydiff.core.story import PairResult, StoryComparison
from storydiff.core.wording import SideWords, kind_phrase, side_words

_SIGN = {
    "equal": " ",
    "changed": "~",
    "inserted": "+",
    "deleted": "-",
    "moved": ">",
    "split": "<",
    "merged": ">",
    "also": "≈",
}


class Styler:
    """Marks changes with colour (tty) or with plain-text brackets."""

    def __init__(self, colour: bool) -> None:
        self.colour = colour

    def deleted(self, text: str) -> str:
        if self.colour:
            return click.style(text, fg="red", strikethrough=True)
        return f"[-{text}-]"

    def inserted(self, text: str) -> str:
        if self.colour:
            return click.style(text, fg="green", underline=True)
        return f"{{+{text}+}}"

    def heading(self, text: str) -> str:
        return click.style(text, bold=True) if self.colour else text

    def dim(self, text: str) -> str:
        return click.style(text, dim=True) if self.colour else text


def render_story(story: StoryComparison, styler: Styler, full: bool = False) -> Iterator[str]:
    """Lines of the terminal view for every compared pair."""
    for pair in story.pairs:
        yield from render_pair(story, pair, styler, full)
        yield ""


def render_pair(
    story: StoryComparison, pair: PairResult, styler: Styler, full: bool = False
) -> Iterator[str]:
    a, b = story.documents[pair.a], story.documents[pair.b]
    comparison = pair.comparison
    yield styler.heading(
        f"== {pair.a + 1}: {a.title or a.source}  ->  {pair.b + 1}: {b.title or b.source}"
        f"  ({comparison.mode})"
    )
    yield styler.heading(f"Differences ({len(pair.differences)})")
    words = side_words(comparison.mode, _name(a), _name(b))
    for difference in pair.differences:
        yield "  " + _difference_line(difference.to_dict(), words)
    if not pair.differences:
        yield "  none"
    edits = classify_edits(comparison, list(pair.differences))
    if comparison.mode == "revision":  # edit classes say how a text was edited, not outlets
        yield from _edit_lines(comparison, edits, styler)
    else:
        edits = EditReport(tuple(None for _ in comparison.rows), ())
    counts = Counter(row.op for row in (*comparison.rows, *comparison.also))
    yield styler.heading(
        "Alignment: " + ", ".join(f"{counts[op]} {op}" for op in _SIGN if counts[op])
    )
    yield from _rows(comparison, edits, styler, full)


def _edit_lines(comparison: Comparison, edits: EditReport, styler: Styler) -> Iterator[str]:
    """Metadata changes first (the headline above all), then the kinds of edit and the notes."""
    if comparison.a.metadata and comparison.b.metadata:
        for change in metadata_changes(comparison.a.metadata, comparison.b.metadata):
            yield f"  {change.field} changed: {_short(change.old)!r} -> {_short(change.new)!r}"
    counts = edits.counts()
    if counts:
        stealth = f" ({edits.stealth_count} stealth)" if edits.stealth_count else ""
        parts = [f"{counts[c]} {c.replace('_', ' ')}" for c in EDIT_CLASSES if counts[c]]
        yield styler.heading("Edits: " + ", ".join(parts)) + stealth
    for linked in edits.notes:
        yield (
            f"  {linked.note.kind} note{f' ({linked.note.date})' if linked.note.date else ''}: "
            + (_short(linked.note.text) or "")
        )


SUMMARY_WIDTH = 70


def _short(text: str | None) -> str | None:
    """Keep a summary line readable: long claims are cut with an ellipsis."""
    if text is None or len(text) <= SUMMARY_WIDTH:
        return text
    return text[: SUMMARY_WIDTH - 1].rstrip() + "…"


def _name(document) -> str:
    """A short name for a side: the title, else the file name."""
    name = document.title or document.source.rsplit("/", 1)[-1]
    return name if len(name) <= 30 else name[:29] + "…"


def _difference_line(difference: dict, words: SideWords | None = None) -> str:
    old = _short((difference.get("old") or {}).get("text"))
    new = _short((difference.get("new") or {}).get("text"))
    if old is not None and new is not None:
        what = f"{old!r} -> {new!r}"
    else:
        what = repr(old if old is not None else new)
    where = (
        f"sentence {_place(difference.get('sentence_a'))} -> {_place(difference.get('sentence_b'))}"
    )
    if words is not None and words.changed == "differs":  # outlets: say who has what
        return f"{kind_phrase(difference['kind'], words):<18} {what}  [{where}]"
    return f"{difference['kind']:<18} {what}  [{where}]"


def _place(index: int | None) -> str:
    return "-" if index is None else str(index)


def _rows(comparison: Comparison, edits: EditReport, styler: Styler, full: bool) -> Iterator[str]:
    unchanged = 0
    also: dict[int, list[AlignedRow]] = {}
    for row in comparison.also:  # coverage: the same fact stated elsewhere by the other
        also.setdefault(row.a[0], []).append(row)
    for row, edit in zip(comparison.rows, edits.rows, strict=True):
        if row.op == "equal" and not full:
            unchanged += 1
            continue
        if unchanged:
            yield styler.dim(f"  ... {unchanged} unchanged sentence{'s' * (unchanged > 1)} ...")
            unchanged = 0
        yield _row_line(comparison, row, styler) + _edit_label(edit)
        for other in (extra for k in row.a for extra in also.pop(k, [])):
            said = comparison.b.sentences[other.b[0]].text
            yield styler.dim(f"{_SIGN['also']} {_where(other)} also states: {_short(said)}")
    if unchanged:
        yield styler.dim(f"  ... {unchanged} unchanged sentence{'s' * (unchanged > 1)} ...")


def _row_line(comparison: Comparison, row: AlignedRow, styler: Styler) -> str:
    a_text, b_text = comparison.a.text, comparison.b.text
    where = _where(row)
    label = f" {row.op}:" if row.op in ("moved", "split", "merged") else ""
    pieces = []
    for span in row.diff:
        if span.op == EQUAL:
            pieces.append(a_text[span.a_start : span.a_end])
        elif span.op == DELETE:
            pieces.append(styler.deleted(a_text[span.a_start : span.a_end]))
        elif span.op == INSERT:
            pieces.append(styler.inserted(b_text[span.b_start : span.b_end]))
    return f"{_SIGN[row.op]} {where}{label} {''.join(pieces)}"


def _edit_label(edit: RowEdit | None) -> str:
    if edit is None:
        return ""
    stealth = ", STEALTH" if edit.stealth else ""
    return f"  ({edit.edit_class.replace('_', ' ')}{stealth})"


def _where(row: AlignedRow) -> str:
    """Sentence numbers on each side, e.g. ``[old 15 | new 16]``."""
    sides = [
        f"{name} {','.join(map(str, indices))}"
        for name, indices in (("old", row.a), ("new", row.b))
        if indices
    ]
    return "[" + " | ".join(sides) + "]"
