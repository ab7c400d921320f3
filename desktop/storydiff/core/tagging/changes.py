"""Figures stated as changes: "fell from $2,415 to $2,315", "rose to 3.8% from 3.5%",
"fell 3%", "a 2.1% drop".

A newer level whose older value the sentence states gets ``Change(direction, older)``;
an amount of change gets ``Change(direction, None)``. Values keep their sign as written:
"a 2.1% drop" is 2.1 with direction "down", not -2.1.
"""

from __future__ import annotations

import re
from dataclasses import replace

from storydiff.core.patterns import compile_pattern
from storydiff.core.tagging.lexicon import CHANGE_DOWN, CHANGE_NOUNS, CHANGE_UP, MOVEMENT_VERBS
from storydiff.core.tagging.records import Change, Figure
from storydiff.core.tagging.vocabulary import QUALIFIERS
from storydiff.core.tagging.wordtrie import word_trie

_VERB = word_trie(set(CHANGE_UP) | set(CHANGE_DOWN))
_QUALIFIER = "|".join(re.escape(q) for q in sorted(QUALIFIERS, key=len, reverse=True))
# "fell from" / "rose from a record" before the older figure.
_FROM_BEFORE = compile_pattern(
    rf"\b(?P<verb>{_VERB})\b(?:\s+[\w.%-]+){{0,4}}?\s+from\s+(?:[\w-]+\s+){{0,5}}?$", re.I
)
_TO_GAP = compile_pattern(r"(?:\s*,)?(?:\s+[\w()-]+){0,8}?\s+to\s+")  # "12 GW (GW) in 2015 to"
# "rose to" before the newer figure when the older follows: "rose to 3.8% from 3.5%".
_TO_BEFORE = compile_pattern(rf"\b(?P<verb>{_VERB})\b(?:\s+[a-z]+){{0,3}}?\s+to\s+$", re.I)
# An amount of change right after the verb: "fell 3%", "rose by 15,000", "down nearly 2%".
_AMOUNT_BEFORE = compile_pattern(
    rf"\b(?P<verb>{_VERB})(?:\s+(?:by|a|an|some|another))?(?:\s+(?:just|only))?"
    rf"(?:\s+(?:{_QUALIFIER}))?\s+$",
    re.I,
)
# "cut spending by $5m": the verb, its object, then "by".
_BY_BEFORE = compile_pattern(
    rf"\b(?P<verb>{_VERB})\b(?:\s+[\w'’-]+){{0,6}}?\s+by\s+(?:an?\s+(?:[a-z]+\s+)?)?"
    rf"(?:(?:{_QUALIFIER})\s+)?$",
    re.I,
)
# "shrank at a steep annual rate of", "declined at a" (before "1.4% annualized pace").
_PACE_BEFORE = compile_pattern(
    rf"\b(?P<verb>{_VERB})\s+at\s+an?\s+(?:[\w-]+\s+){{0,3}}?(?:(?:rate|pace)\s+of\s+)?$", re.I
)
# A change noun right after the figure: "a 2.1% drop", "a 10 percent increase".
_NOUN_AFTER = compile_pattern(rf"[\s-]+(?P<verb>{word_trie(set(CHANGE_NOUNS))})\b", re.I)
# A change noun and "of" right before the figure: "an increase of 12%", "a drop of $5m".
_NOUN_OF_BEFORE = compile_pattern(
    rf"\b(?:an?|the)\s+(?:\w+\s+)?(?P<verb>{word_trie(set(CHANGE_NOUNS))})\s+of\s+"
    rf"(?:(?:{_QUALIFIER})\s+)?$",
    re.I,
)
_UP_NOUNS = frozenset("rise rises increase increases gain gains jump jumps hike hikes surge surges "
                      "growth expansion rebound boost".split())  # fmt: skip
