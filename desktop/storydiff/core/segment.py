"""Split article text into paragraphs and sentences, keeping offsets.

Rules, not a model: newspaper text is regular enough, and rules are fast,
explainable and free of downloads. The splitter survives abbreviations
("U.S.", "Gen.", "Jan."), initials, numbers ("1.5 million", "370,000"),
quotes closing after the full stop, em-dashes, lists and headings.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator

from storydiff.core.patterns import compile_pattern

ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof gen col lt sgt capt cmdr adm maj gov sen rep rev hon st jr sr
    pres supt insp det fr sec amb atty
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    no nos vol vols fig figs p pp para approx est dept univ inc ltd co corp bros assn rs
    mt ft ave blvd rd etc vs v al e.g i.e u.s u.k u.n e.u a.m p.m d.c n.y l.a
    """.split()
)

LOWER_CASE_ABBREVIATIONS = frozenset("etc vs v approx e.g i.e a.m p.m pp p est al".split())

_LIST_ITEM = compile_pattern(r"^\s*(?:[-*\u2022\u25aa\u25cf\u2013]|\d{1,3}[.)])\s+")
_HEADING = compile_pattern(r"^\s*#{1,6}\s+")
# End punctuation, closing quotes/brackets, then white space.
_BOUNDARY = compile_pattern(r"([.!?\u2026]+)([\"'\u2019\u201d)\]]*)(\s+)")
_OPENERS = "\"'\u2018\u201c([\u00ab"
# Longer "sentences" (a run-on page, a table flattened into one line) are cut at
# white space, so per-sentence work (tagging, word diff) stays bounded.
MAX_SENTENCE_CHARS = 3000
# A text this long is no article (a long one is 50 KB). In such a text, paragraphs and
# sentences shorter than MIN_PIECE_CHARS join the next one (a run of them joins into
# pieces of up to TINY_RUN_CHARS), a paragraph of tiny lines only is one sentence, and
# blank lines are never listed: millions of tiny lines ("A.\n", "\r") make a bounded
# number of records, so memory stays a small multiple of the text's size and the time
# per record (tagging, alignment) is spent a few thousand times, not millions.
DENSE_TEXT_CHARS = 1_000_000
MIN_PIECE_CHARS = 40
TINY_RUN_CHARS = 2000
_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_LINE = compile_pattern(f"[^{_BREAKS}]+")
_CONTENT = compile_pattern(f"\\S(?:[^{_BREAKS}]*\\S)?")  # a line's text, stripped
_LONG_LINE = compile_pattern(f"[^{_BREAKS}]{{{MIN_PIECE_CHARS},}}")


def min_piece(text: str) -> int:
    """The shortest paragraph or sentence kept alone in ``text`` (0: no minimum)."""
    return MIN_PIECE_CHARS if len(text) >= DENSE_TEXT_CHARS else 0


_TERMINAL = ".!?\u2026\"'\u2019\u201d:)"


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Paragraph ``(start, end)`` pairs, trailing white space excluded.

    Text pasted from the web puts one paragraph per line; hard-wrapped text
    (e-mail, Markdown) separates paragraphs by blank lines. We tell them apart
    by how many lines end mid-sentence. In a text of :data:`DENSE_TEXT_CHARS` or
    more, each line is a paragraph, joined to the next ones while shorter than
    :data:`MIN_PIECE_CHARS`.
    """
    if min_piece(text):
        return list(_joined(_content_lines(text), MIN_PIECE_CHARS))
    lines = list(_lines(text))
    if _looks_hard_wrapped(text, lines):
        return list(_blocks(text, lines))
    return [(s, e) for s, e in lines if text[s:e].strip()]


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """Each line's ``(start, end)``, surrounding white space excluded."""
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        left = len(body) - len(body.lstrip())
        yield (pos + left, pos + len(body.rstrip())) if body.strip() else (pos, pos)
        pos += len(line)


def _content_lines(text: str) -> Iterator[tuple[int, int]]:
    """Each line holding more than white space, as ``(start, end)`` without that space."""
    return (m.span() for m in _CONTENT.finditer(text))


