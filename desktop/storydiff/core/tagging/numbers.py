"""Read numbers as news writes them: "370,000", "1.5 million", "$5.2bn", "300k",
"three hundred thousand", "a dozen", "twenty-five", "80th", "second".

Values come back as ``int`` when whole, else ``float``; exact decimal
arithmetic underneath, so "5.2bn" is 5200000000, not 5200000000.000001.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from storydiff.core.patterns import compile_pattern
from storydiff.core.tagging.lexicon import SCALE_ABBREVIATIONS, SCALE_WORDS
from storydiff.core.tagging.wordtrie import word_trie

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
# Scales a word number can end with ("three hundred thousand"); "lakh" and "crore" are read
# after digits only ("3 lakh").
SCALES = {w: f for w, f in SCALE_WORDS.items() if not w.endswith("s")}
# Every scale written after digits: "4 hundred", "300k", "$5.2bn", "3 lakh", "8 B".
SHORT_SCALES = {**SCALE_WORDS, **SCALE_ABBREVIATIONS}
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
    "hundredth": 100, "thousandth": 1000,
}  # fmt: skip

_UNIT_WORD = word_trie(set(UNITS))
_TENS_WORD = word_trie(set(TENS))
_SCALE_WORD = word_trie(set(SCALES))
_SIMPLE = rf"(?:(?:{_TENS_WORD})(?:[-\s](?:{_UNIT_WORD}))?|{_UNIT_WORD})"
_PART = rf"(?:{_SIMPLE}|{_SCALE_WORD}|dozen)"
# "three hundred thousand", "twenty-five", "two dozen", "one hundred and five",
# "a million", "a dozen", "half a million".
WORD_NUMBER = compile_pattern(
    rf"\b(?:half\s+a\s+(?:{_SCALE_WORD})"
    rf"|an?\s+(?:{_SCALE_WORD}|dozen)(?:\s+(?:and\s+)?{_PART})*"
    rf"|{_SIMPLE}(?:\s+(?:and\s+)?{_PART})*)\b",
    re.IGNORECASE,
)
# The same patterns for lower-cased text: case-sensitive scanning is several times faster.
WORD_NUMBER_LOWER = compile_pattern(WORD_NUMBER.pattern)
_ORD_UNITS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
ORDINAL_WORD = compile_pattern(
    rf"\b(?:(?:{_TENS_WORD})-(?:{_ORD_UNITS})|" + word_trie(set(ORDINAL_WORDS)) + r")\b",
    re.IGNORECASE,
)


def to_number(value: Decimal) -> int | float:
    """``Decimal`` to ``int`` when whole, else ``float``."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def parse_digits(text: str) -> Decimal | None:
    """ "370,000" → 370000, "1.5" → 1.5; ``None`` when not a number."""
    try:
        return Decimal(text.replace(",", "").replace("\u202f", "").replace(" ", ""))
    except InvalidOperation:
        return None


def parse_words(text: str) -> int | None:
    """ "three hundred thousand" → 300000, "twenty-five" → 25, "a dozen" → 12."""
    words = re.findall(r"[a-z]+", text.lower())
    if not words:
        return None
    if words[:2] == ["half", "a"] and len(words) == 3 and words[2] in SCALES:
        return SCALES[words[2]] // 2
    total = current = 0
    seen = False
    for word in words:
        if word in ("a", "an"):
            current = max(current, 1)
        elif word == "and":
            continue
        elif word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "dozen":
            current = max(current, 1) * 12
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in SCALES:
            total += max(current, 1) * SCALES[word]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def parse_ordinal(text: str) -> int | None:
    """ "80th" → 80, "second" → 2, "twenty-first" → 21."""
    lowered = text.lower()
    digits = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", lowered)
    if digits:
        return int(digits.group(1))
    if lowered in ORDINAL_WORDS:
        return ORDINAL_WORDS[lowered]
    if "-" in lowered:
        tens, _, unit = lowered.partition("-")
        if tens in TENS and unit in ORDINAL_WORDS:
            return TENS[tens] + ORDINAL_WORDS[unit]
    return None


ORDINAL_WORD_LOWER = compile_pattern(ORDINAL_WORD.pattern)
