"""Reading around a number: the words after it and whether they name counted things."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from storydiff.core.patterns import compile_pattern
from storydiff.core.tagging.vocabulary import (
    COUNTED_ADJECTIVES,
    IRREGULAR_PLURALS,
    NOT_NOUNS,
    PHRASE_STOP,
)

WORD = compile_pattern(r"\s*([A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*)")


@dataclass(frozen=True, slots=True)
class Number:
    """A number as read, before it is classified."""

    start: int
    end: int  # end of the value expression (scale word included)
    value: Decimal
    words: bool  # written in words
    scale: int = 1  # "million" in "1.5 million", 1 when none

    @property
    def scaled(self) -> bool:
        return self.scale != 1


def phrase_after(text: str, pos: int, limit: int, allow_hyphen: bool = False) -> str | None:
    """The noun phrase read forward from ``pos``: up to three words before a stop word."""
    words = words_after(text, pos, limit, allow_hyphen)
    return " ".join(w for w, _, _ in words) if words else None


def words_after(
    text: str, pos: int, limit: int, allow_hyphen: bool = False, most: int = 3
) -> list[tuple[str, int, int]]:
    words: list[tuple[str, int, int]] = []
    if allow_hyphen and text[pos : pos + 1] == "-":
        pos += 1
    while len(words) < most:
        m = WORD.match(text, pos, limit)
        if not m or (words and "\n" in m.group(0)):
            break
        if not m.group(0)[0].isspace() and pos > 0 and words:
            break
        if words == [] and m.start(1) != pos and not text[pos : m.start(1)].isspace():
            break
        word = m.group(1)
        if word.lower() in PHRASE_STOP and word != "US":  # "2,000 US troops"
            break
        words.append((word, m.start(1), m.end(1)))
        pos = m.end()
    return words


def plural_head(words: list[tuple[str, int, int]]) -> int | None:
    """Index of the plural noun that ends the counted phrase after a number: the first plural,
    with the plurals right after it ("senior officials", not "officials told Reuters")."""
    if words and words[0][0].lower() in COUNTED_ADJECTIVES:
        return 0  # "1,500 injured"
    best = None
    for i, (word, _, _) in enumerate(words):
        if is_plural(word):
            best = i
        elif best is not None:
            break
    return best


def plural_phrase(words: list[tuple[str, int, int]]) -> str | None:
    best = plural_head(words)
    return None if best is None else " ".join(w for w, _, _ in words[: best + 1])


def is_plural(word: str) -> bool:
    lowered = word.lower().split("-")[-1]
    if lowered in IRREGULAR_PLURALS or (lowered.endswith("men") and len(lowered) > 5):
        return True  # "assemblymen", "firemen"
    if lowered in NOT_NOUNS or len(lowered) < 3:
        return False
    return lowered.endswith("s") and not lowered.endswith(("ss", "us", "is", "ous"))
