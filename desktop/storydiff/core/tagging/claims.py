"""Which sentences state a checkable fact, and what makes each checkable."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from storydiff.core.model import Sentence
from storydiff.core.patterns import compile_pattern
from storydiff.core.tagging.records import Claim, Figure, Quote, Source

CARRIES = ("figure", "source", "quote", "assertion")
_WORD = compile_pattern(r"[A-Za-z][\w'’.-]*")
_EDITORIAL = compile_pattern(
    r"\b(?:reached out to|for comment|did not (?:immediately )?respond|declined to comment|"
    r"has contacted|contacted \w+ for)\b",
    re.IGNORECASE,
)
_EDITORIAL_CUES = ("reached out to", "for comment", "respond", "declined to comment", "contacted")
_COMMON_OPENERS = frozenset(
    """
    a an the this that these those it its he she they we i you there here his her their our
    some many most all no one two three several but and or so yet however meanwhile still
    also in on at by for from with after before during since while when if as last next
    """.split()
)


def find_claims(
    sentences: list[Sentence],
    figures: list[Figure],
    sources: list[Source],
    quotes: list[Quote],
) -> list[Claim]:
    """One claim per sentence that carries a figure, a source, a quote or an assertion."""
    starts = [s.start for s in sentences]
    with_figure = {_index(starts, sentences, f.start) for f in figures}
    with_source = {_index(starts, sentences, s.start) for s in sources}
    with_quote: set[int] = set()
    for quote in quotes:
        first = max(0, bisect.bisect_right(starts, quote.start) - 1)
        for i in range(first, bisect.bisect_left(starts, quote.end)):
            if sentences[i].end > quote.start:
                with_quote.add(i)
    claims = []
    for i, sentence in enumerate(sentences):
        carries = [
            name
            for name, present in (
                ("figure", i in with_figure),
                ("source", i in with_source),
                ("quote", i in with_quote),
                ("assertion", is_assertion(sentence.text)),
            )
            if present
        ]
        if carries:
            claims.append(Claim(sentence.start, sentence.end, tuple(carries), sentence.index))
    return claims


def _index(starts: list[int], sentences: list[Sentence], offset: int) -> int:
    i = bisect.bisect_right(starts, offset) - 1
    return i if i >= 0 and offset < sentences[i].end else -1


def _editorial(text: str) -> bool:
    """``_EDITORIAL`` matches; an ASCII text without any of its words is not searched."""
    if text.isascii() and not any(cue in text.lower() for cue in _EDITORIAL_CUES):
        return False
    return _EDITORIAL.search(text) is not None


@lru_cache(maxsize=16_384)  # the versions of a story repeat most sentences
def is_assertion(text: str) -> bool:
    """A declarative sentence about a named actor: "Russia claimed ...", "Putin signed ..."."""
    stripped = text.strip()
    if stripped.endswith("?") or _editorial(stripped):
        return False
    words = _WORD.findall(stripped)
    if len(words) < 5:
        return False
    capitalised = [w for w in words if w[0].isupper()]
    if len(capitalised) > 0.6 * len(words):
        return False  # a headline or a caption
    first = words[0]
    if first[0].isupper() and first.lower() not in _COMMON_OPENERS:
        return True
    return any(w[0].isupper() and w.lower() != "i" for w in words[1:])