_UP = frozenset(CHANGE_UP)
# "... up from $20 billion", "down from a strong 2 per cent"
_UP_FROM = compile_pattern(
    r"(?:\s+[\w-]+){0,8}?\s*,?\s*(?P<verb>up|down)\s+from\s+(?:(?:an?|the)\s+[a-z]+\s+)?"
)
_CHANGE_WORDS = frozenset(CHANGE_UP) | frozenset(CHANGE_DOWN) | frozenset(CHANGE_NOUNS)
# After an amount of change: the same change in other units ("fell 25 points, or 1%") or
# the level it reached ("fell 25 points to 2,704", "2.6 basis points higher at 3.65%").
_SAME_CHANGE_GAP = compile_pattern(r"(?:\s+(?:higher|lower))?(?:\s*,?\s+or\s+|\s*\()")
_LEVEL_GAP = compile_pattern(
    rf"(?:\s*,)?(?:\s+[\w-]+){{0,3}}?\s*,?\s+(?:to|at)\s+(?:(?:{_QUALIFIER})\s+)?"
)
# A direction right after an amount: "closed 0.7 per cent higher", "2.6 basis points higher".
_DIRECTION_AFTER = compile_pattern(r"\s+(?P<verb>higher|lower)\b")
# A verb and "to" before a level with no older value stated: "plunged to minus 17.3C",
# "climbed on Tuesday to at least 585", "tumbled, to 11".
_LEVEL_AFTER_VERB = compile_pattern(
    rf"\b(?P<verb>{_VERB})\b,?(?:\s+(?!(?:{_VERB})\b)[a-z]+){{0,3}}?,?\s+to\s+"
    rf"(?:(?:{_QUALIFIER})\s+)?$",
    re.I,
)
_LETTERS = compile_pattern(r"[a-z]+")
# "gold fell 45 cents", "futures were up 80 cents" (not "racked up $9bn": an amount).
_WAS_UP = compile_pattern(
    r"\b(?:is|are|was|were|closed|ended|traded|settled)\s+(?:up|down)\b", re.I
)


def mark_changes(text: str, figures: list[Figure], start: int, end: int) -> list[Figure]:
    """``figures`` (the sentence ``text[start:end]``, in text order) with their changes."""
    if not figures or _CHANGE_WORDS.isdisjoint(_LETTERS.findall(text[start:end].lower())):
        return figures
    out = list(figures)
    for i, figure in enumerate(out):
        if figure.value is None or isinstance(figure.value, str) or figure.change:
            continue
        change = (
            _from_to(text, out, i, start)
            or _amount(text, figure, start)
            or _after_amount(text, out, i)
            or _level_after_verb(text, figure, start)
        )
        if change is not None:
            out[i] = replace(figure, change=change)
    return out


def _from_to(text: str, figures: list[Figure], i: int, start: int) -> Change | None:
    """The newer of two figures of a from/to pair, with the older value."""
    figure = figures[i]
    older = next((f for f in reversed(figures[:i]) if f.kind == figure.kind), None)
    if older is not None and _TO_GAP.fullmatch(text, older.end, figure.start):
        # "fell from $2,415 to $2,315", "increased from £110,570 in the first quarter to £121,881"
        window = text[max(start, older.start - 60) : older.start]
        found = _FROM_BEFORE.search(window)
        if found:
            return _change(found.group("verb"), older, figure)
    if i + 1 < len(figures):
        older = figures[i + 1]
        gap = text[figure.end : older.start]
        window = text[max(start, figure.start - 60) : figure.start]
        if re.fullmatch(r"\s*,?\s*(?:up\s+|down\s+)?from\s+", gap) and _TO_BEFORE.search(window):
            return _change(_TO_BEFORE.search(window).group("verb"), older, figure)
    later = next((f for f in figures[i + 1 :] if f.kind == figure.kind), None)
    if later is not None:  # "$45 billion of two-week loans, up from $20 billion"
        stated = _UP_FROM.fullmatch(text, figure.end, later.start)
        if stated:
            return _change(stated.group("verb"), later, figure)
    return None


