"""Text normalisation for comparison, always keeping offsets into the original.

Comparison treats typographic quotes, dashes and spaces as their plain forms
and ignores Unicode composition differences, but every offset the core reports
points into the text exactly as the user gave it.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from storydiff.core.patterns import compile_pattern

_TYPOGRAPHIC = {
    # quotes
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"', "\u2039": "'", "\u203a": "'",
    # dashes and minus
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
    "\u2015": "-", "\u2212": "-",
    # spaces
    "\u00a0": " ", "\u2002": " ", "\u2003": " ", "\u2004": " ", "\u2005": " ",
    "\u2006": " ", "\u2007": " ", "\u2008": " ", "\u2009": " ", "\u200a": " ",
    "\u202f": " ", "\u205f": " ", "\u3000": " ",
}  # fmt: skip
_TABLE = str.maketrans(_TYPOGRAPHIC)

# A word (numbers keep their separators: 370,000 and 1.5 stay one token),
# a run of white space, or one other character.
_TOKEN = compile_pattern(r"\w+(?:[.,'\u2019]\w+)*|\s+|[^\w\s]")


def plain(text: str) -> str:
    """Map typographic quotes, dashes and spaces to plain ones; same length."""
    return text if text.isascii() else text.translate(_TABLE)  # the table maps non-ASCII only


def comparison_key(text: str) -> str:
    """The form two pieces of text must share to count as equal."""
    if text.isascii():  # already composed, and the table maps only non-ASCII characters
        return text
    return unicodedata.normalize("NFC", text).translate(_TABLE)


def sentence_key(text: str) -> str:
    """A key for exact sentence matching: case and spacing do not matter."""
    return " ".join(comparison_key(text).casefold().split())


@dataclass(frozen=True, slots=True)
class Token:
    """A word, space run or punctuation mark at ``start:end`` of the original."""

    start: int
    end: int
    key: str


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Split ``text`` into tokens covering it completely, in order."""
    tokens = []
    for m in _TOKEN.finditer(text):
        start, end = m.span()
        tokens.append(Token(start + offset, end + offset, _token_key(m.group())))
    return tokens


def _token_key(token: str) -> str:
    """Runs of spaces compare equal; a line break still counts."""
    if token.isspace():
        return "\n" if "\n" in token else " "
    if token.isascii():
        return token
    return comparison_key(token)


_WORD = compile_pattern(r"\w+(?:[.,'\u2019]\w+)*")


def words(text: str) -> list[str]:
    """Lower-cased words of ``text`` in comparison form (numbers without separators)."""
    key = comparison_key(text).casefold()
    if "," not in key:  # no number with separators: the words as found
        return _WORD.findall(key)
    return [word.replace(",", "") if word[0].isdigit() else word for word in _WORD.findall(key)]
