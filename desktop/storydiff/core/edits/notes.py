"""Correction and update notes: the sentences with which an outlet admits a change.

"Correction: …", "Clarification: …", "Editor's note: …", "An earlier version of
this article misstated …", "This story has been updated …". A note runs from
the sentence that opens it to the end of its paragraph; its date is the first
calendar date written in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from storydiff.core.model import Document
from storydiff.core.patterns import compile_pattern
from storydiff.core.tagging.dates import find_dates
from storydiff.core.text import plain

NoteKind = Literal["correction", "update"]

# A label opening the note, then a separator: "Correction (Jan. 18):", "CLARIFICATION —".
_LABEL = r"(?:\s*\([^)]{0,40}\))?(?:\s*,\s*[^:]{0,40})?\s*[:\-]"
_CORRECTION = compile_pattern(
    r"^\W*(?:corrections?|clarifications?|editor'?s'? note|note to readers|"
    rf"correction appended){_LABEL}"
    r"|\b(?:an|the) (?:earlier|previous|original|prior) (?:version|headline) of this "
    r"(?:article|story|report|piece|post)\b"
    r"|\bthis (?:article|story|report|piece|post) (?:has been|was|is being) "
    r"(?:corrected|amended|clarified)\b",
    re.IGNORECASE,
)
_UPDATE_LABEL = compile_pattern(
    rf"^\W*(?:update[sd]?|editor'?s'? update){_LABEL}\s*", re.IGNORECASE
)
_UPDATE = compile_pattern(
    r"\bthis (?:article|story|report|piece|post) (?:has been|was|is being|will be) "
    r"updated\b(?! on a rolling basis)",
    re.IGNORECASE,
)
# Words _CORRECTION and _UPDATE cannot match without (lower case): an ASCII sentence
# holding none of them is not searched (most sentences are not notes).
_NOTE_CUES = (
    "correction", "clarification", "editor", "note to readers", "version of this ",
    "headline of this ", "corrected", "amended", "clarified", "updated",
)  # fmt: skip
_WORDS = compile_pattern(r"[A-Za-z]{2,}")
_CLOCK = frozenset("am pm et gmt utc bst est edt pt jan feb mar apr may jun jul aug sep sept oct "
                   "nov dec january february march april june july august september october "
                   "november december".split())  # fmt: skip


@dataclass(frozen=True, slots=True)
class Note:
    """A correction or update note at ``start:end`` of a document's text."""

    kind: NoteKind
    text: str
    start: int
    end: int
    date: str | None
    sentences: tuple[int, ...]  # indices into ``Document.sentences``

    def to_dict(self) -> dict[str, object]:
        return {"text": self.text, "start": self.start, "end": self.end, "date": self.date}


def note_kind(sentence: str) -> NoteKind | None:
    """Whether ``sentence`` opens a correction note, an update note, or neither."""
    text = plain(sentence)
    if _may_be_note(text):
        if _CORRECTION.search(text):
            return "correction"
        if _UPDATE.search(text):
            return "update"
    label = _UPDATE_LABEL.match(text)
    if label and _is_statement(text[label.end() :]):
        return "update"  # "Update: police have named the victim." but not "Updated: 3:45 PM"
    return None


def _may_be_note(text: str) -> bool:
    """Whether ``text`` may match _CORRECTION or _UPDATE (a cheap test before the search;
    IGNORECASE folds a few non-ASCII letters, such as "ſ", so those texts are searched)."""
    if not text.isascii():
        return True
    return any(map(text.lower().__contains__, _NOTE_CUES))


def _is_statement(text: str) -> bool:
    """At least four words that are not a date or a clock time."""
    return sum(w.casefold() not in _CLOCK for w in _WORDS.findall(text)) >= 4


def find_notes(doc: Document) -> list[Note]:
    """The correction and update notes of ``doc``, in text order."""
    notes: list[Note] = []
    taken: set[int] = set()
    for sentence in doc.sentences:
        if sentence.index in taken:
            continue
        kind = note_kind(sentence.text)
        if kind is None:
            continue
        rest = [
            s
            for s in doc.sentences[sentence.index :]
            if s.paragraph == sentence.paragraph and (s is sentence or note_kind(s.text) is None)
        ]
        taken.update(s.index for s in rest)
        start, end = sentence.start, rest[-1].end
        notes.append(
            Note(kind, doc.text[start:end], start, end, _first_date(doc.text, start, end),
                 tuple(s.index for s in rest))
        )  # fmt: skip
    return notes


def _first_date(text: str, start: int, end: int) -> str | None:
    """The first calendar date in the note (``YYYY-MM-DD`` or as much as it gives)."""
    for match in find_dates(text, start, end):
        if ":" not in match.value:
            return match.value
    return None
