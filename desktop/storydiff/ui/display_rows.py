"""Arrange a comparison's aligned rows for display, side by side.

Pure Python, no Qt: every aligned row becomes a display row at its place in the
old document; a moved sentence appears twice (where it left, where it arrived);
boilerplate sentences, which take part in no row, are placed where they stand,
dimmed. Runs of unchanged sentences in the same paragraphs share one row so the
text reads as prose; every other row holds exactly one aligned row, so matching
sentences sit at the same height.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from storydiff.core.compare import AlignedRow, Comparison
from storydiff.core.model import Document

MARKS = {
    "equal": "",
    "changed": "~",
    "inserted": "+",
    "deleted": "−",
    "moved": "⇄",
    "split": "⋔",
    "merged": "⋔",
    "boilerplate": "",
}


@dataclass(frozen=True)
class DisplayRow:
    """One row of the side-by-side view: sentence indices on each side.

    ``rows`` are indices into ``Comparison.rows`` (several for a run of equal rows);
    ``moved_part`` is ``"from"`` on the old side's copy of a move, ``"to"`` on the new's.
    """

    op: str
    a: tuple[int, ...]
    b: tuple[int, ...]
    rows: tuple[int, ...] = ()
    moved_part: str = ""
    paragraph_break: bool = False

    @property
    def mark(self) -> str:
        return MARKS.get(self.op, "")


def display_rows(comparison: Comparison) -> list[DisplayRow]:
    """The rows of the side-by-side view, in reading order."""
    result: list[DisplayRow] = []
    moves: list[tuple[int, AlignedRow]] = []
    for index, row in enumerate(comparison.rows):
        if row.op == "moved":
            result.append(DisplayRow("moved", row.a, (), (index,), "from"))
            moves.append((index, row))
        elif not _extends(result, row, index, comparison):
            result.append(DisplayRow(row.op, row.a, row.b, (index,)))
    for index, row in moves:
        _insert_by_b(result, DisplayRow("moved", (), row.b, (index,), "to"))
    _place_boilerplate(result, comparison.a, comparison.b)
    return _mark_paragraphs(result, comparison.a, comparison.b)


def _extends(result: list[DisplayRow], row: AlignedRow, index: int, comparison: Comparison) -> bool:
    """Fold an equal row into the previous equal row when both stay in their paragraphs."""
    if row.op != "equal" or not result or result[-1].op != "equal" or result[-1].moved_part:
        return False
    last = result[-1]
    if not (row.a and row.b and last.a and last.b):
        return False  # a one-sided row drawn as equal (noise hidden) stays on its own
    a_doc, b_doc = comparison.a, comparison.b
    if row.a[0] != last.a[-1] + 1 or row.b[0] != last.b[-1] + 1:
        return False
    same_a = a_doc.sentences[row.a[0]].paragraph == a_doc.sentences[last.a[-1]].paragraph
    same_b = b_doc.sentences[row.b[0]].paragraph == b_doc.sentences[last.b[-1]].paragraph
    if not (same_a and same_b):
        return False
    result[-1] = replace(last, a=last.a + row.a, b=last.b + row.b, rows=(*last.rows, index))
    return True


def _insert_by_b(result: list[DisplayRow], part: DisplayRow) -> None:
    """Put the arriving half of a move before the first row that comes after it in ``b``."""
    first = part.b[0]
    for position, row in enumerate(result):
        if row.b and row.moved_part != "from" and row.b[0] > first:
            result.insert(position, part)
            return
    result.append(part)


def _place_boilerplate(result: list[DisplayRow], a: Document, b: Document) -> None:
    """Insert each side's boilerplate runs where they stand; pair runs that meet."""
    a_runs = _boilerplate_runs(a)
    b_runs = _boilerplate_runs(b)
    placed: dict[int, list[tuple[int, ...]]] = {}
    for run in a_runs:
        placed.setdefault(_position(result, "a", run[0]), [(), ()])[0] = run
    for run in b_runs:
        slot = placed.setdefault(_position(result, "b", run[0]), [(), ()])
        if slot[1]:
            slot[1] = slot[1] + run
        else:
            slot[1] = run
    for position in sorted(placed, reverse=True):
        a_run, b_run = placed[position]
        result.insert(position, DisplayRow("boilerplate", a_run, b_run))


