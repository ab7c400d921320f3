"""One changed row of a comparison, seen the way the edit rules need it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from storydiff.core.compare import AlignedRow, Comparison
from storydiff.core.diff import DELETE, EQUAL, INSERT
from storydiff.core.tagging.differences import Difference


@dataclass(frozen=True)
class Change:
    """A run of the word diff: ``old`` text replaced by ``new`` (either may be empty)."""

    old: str
    new: str
    at_sentence_start: bool


@dataclass
class RowView:
    """A row with its texts, its word changes and the typed differences in it."""

    row: AlignedRow
    comparison: Comparison
    facts: list[Difference]
    holds_note: bool = False

    @cached_property
    def old_sentences(self) -> list[str]:
        return [self.comparison.a.sentences[i].text for i in self.row.a]

    @cached_property
    def new_sentences(self) -> list[str]:
        return [self.comparison.b.sentences[i].text for i in self.row.b]

    @property
    def old_text(self) -> str:
        return " ".join(self.old_sentences)

    @property
    def new_text(self) -> str:
        return " ".join(self.new_sentences)

    @cached_property
    def changes(self) -> list[Change]:
        """Adjacent deletions and insertions of the word diff, paired."""
        a_text, b_text = self.comparison.a.text, self.comparison.b.text
        starts = {s.start for s in self.comparison.a.sentences} | {
            s.start for s in self.comparison.b.sentences
        }
        found: list[Change] = []
        old = new = ""
        first = False
        for span in self.row.diff:
            if span.op == EQUAL:
                if old or new:
                    found.append(Change(old, new, first))
                old = new = ""
                continue
            if not old and not new:
                first = (span.a_start if span.op == DELETE else span.b_start) in starts
            if span.op == DELETE:
                old += a_text[span.a_start : span.a_end]
            elif span.op == INSERT:
                new += b_text[span.b_start : span.b_end]
        if old or new:
            found.append(Change(old, new, first))
        return found

    @property
    def only_one_side(self) -> bool:
        return not self.row.a or not self.row.b


def facts_of(row: AlignedRow, differences: list[Difference]) -> list[Difference]:
    """The typed differences that sit in ``row``'s sentences."""
    a, b = set(row.a), set(row.b)
    return [
        d
        for d in differences
        if (d.sentence_a is not None and d.sentence_a in a)
        or (d.sentence_b is not None and d.sentence_b in b)
    ]
