"""Label every changed row of a comparison with an edit class; flag stealth fact updates.

A fact update is *stealth* unless a correction or update note of the newer
version concerns it. A note concerns the fact updates it shares the most words
or numbers with; a note that names none of them (and every update note, "This
story has been updated") concerns them all. Only notes that are new in the
newer version (not word for word in the older one) acknowledge anything.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from storydiff.core.compare import Comparison
from storydiff.core.edits.notes import Note, find_notes
from storydiff.core.edits.row_view import RowView, facts_of
from storydiff.core.edits.rules import EditClass, decide, replaced_in_place
from storydiff.core.tagging.differences import Difference
from storydiff.core.text import sentence_key, words

# Words every note uses, which say nothing about what it corrects.
_NOTE_WORDS = frozenset(
    """correction corrections clarification editor editors note earlier previous original prior
    version versions article story report piece post this that has have been was were is are the
    and for with which who misstated incorrectly stated said reported wrongly misidentified
    misspelled updated update corrected amended clarified include includes including new
    information error also our not but than from""".split()
)


@dataclass(frozen=True, slots=True)
class RowEdit:
    """The edit class of one changed row; ``stealth`` only for ``fact_update``."""

    edit_class: EditClass
    rule: str
    stealth: bool | None = None


@dataclass(frozen=True, slots=True)
class LinkedNote:
    """A correction or update note of the newer version and the rows it concerns."""

    note: Note
    fresh: bool  # not word for word in the older version
    rows: tuple[int, ...]  # indices into ``Comparison.rows``

    def to_dict(self) -> dict[str, object]:
        return {**self.note.to_dict(), "kind": self.note.kind, "rows": list(self.rows)}


@dataclass(frozen=True)
class EditReport:
    """One :class:`RowEdit` per comparison row (``None`` for equal rows), and the notes."""

    rows: tuple[RowEdit | None, ...]
    notes: tuple[LinkedNote, ...]

    def counts(self) -> Counter[str]:
        return Counter(edit.edit_class for edit in self.rows if edit is not None)

    @property
    def stealth_count(self) -> int:
        return sum(1 for edit in self.rows if edit is not None and edit.stealth)


def classify_edits(comparison: Comparison, differences: list[Difference]) -> EditReport:
    """The edit class of every changed row of ``comparison`` and the notes that concern them.
    Two outlets are no revision of one another: between them no row is a stealth edit and
    no correction note is looked for."""
    revision = comparison.mode == "revision"
    notes = find_notes(comparison.b) if revision else []
    in_notes = {i for note in notes for i in note.sentences}
    views: dict[int, RowView] = {}
    decided: dict[int, tuple[EditClass, str]] = {}
    for n, row in enumerate(comparison.rows):
        if row.op == "equal":
            continue
        view = RowView(row, comparison, facts_of(row, differences), bool(in_notes & set(row.b)))
        views[n] = view
        decided[n] = decide(view)
    _pair_replacements(decided, views)
    fact_rows = [n for n, (edit_class, _) in decided.items() if edit_class == "fact_update"]
    old_keys = {sentence_key(s.text) for s in comparison.a.sentences} if notes else set()
    linked = []
    for note in notes:
        fresh = sentence_key(comparison.b.sentences[note.sentences[0]].text) not in old_keys
        rows = _concerned(note, fact_rows, views) if fresh else ()
        linked.append(LinkedNote(note, fresh, rows))
    acknowledged = {n for note in linked for n in note.rows}
    edits: list[RowEdit | None] = []
    for n in range(len(comparison.rows)):
        if n not in decided:
            edits.append(None)
            continue
        edit_class, rule = decided[n]
        stealth = (n not in acknowledged) if edit_class == "fact_update" and revision else None
        edits.append(RowEdit(edit_class, rule, stealth))
    return EditReport(tuple(edits), tuple(linked))


def _pair_replacements(
    decided: dict[int, tuple[EditClass, str]], views: dict[int, RowView]
) -> None:
    """Neighbouring removal and addition rows that reword one sentence become rewordings."""
    lone = {n for n, (_, rule) in decided.items() if rule == "inserted_or_deleted"}
    for n in sorted(lone):
        for m in (n + 1, n - 1):
            if m not in lone or n not in lone:
                continue
            old, new = (views[n], views[m]) if views[n].row.a else (views[m], views[n])
            if old.row.a and new.row.b and replaced_in_place(old, new):
                decided[n] = decided[m] = ("rewording", "replaced_in_place")
                lone -= {n, m}


def _concerned(note: Note, fact_rows: list[int], views: dict[int, RowView]) -> tuple[int, ...]:
    """The fact rows a note most likely concerns (all of them for a vague note)."""
    if note.kind == "update":
        return tuple(fact_rows)
    wanted = _topic(note.text)
    scores = {n: _overlap(wanted, _topic(views[n].old_text + " " + views[n].new_text))
              for n in fact_rows}  # fmt: skip
    best = max(scores.values(), default=0)
    if best < 2:
        return tuple(fact_rows)
    return tuple(n for n in fact_rows if scores[n] == best)


def _topic(text: str) -> set[str]:
    """Numbers and the first five letters of content words."""
    found = set()
    for word in words(text):
        if word[0].isdigit():
            found.add(word)
        elif len(word) > 2 and word not in _NOTE_WORDS:
            found.add(word[:5])
    return found


def _overlap(note: set[str], row: set[str]) -> int:
    shared = note & row
    return sum(2 if re.match(r"\d", w) else 1 for w in shared)