def _change(verb: str, older: Figure, newer: Figure) -> Change | None:
    if older.kind != newer.kind or older.high is not None or newer.high is not None:
        return None
    numbers = isinstance(older.value, (int, float)) and isinstance(newer.value, (int, float))
    if numbers and older.value != newer.value:
        return Change("up" if newer.value > older.value else "down", older.value)
    return Change("up" if verb.lower() in _UP else "down", older.value)


def _after_amount(text: str, figures: list[Figure], i: int) -> Change | None:
    """The same change in other units after an amount ("fell 25 points, or 1 percent") or a
    level ("A$189.6m ($171.3m)"), or the level an amount reached ("... to 2,704"): the
    same direction."""
    if not i:
        return None
    amount, figure = figures[i - 1], figures[i]
    change = amount.change
    if change is None:
        return None
    is_level = change.level or change.older is not None
    if _SAME_CHANGE_GAP.fullmatch(text, amount.end, figure.start):
        return Change(change.direction, level=is_level)  # "A$189.6m ($171.3m)" too
    if not is_level and _LEVEL_GAP.fullmatch(text, amount.end, figure.start):
        return Change(change.direction, level=True)
    return None


def _level_after_verb(text: str, figure: Figure, start: int) -> Change | None:
    """A new level after a verb of change and "to", no older value said: "plunged to minus
    17.3C"."""
    if figure.kind not in ("percent", "money", "count", "number"):
        return None
    if "to " not in text[max(start, figure.start - 20) : figure.start]:
        return None  # the cheap test first: most figures follow no "to"
    found = _LEVEL_AFTER_VERB.search(text, max(start, figure.start - 50), figure.start)
    if found is None:
        return None
    return Change("up" if found.group("verb").lower() in _UP else "down", level=True)


def _amount(text: str, figure: Figure, start: int) -> Change | None:
    """An amount of change: "fell 3%", "a 2.1% drop", "0.7 per cent higher"."""
    if figure.kind not in ("percent", "money", "count", "number"):
        return None
    after = _DIRECTION_AFTER.match(text, figure.end)
    if after and figure.kind != "count":
        return Change("up" if after.group("verb").lower() in _UP else "down")
    noun = _NOUN_AFTER.match(text, figure.end) if figure.kind != "count" else None
    noun = noun or _NOUN_OF_BEFORE.search(text, max(start, figure.start - 40), figure.start)
    if noun:  # "a 2.1% drop", "an increase of 12%"
        return Change("up" if noun.group("verb").lower() in _UP_NOUNS else "down")
    before = _AMOUNT_BEFORE.search(text, max(start, figure.start - 40), figure.start)
    by = _BY_BEFORE.search(text, max(start, figure.start - 70), figure.start)
    pace = _PACE_BEFORE.search(text, max(start, figure.start - 60), figure.start) if (
        figure.kind == "percent") else None  # fmt: skip
    if pace is not None:  # "shrank at a 3.8 percent pace", "grew at an annual rate of 2%"
        return Change("up" if pace.group("verb").lower() in _UP else "down")
    if by is not None:  # "cut spending by $5m", "rose sharply by 3%"
        return Change("up" if by.group("verb").lower() in _UP else "down")
    if before is None:
        return None
    verb = before.group("verb").lower()
    priced = figure.kind == "money" or figure.unit in ("cents", "pence")
    moved = priced and (
        verb in MOVEMENT_VERBS
        or (verb in ("up", "down") and _WAS_UP.search(text, max(start, before.start() - 12),
                                                      before.end()) is not None)
    )  # fmt: skip
    if (
        figure.kind in ("money", "count")
        and not moved
        and not re.search(r"\bby\b", before.group(), re.I)
    ):
        return None  # "raised $5m", "lost 300 jobs": an amount, not a change of one
    return Change("up" if before.group("verb").lower() in _UP else "down")