def _joined(spans: Iterable[tuple[int, int]], min_chars: int) -> Iterator[tuple[int, int]]:
    """Spans shorter than ``min_chars`` joined: to the next span when that one is long
    enough to stand alone, else among themselves into runs of up to TINY_RUN_CHARS."""
    start = end = -1
    for s, e in spans:
        if e - s >= min_chars:
            if start >= 0 and end - start >= min_chars:  # a run that can stand alone too
                yield start, end
                start = -1
            yield (s if start < 0 else start), e
            start = -1
            continue
        start = s if start < 0 else start
        end = e
        if end - start >= TINY_RUN_CHARS:
            yield start, end
            start = -1
    if start >= 0:
        yield start, end


def _looks_hard_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    pairs = [
        (text[a:b], text[c:d]) for (a, b), (c, d) in itertools.pairwise(lines) if b > a and d > c
    ]
    if len(pairs) < 3:
        return False
    mid_sentence = sum(
        1
        for line, following in pairs
        if not line.rstrip().endswith(tuple(_TERMINAL))
        and not _LIST_ITEM.match(following)
        and following[:1].islower()
    )
    return mid_sentence / len(pairs) >= 0.3


def _blocks(text: str, lines: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    start = end = None
    for s, e in lines:
        line = text[s:e]
        if not line.strip():
            if start is not None:
                yield start, end
            start = end = None
            continue
        standalone = _LIST_ITEM.match(line) or _HEADING.match(line)
        if start is not None and standalone:
            yield start, end
            start = None
        if start is None:
            start = s
        end = e
        if _HEADING.match(line):
            yield start, end
            start = None
    if start is not None:
        yield start, end


def sentence_spans(text: str, start: int, end: int, min_chars: int = 0) -> list[tuple[int, int]]:
    """Sentence ``(start, end)`` pairs within ``text[start:end]``; with ``min_chars``,
    a sentence shorter than that joins the next, and a span with no line of ``min_chars``
    is one sentence (see :func:`min_piece`)."""
    if min_chars >= MIN_PIECE_CHARS and not _LONG_LINE.search(text, start, end):
        return [(start, end)]
    pieces = (piece for span in _sentences(text, start, end) for piece in _cut_long(text, *span))
    return list(_joined(pieces, min_chars) if min_chars else pieces)


def _sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    begin = start
    for m in _BOUNDARY.finditer(text, start, end):
        cut = m.end(2)
        if _is_boundary(text, m, end) and cut > begin:
            yield begin, cut
            begin = m.end(3)
    if begin < end:
        tail_end = len(text[begin:end].rstrip()) + begin
        if tail_end > begin:
            yield begin, tail_end


def _cut_long(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """``text[start:end]`` in pieces of at most MAX_SENTENCE_CHARS, cut at white space."""
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        space = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, limit)
        cut = space if space != -1 else limit
        yield start, start + len(text[start:cut].rstrip())
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        yield start, end


def _is_boundary(text: str, m: re.Match[str], limit: int) -> bool:
    following = m.end(3)
    if following >= limit:
        return False
    nxt = text[following]
    if not (nxt.isupper() or nxt.isdigit() or nxt in _OPENERS):
        return False
    if m.group(1) == ".":
        word = _word_before(text, m.start(1))
        if _is_abbreviation(word):
            # "... in the U.S. The president said": an initialism can end a sentence.
            return _is_initialism(word) and _next_word(text, following) in _SENTENCE_STARTERS
    return True


_SENTENCE_STARTERS = frozenset(
    "The A An He She It They We I But And In On At This That These Those There Its Their".split()
)


def _is_initialism(word: str) -> bool:
    return bool(re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", word))


def _next_word(text: str, start: int) -> str:
    m = re.match(r"\w+", text[start : start + 30])
    return m.group() if m else ""


def _word_before(text: str, dot: int) -> str:
    i = dot
    while i > 0 and (text[i - 1].isalpha() or text[i - 1] == "."):
        i -= 1
    return text[i:dot]


def _is_abbreviation(word: str) -> bool:
    if not word:
        return False
    lowered = word.lower()
    if lowered in ABBREVIATIONS:
        # "Sat." and "Gen." are abbreviations; "sat." and "gen." end sentences.
        return word[0].isupper() or lowered in LOWER_CASE_ABBREVIATIONS
    # Initials ("J. K. Rowling", "U.S", "D.C"): single letters with dots.
    if len(word) == 1 and word.isupper():
        return True
    return bool(re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word))
