"""Cheap first tests: which sentences can hold a figure or an attribution at all.

One scan of the whole text per test, matches bucketed by sentence, so the
finders (dozens of patterns each) only run on sentences that may need them.
Each test is a superset of what its finders can match, so results do not change.
"""

from __future__ import annotations

import bisect
import re

from storydiff.core.model import Sentence
from storydiff.core.patterns import compile_pattern
from storydiff.core.tagging.cues import _ALL, BASE_FORMS
from storydiff.core.tagging.dates import MONTHS
from storydiff.core.tagging.lexicon import UNITS_AFTER_A
from storydiff.core.tagging.numbers import ORDINAL_WORDS, SCALES, TENS, UNITS
from storydiff.core.tagging.wordtrie import word_trie

_NUMBER_WORDS = (
    set(UNITS) | set(TENS) | set(SCALES) | set(ORDINAL_WORDS) | {m for m in MONTHS if len(m) > 3}
    | {"dozen", "half", "halves", "thirds", "quarter", "quarters", "fifths", "dozens", "scores",
       "hundreds", "thousands", "millions", "billions", "doubled", "doubling", "tripled",
       "tripling", "quadrupled", "quadrupling", "double", "triple", "twice"}
)  # fmt: skip


# "within a mile", "a kilogram of": "a" counts one of a unit (amounts.py, _a_units); in the
# one trie, so the scan stays one alternation.
_A_UNITS = {f"a {unit}" for unit in (*UNITS_AFTER_A, "percent", "per cent", "percentage")}
FIGURE_HINT = compile_pattern(r"\d|\b" + word_trie(_NUMBER_WORDS | _A_UNITS) + r"\b", re.IGNORECASE)
# The same test for lower-cased text: case-sensitive scanning is about twice as fast.
FIGURE_HINT_LOWER = compile_pattern(FIGURE_HINT.pattern)
SOURCE_HINT = compile_pattern(r"\b(?:[Aa]ccording|" + word_trie(set(_ALL) | BASE_FORMS) + r")\b")


def hinted(text: str, sentences: list[Sentence], hint: re.Pattern[str]) -> list[Sentence]:
    """The sentences, in order, in which ``hint`` matches; after a hit the scan jumps to
    the end of that sentence."""
    starts = [s.start for s in sentences]
    chosen: list[Sentence] = []
    pos = starts[0] if starts else 0
    while True:
        m = hint.search(text, pos)
        if m is None:
            return chosen
        i = bisect.bisect_right(starts, m.start()) - 1
        if i >= 0 and m.start() < sentences[i].end:
            chosen.append(sentences[i])
            pos = sentences[i].end
        else:
            pos = m.end()