def _boilerplate_runs(doc: Document) -> list[tuple[int, ...]]:
    runs: list[list[int]] = []
    for sentence in doc.sentences:
        if not sentence.boilerplate:
            continue
        if runs and runs[-1][-1] == sentence.index - 1:
            runs[-1].append(sentence.index)
        else:
            runs.append([sentence.index])
    return [tuple(run) for run in runs]


def _position(result: list[DisplayRow], side: str, sentence: int) -> int:
    for position, row in enumerate(result):
        indices = row.a if side == "a" else row.b
        if indices and indices[0] > sentence:
            return position
    return len(result)


def _mark_paragraphs(result: list[DisplayRow], a: Document, b: Document) -> list[DisplayRow]:
    """Flag rows where either side starts a new paragraph (drawn with more space above)."""
    last_a = last_b = -1
    marked = []
    for row in result:
        new_a = bool(row.a) and a.sentences[row.a[0]].paragraph != last_a
        new_b = bool(row.b) and b.sentences[row.b[0]].paragraph != last_b
        if row.a:
            last_a = a.sentences[row.a[-1]].paragraph
        if row.b:
            last_b = b.sentences[row.b[-1]].paragraph
        marked.append(replace(row, paragraph_break=new_a or new_b) if (new_a or new_b) else row)
    return marked


def move_wording(rows: list[DisplayRow], index: int) -> str:
    """The link drawn in the empty cell of a moved row, worded by the move's direction.

    A ``"from"`` row (where the sentence left, in the old column) points to the new
    column's copy; a ``"to"`` row points back to where it came from. "Up" and "down"
    are where the other copy stands on screen, so they follow the move, not the side.
    """
    row = rows[index]
    other = next(
        n for n, r in enumerate(rows) if r.rows == row.rows and r.moved_part != row.moved_part
    )
    arrow, where = ("⇡", "up") if other < index else ("⇣", "down")
    if row.moved_part == "from":
        return f"{arrow} moved further {where} — go there"
    return f"{arrow} moved here from further {where} — go there"


def also_links(
    comparison: Comparison, rows: list[DisplayRow], names: tuple[str, str] = ("", "")
) -> dict[tuple[str, int], list]:
    """Where to draw each ``also`` pair (two outlets' sentences, each shown in another row,
    that state one fact): ``(side, display row)`` → ``[(index into comparison.also,
    wording)]``, a link on each side to the other sentence, naming the other outlet when
    ``names`` (the outlets of sides a and b) are known."""
    row_of = {side: row_of_sentence(rows, side) for side in ("a", "b")}
    found: dict[tuple[str, int], list] = {}
    for k, also in enumerate(comparison.also):
        here_a, here_b = row_of["a"].get(also.a[0]), row_of["b"].get(also.b[0])
        if here_a is None or here_b is None or here_a == here_b:
            continue
        found.setdefault(("a", here_a), []).append((k, _also_wording(here_a, here_b, names[1])))
        found.setdefault(("b", here_b), []).append((k, _also_wording(here_b, here_a, names[0])))
    return found


def _also_wording(here: int, there: int, other: str) -> str:
    arrow, where = ("⇡", "up") if there < here else ("⇣", "down")
    return f"{arrow} {other or 'the other outlet'} also states this further {where} — go there"


def row_of_sentence(rows: list[DisplayRow], side: str) -> dict[int, int]:
    """Sentence index on ``side`` → the display row that shows it."""
    found: dict[int, int] = {}
    for position, row in enumerate(rows):
        for sentence in row.a if side == "a" else row.b:
            found.setdefault(sentence, position)
    return found
