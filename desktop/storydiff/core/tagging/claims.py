"""Which sentences state a checkable fact, and what makes each checkable."""

from __future__ import annotations

import re

from storydiff.core.model import Sentence
from storydiff.core.tagging.records import Claim, Figure, Quote, Source

CARRIES = ("figure", "source", "quote", "assertion")
_WORD = re.compile(r"[A-Za-z][\w'’.-]*")
_EDITORIAL = re.compile(
    r"\b(?:reached out to|for comment|did not (?:immediately )?respond|declined to comment|"
    r"has contacted|contacted \w+ for)\b",
    re.IGNORECASE,
)
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
    claims = []
    for sentence in sentences:
        carries = []
        if _any_in(figures, sentence):
            carries.append("figure")
        if _any_in(sources, sentence):
            carries.append("source")
        if any(q.start < sentence.end and sentence.start < q.end for q in quotes):
            carries.append("quote")
        if is_assertion(sentence.text):
            carries.append("assertion")
        if carries:
            claims.append(Claim(sentence.start, sentence.end, tuple(carries), sentence.index))
    return claims


def _any_in(records: list[Figure] | list[Source], sentence: Sentence) -> bool:
    return any(sentence.start <= r.start < sentence.end for r in records)


def is_assertion(text: str) -> bool:
    """A declarative sentence about a named actor: "Russia claimed ...", "Putin signed ..."."""
    stripped = text.strip()
    if stripped.endswith("?") or _EDITORIAL.search(stripped):
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
