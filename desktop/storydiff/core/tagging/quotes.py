"""Find quoted words: direct quotes over several sentences and paragraphs, partial
quotes inside a sentence, and scare quotes of a word or two ("covertly").

A quote's span is the quoted words without the quotation marks. In news
style a quote that runs on into the next paragraph leaves its closing mark
off and opens the next paragraph with a fresh one; such a run is one quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storydiff.core.model import Document
from storydiff.core.patterns import compile_pattern

_DOUBLE = compile_pattern(r"[\"“”«»„]")
# Single quotes (British style): an opening mark after a space before a letter, a closing
# mark after a letter or punctuation before a space; apostrophes ("Ukraine's") are neither.
# (The mark is matched first, then what is before it: the engine skips ahead to marks.)
_SINGLE = compile_pattern(
    r"[‘’'](?:(?<=^[‘'])(?=[A-Za-z0-9])|(?<=[\s(\[—–][‘'])(?=[A-Za-z0-9])"
    r"|(?<=[\w.,!?;:][’'])(?=[\s.,;:!?)—–]|$))",
    re.MULTILINE,
)


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """Quoted words at ``start:end`` (marks excluded)."""

    start: int
    end: int


def find_quotes(doc: Document) -> list[QuoteSpan]:
    """Quotes in the non-boilerplate paragraphs of ``doc``."""
    text = doc.text
    found: list[QuoteSpan] = []
    open_at: int | None = None  # content start of a quote running on from a paragraph
    for paragraph in doc.paragraphs:
        if paragraph.boilerplate:
            open_at = None
            continue
        marks = [m.start() for m in _DOUBLE.finditer(text, paragraph.start, paragraph.end)]
        if not marks:
            marks_single = _single_marks(text, paragraph.start, paragraph.end)
            found.extend(_pairs(text, marks_single, None)[0])
            open_at = None
            continue
        continuing = open_at is not None and marks[0] == _first_visible(text, paragraph.start)
        spans, dangling = _pairs(text, marks, open_at if continuing else None)
        found.extend(spans)
        open_at = dangling
    if open_at is not None:
        last = doc.paragraphs[-1]
        found.append(QuoteSpan(open_at, last.end))
    return [q for q in found if q.end > q.start]


def _first_visible(text: str, start: int) -> int:
    while start < len(text) and text[start].isspace():
        start += 1
    return start


def _single_marks(text: str, start: int, end: int) -> list[int]:
    marks = [m.start() for m in _SINGLE.finditer(text, start, end)]
    # "students' union": a closing mark with no opening before it is an apostrophe.
    kept: list[int] = []
    opened = False
    for mark in marks:
        is_opening = mark == start or text[mark - 1] in " \t\n([—–"
        if is_opening and not opened:
            kept.append(mark)
            opened = True
        elif not is_opening and opened:
            kept.append(mark)
            opened = False
    return kept


def _pairs(text: str, marks: list[int], carried: int | None) -> tuple[list[QuoteSpan], int | None]:
    """Pair the marks of one paragraph in order; return quotes and a dangling opening.

    ``carried`` is where a quote from the previous paragraph began; the first mark
    of this paragraph then re-opens it.
    """
    spans: list[QuoteSpan] = []
    opening = None
    for index, mark in enumerate(marks):
        char = text[mark]
        if opening is None:
            if char in "”»’" and index == 0 and carried is None:
                continue  # a stray closing mark
            opening = mark
            if index == 0 and carried is not None:
                opening = -1  # the quote carried from the previous paragraph
            continue
        if char in "“‘«" and opening >= 0 and text[opening] in "“‘«":
            opening = mark  # two opening marks in a row: the earlier one was stray
            continue
        begin = carried if opening == -1 else opening + 1
        spans.append(QuoteSpan(begin, mark))
        opening = None
    if opening is None:
        return spans, None
    return spans, carried if opening == -1 else opening + 1
