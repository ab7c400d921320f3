"""Cheap first tests: which sentences can hold a figure or an attribution at all.

One scan of the whole text per test, matches bucketed by sentence, so the
finders (dozens of patterns each) only run on sentences that may need them.
Each test is a superset of what its finders can match, so results do not change.
"""

from __future__ import annotations

import bisect
import re

from storydiff.core.model import Sentence
from storydiff.core.tagging.cues import _ALL, BASE_FORMS
from storydiff.core.tagging.dates import MONTHS
from storydiff.core.tagging.numbers import ORDINAL_WORDS, SCALES, TENS, UNITS
from storydiff.core.tagging.wordtrie import bounded_word_trie, word_trie

_NUMBER_WORDS = (
    set(UNITS) | set(TENS) | set(SCALES) | set(ORDINAL_WORDS) | {m for m in MONTHS if len(m) > 3}
    | {"dozen", "half", "halves", "thirds", "quarter", "quarters", "fifths", "dozens", "scores",
       "hundreds", "thousands", "millions", "billions"}
)  # fmt: skip


FIGURE_HINT = re.compile(r"\d|\b" + word_trie(_NUMBER_WORDS) + r"\b", re.IGNORECASE)
# The same test for lower-cased text, as two patterns searched together (a digit, a number
# word): each then starts with a character the regex engine can skip ahead to.
FIGURE_HINT_LOWER = (re.compile(r"\d"), re.compile(bounded_word_trie(_NUMBER_WORDS)))
SOURCE_HINT = re.compile(bounded_word_trie(set(_ALL) | BASE_FORMS | {"according", "According"}))


Hint = re.Pattern[str] | tuple[re.Pattern[str], ...]


def hinted(text: str, sentences: list[Sentence], hint: Hint) -> list[Sentence]:
    """The sentences, in order, in which ``hint`` matches (patterns in a tuple: any of
    them); after a hit the scan jumps to the end of that sentence."""
    starts = [s.start for s in sentences]
    chosen: list[Sentence] = []
    pos = starts[0] if starts else 0
    search = _first_of(hint if isinstance(hint, tuple) else (hint,), text)
    while True:
        m = search(pos)
        if m is None:
            return chosen
        i = bisect.bisect_right(starts, m.start()) - 1
        if i >= 0 and m.start() < sentences[i].end:
            chosen.append(sentences[i])
            pos = sentences[i].end
        else:
            pos = m.end()


def _first_of(patterns: tuple[re.Pattern[str], ...], text: str):
    """``search(pos)``: the leftmost match in ``text`` from ``pos`` of any of ``patterns``
    (the earlier pattern first at one position), as their alternation would find it. Each
    pattern's next match is kept while it lies ahead, so a forward scan reads the text
    once per pattern."""
    ahead: list[re.Match[str] | bool | None] = [None] * len(patterns)

    def search(pos: int) -> re.Match[str] | None:
        best = None
        for k, pattern in enumerate(patterns):
            found = ahead[k]
            if found is None or (found is not False and found.start() < pos):
                found = ahead[k] = pattern.search(text, pos) or False
            if found is not False and (best is None or found.start() < best.start()):
                best = found
        return best

    return search
