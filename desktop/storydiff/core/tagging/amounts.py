"""Amounts that are not plain digits or number words: vague amounts ("dozens of people"),
fractions and mixed numbers ("five and a quarter", "half a dozen", "3/4") and "a single".

Vague amounts are figures of their own; the others are numbers that
:func:`storydiff.core.tagging.meaning.classify` then reads like any other.
"""

from __future__ import annotations

import re
from decimal import Decimal

from storydiff.core.patterns import compile_pattern
from storydiff.core.tagging.kinds import FigureKind
from storydiff.core.tagging.lexicon import (
    CURRENCY_NAMES,
    FRACTION_DENOMINATORS,
    UNIT_WORDS,
    UNITS_AFTER_A,
    VAGUE_AMOUNTS,
)
from storydiff.core.tagging.meaning import qualifier_before
from storydiff.core.tagging.numbers import WORD_NUMBER, parse_words
from storydiff.core.tagging.phrases import Number, plural_head, words_after
from storydiff.core.tagging.records import Figure
from storydiff.core.tagging.vocabulary import COUNTED_ADJECTIVES
from storydiff.core.tagging.wordtrie import word_trie

_VAGUE = compile_pattern(
    rf"\b(?P<words>{word_trie(set(VAGUE_AMOUNTS))})"
    rf"(?:\s+of(?=\s)|(?=\s+(?:more\s+)?(?:{word_trie(set(COUNTED_ADJECTIVES) | {'killed'})})\b))",
    re.IGNORECASE,
)
_VAGUE_HINTS = ("dozens", "scores", "hundreds", "thousands", "millions", "billions")
# "the scores of", "test scores of": a noun, not an amount.
_NOT_VAGUE_BEFORE = compile_pattern(
    r"\b(?:the|test|their|his|her|its|high|low|credit|exam)\s+$", re.I
)
_WHOLE = r"(?:\d+|" + WORD_NUMBER.pattern + r")"
_FRACTION_NAMES = word_trie(set(FRACTION_DENOMINATORS))
# "five and a quarter", "one and a half", "2 and a half", "half a dozen", "a single".
_MIXED = compile_pattern(
    rf"\b(?P<whole>\d+|(?i:{_WHOLE}))\s+and\s+(?:a|one)\s+(?P<frac>half|quarter|third)\b"
    rf"|\b(?P<halfdozen>[Hh]alf\s+a\s+dozen)\b"
    rf"|\b(?P<single>[Aa]\s+single)\b(?=\s+[a-z])",
)
_MIXED_HINTS = (" half", " quarter", " third", "single", "dozen")
# "3/4 cup", "1/2 pound": a slash fraction with a small denominator, not a date or a score.
# (the first digit before the look behind it: the engine skips ahead to digits)
_SLASH = compile_pattern(r"(?P<a>\d(?<![\d/.]\d)\d?)/(?P<b>2|3|4|5|8|10|16)(?![\d/])")
# "within a mile", "a kilogram of": "a" counts one of a unit of measure.
# "half a metre" is a half; "$81.20 a barrel", "$80 U.S. a barrel" are rates. Searched in
# the lower-cased sentence, whose literal "a " the regex engine finds fast.
_A_UNIT = compile_pattern(
    rf"a (?=(?:{word_trie(set(UNITS_AFTER_A))}|percent|per\s?cent|percentage\s+point)\b)"
)
_RATE_BEFORE_A = compile_pattern(r"(?:[\d%]|u\.s\.|\bus) $")
# "15 1/2 years": a whole number before a slash fraction makes a mixed number.
_WHOLE_BEFORE = compile_pattern(r"(?<![\d,.])(\d{1,4}) $")


def vague_amounts(text: str, start: int, end: int) -> list[Figure]:
    """ "dozens of people" → count 24–144 people, vague; "thousands of dollars" → money."""
    found: list[Figure] = []
    lowered = text[start:end].lower()
    if not any(word in lowered for word in _VAGUE_HINTS):
        return []
    for m in _VAGUE.finditer(text, start, end):
        if _NOT_VAGUE_BEFORE.search(text, max(start, m.start() - 8), m.start()):
            continue
        amount = " ".join(m.group("words").lower().split())
        low, high = VAGUE_AMOUNTS[amount]
        words = words_after(text, m.end(), end, most=4)
        best = plural_head(words)
        if best is None and words and words[0][0].lower() == "killed":
            best = 0  # "Dozens killed"
        if best is None:
            continue
        unit_words = words[: best + 1]
        unit, fig_end = " ".join(w for w, _, _ in unit_words), unit_words[-1][2]
        kind = FigureKind.COUNT
        if unit.lower() == "others":
            unit = None  # "hundreds of others": no noun is said
        elif unit.lower() in CURRENCY_NAMES:
            kind, unit = FigureKind.MONEY, CURRENCY_NAMES[unit.lower()]
        elif unit.lower() in UNIT_WORDS:  # "hundreds of kilometres"
            kind, unit = FigureKind.NUMBER, UNIT_WORDS[unit.lower()]
        qualifier, q_start = qualifier_before(text, start, m.start())
        s = q_start if qualifier else m.start()
        found.append(
            Figure(kind, s, fig_end, text[s:fig_end], low, unit, qualifier, high, vague=True)
        )
    return found


def _a_units(lowered: str, start: int) -> list[Number]:
    """ "within a mile", "a kilogram of", "half a percent": one (or a half) of a unit, in
    the lower-cased sentence ``lowered`` that starts at ``start``."""
    found = []
    for m in _A_UNIT.finditer(lowered):
        at = m.start()
        if at and (lowered[at - 1].isalnum() or _RATE_BEFORE_A.search(lowered, max(0, at - 5), at)):
            continue  # "ka mile", "$81.20 a barrel"
        half = lowered.endswith("half ", 0, at) and not lowered[at - 6 : at - 5].isalpha()
        value = Decimal("0.5") if half else Decimal(1)
        found.append(Number(start + at - 5 * half, start + at + 1, value, True))
    return found


def fraction_numbers(text: str, start: int, end: int) -> list[Number]:
    """Mixed numbers, "half a dozen", "a single", "a mile" and slash fractions, as numbers to
    classify."""
    found: list[Number] = []
    lowered = text[start:end].lower()
    hinted = any(word in lowered for word in _MIXED_HINTS)
    mixed = _MIXED.finditer(text, start, end) if hinted else ()
    for m in mixed:
        if m.group("halfdozen"):
            found.append(Number(m.start(), m.end(), Decimal(6), True))
        elif m.group("single"):
            found.append(Number(m.start(), m.end(), Decimal(1), True))
        else:
            whole = m.group("whole")
            value = Decimal(whole) if whole.isdigit() else Decimal(parse_words(whole) or 0)
            part = Decimal(1) / Decimal(FRACTION_DENOMINATORS[m.group("frac").lower()])
            found.append(Number(m.start(), m.end(), value + part, not whole.isdigit()))
    if len(lowered) == end - start:  # offsets hold in the lower-cased copy
        found += _a_units(lowered, start)
    if "/" in lowered:
        for m in _SLASH.finditer(text, start, end):
            a, b = int(m.group("a")), int(m.group("b"))
            if 0 < a < b:
                whole = _WHOLE_BEFORE.search(text, max(start, m.start() - 8), m.start())
                at, value = (whole.start(), Decimal(whole.group(1))) if whole else (m.start(), 0)
                found.append(Number(at, m.end(), value + Decimal(a) / Decimal(b), False))
    return found
