"""The words a figure's measure is read from: its sentence as tokens, the clause around
the figure, and the state of the rules reading it (:mod:`.measure_rules`)."""

from __future__ import annotations

import bisect
from typing import NamedTuple

from storydiff.core.patterns import compile_pattern
from storydiff.core.tagging.measure_lexicon import CLAUSE_MARKS, EVENT_NOUNS
from storydiff.core.tagging.records import Figure

_TOKEN = compile_pattern(r"[A-Za-z][\w'’.-]*[A-Za-z]|[A-Za-z]|\d[\d,.]*%?|[;:—–(),]")
WINDOW = 110  # characters read either side of a sentence's figures
FIGURE = "#figure"  # stands for another figure's words in the context
# Words of a multiplier figure ("five-fold", "more than tripled", "twice as many").
_MULTIPLE = compile_pattern(r"(?i)fold\b|doubl|tripl|quadrupl|\btwice\b")
# Kinds compared with each other: a bare "23" in a headline is the same fact as "23 people".
KIND_GROUPS = {"count": "count", "number": "count"}
# Words of a name between a year and the event it names ("the 1998 Varn earthquake").
_NAME_WORDS = 2
_RELATIVE_PRONOUNS = frozenset({"that", "which"})
# Words from "since" to an "in" that still tells its starting point ("since it came to power in").
_SINCE_REACH = 6
# Characters from "that"/"which" to a figure its relative clause tells ("that claimed about").
_RELATIVE_REACH = 40
# Words before a year that make it the frame of its clause: "in 1953", "across 2023".
_YEAR_LINKS = frozenset({"in", "across", "throughout", "during"})
# Kinds of figure that say when: a figure's own words go on past them.
_WHEN_KINDS = frozenset({"ordinal", "year"})


class Token(NamedTuple):
    word: str  # lower case
    start: int
    end: int
    capital: bool = False
    mark: bool = False  # a clause mark: ; : — ( )


def tokens(text: str, start: int, end: int) -> list[Token]:
    """The words, numbers and clause marks of ``text[start:end]``, lower case, with offsets."""
    window = text[start:end]
    lowered = window.lower().replace("’", "'")
    new = tuple.__new__
    found = []
    for match in _TOKEN.finditer(window):
        a, b = match.span()
        word = lowered[a:b]
        found.append(
            new(Token, (word, start + a, start + b, window[a].isupper(), word in CLAUSE_MARKS))
        )
    return found


class Reading:
    """The state of the rules for one figure: what they found so far."""

    def __init__(self, figure: Figure) -> None:
        self.kind = KIND_GROUPS.get(figure.kind, figure.kind)
        if figure.kind == "number" and not figure.unit and _MULTIPLE.search(figure.text):
            self.kind = "times"  # "tripled", "five-fold": a number of times, never a count
        self.quantity = ""
        self.event = ""
        self.period = ""
        self.place = ""
        self.rules: list[str] = []
        self.subject: list[str] = []  # the words the quantity was read from

    def set(self, rule: str, **fields: str) -> None:
        changed = False
        for name, value in fields.items():
            if value and not getattr(self, name):
                setattr(self, name, value)
                changed = True
        if changed:
            self.rules.append(rule)

    def fields(self) -> tuple[str, str, str, str, str, tuple[str, ...]]:
        """What the rules found: kind, quantity, event, period, place and their names."""
        return (self.kind, self.quantity, self.event, self.period, self.place, tuple(self.rules))


class Sentence:
    """What all figures of one sentence share: its words, which figure covers each word,
    whether it is a title-case headline, and where years are said "in 1953"."""

    def __init__(self, tokens: list[Token], figures: list[Figure]) -> None:
        self.tokens = tokens
        self.starts = [t.start for t in tokens]
        self.owner = [-1] * len(tokens)  # index of the figure covering each token
        for k, f in enumerate(figures):
            for i in range(bisect.bisect_left(self.starts, f.start), len(tokens)):
                if tokens[i].start >= f.end:
                    break
                self.owner[i] = k
        words = [t for t in tokens if t.word[0].isalpha()]
        # A headline in title case: capitals say nothing about names there.
        self.title_case = len(words) > 3 and sum(t.capital for t in words) > 0.6 * len(words)
        self.opening_place = ""  # set by the reader: "In Dhading district, ..."
        after_in = {t.end + 1 for t in tokens if t.word in _YEAR_LINKS}
        # "in the 2016-17 season", "in the 2017 election": a year after "in the" frames too
        after_in |= {
            t.end + 1
            for k, t in enumerate(tokens[1:], 1)
            if t.word == "the" and tokens[k - 1].word == "in"
        }
        self.years_in = [
            (f.start, f.value) for f in figures if f.kind == "year" and f.start in after_in
        ]
        self.years = {f.start for f in figures if f.kind == "year"}
        # figures that say when, which a figure's own words read past ("rose 0.4% in the
        # second quarter of 2019 compared to the same period last year")
        self.when = [f.kind in _WHEN_KINDS for f in figures]
        # a year of a "since" phrase ("since her party took power in 2009"): a starting
        # point, that frames no figure past the comma that ends the phrase
        self.since_years = {
            tokens[k + 2].start
            for k in range(len(tokens) - 2)
            if tokens[k + 1].word == "in"
            and tokens[k + 2].start in after_in
            and "since" in (u.word for u in tokens[max(0, k - _SINCE_REACH) : k + 1])
        }
        # "the 1998 Varn earthquake": (year's offset, year, offset of "that"/"which" after)
        self.events_named = [named for f in figures if (named := self._names_event(f))]

    def _names_event(self, year: Figure) -> tuple[int, object, int] | None:
        """A year that names an event, and where a relative clause on that event opens:
        "the 1998 Varn earthquake and flood that claimed about 600 lives", "the
        largest since 2006, when more than 40 people died"."""
        if year.kind != "year":
            return None
        k = bisect.bisect_left(self.starts, year.start)
        after = [t for t in self.tokens[k + 1 : k + 3] if t.word != ","]
        comma = self.tokens[k].word.endswith(",") or self.tokens[k + 1 : k + 2] != after[:1]
        if comma and after and after[0].word == "when":  # "since 2006, when 40 people died"
            return (year.start, year.value, after[0].start)
        if k == 0 or self.tokens[k - 1].word.lower() != "the":
            return None
        following = [t.word.lower() for t in self.tokens[k + 1 : k + 2 + _NAME_WORDS]]
        if not any(word in EVENT_NOUNS for word in following):
            return None
        for token in self.tokens[k + 1 : k + 2 + 2 * _NAME_WORDS]:
            if token.word in _RELATIVE_PRONOUNS:
                return (year.start, year.value, token.start)
        return None


class Context:
    """The words around one figure: before it and after it in its clause."""

    def __init__(self, sentence: Sentence, figure: Figure, n: int) -> None:
        tokens, owner = sentence.tokens, sentence.owner
        first = bisect.bisect_left(sentence.starts, figure.start)
        last = first
        while last < len(tokens) and tokens[last].start < figure.end:
            last += 1
        self.earlier_of_previous = False
        self.current_of_previous = False
        self.title_case = sentence.title_case
        self.opening_place = sentence.opening_place
        lo = first
        while lo > 0 and not tokens[lo - 1].mark:
            lo -= 1
        hi = last
        while hi < len(tokens) and not tokens[hi].mark:
            hi += 1
        self.before = tokens[lo:first]
        # "- Harbour Party: 209 seats": the words a colon right before the clause labels it with
        self.label: list[Token] = []
        if lo >= 1 and lo == first and tokens[lo - 1].word == ":":
            k = lo - 1
            while k > 0 and not tokens[k - 1].mark:
                k -= 1
            self.label = tokens[k : lo - 1]
        # "the Harbour Party (HP) won six seats": the name before a bracketed short
        # form that the clause follows
        self.named_before_bracket: list[Token] = []
        if lo >= 4 and tokens[lo - 1].word == ")" and tokens[lo - 3].word == "(":
            k = lo - 3
            while k > 0 and not tokens[k - 1].mark:
                k -= 1
            self.named_before_bracket = tokens[k : lo - 3]
        # "165,000 (down from 240,000)": the clause opens a bracket right after a figure
        # or a word after it ("rose 5.1% annualized (5.5% prev.)")
        self.bracketed_after_figure = (
            lo >= 2
            and tokens[lo - 1].word == "("
            and (
                owner[lo - 2] not in (-1, n)
                or (lo >= 3 and owner[lo - 3] not in (-1, n) and tokens[lo - 2].word.isalpha())
            )
        )
        self.after = tokens[last:hi]
        # Another figure's words before this one collapse into one mark, FIGURE.
        self.before_words: list[str] = []
        for i in range(lo, first):
            word = FIGURE if owner[i] not in (-1, n) else tokens[i].word
            if not (word == FIGURE and self.before_words[-1:] == [FIGURE]):
                self.before_words.append(word)
        # After the figure up to the next figure: its own period and place.
        self.own_after = []
        self.own_after_tokens: list[Token] = []  # the same words, with case and offsets
        for i in range(_past_conversion(tokens, owner, last, n), len(tokens)):
            if (owner[i] not in (-1, n) and not sentence.when[owner[i]]) or (
                tokens[i].mark and i >= hi
            ):
                break
            self.own_after.append(tokens[i].word)
            self.own_after_tokens.append(tokens[i])
        start = tokens[lo].start if lo < hi else figure.start
        end = tokens[hi - 1].end if lo < hi else figure.end
        # Years said "in 1953" in the same clause.
        # The nearest first: the year right after the figure ("1.1% in 2027 and 1.6% in
        # 2028"), else the last one before it, else any other.
        own_end = figure.end + 8  # " in 2027" right after the figure
        # a year after another figure is that figure's ("150 seats, far fewer than the 211 it
        # won in 2015"), not this one's
        next_figure = next(
            (
                tokens[i].start
                for i in range(last, hi)
                if owner[i] not in (-1, n) and tokens[i].start not in sentence.years
            ),
            end,
        )
        commas = [t.start for t in tokens[lo:first] if t.word == ","]
        found = [
            (at, value)
            for at, value in sentence.years_in
            if start <= at < end
            and (at < figure.start or at < next_figure)
            and not (at in sentence.since_years and any(c > at for c in commas))
        ]
        # the year of an event the figure's relative clause tells of ("the 1998 quake that
        # claimed 140 lives"), whatever the commas; not "the 2021 quake was the worst to hit"
        found += [
            (at, value)
            for at, value, which in sentence.events_named
            if which < figure.start <= which + _RELATIVE_REACH
        ]
        found = [(at, value) for at, value in found if at != figure.start]
        self.year_right_after = next(
            (value for at, value in found if figure.end <= at <= own_end), None
        )
        self.years = [
            value
            for _, value in sorted(
                found,
                key=lambda y: (
                    (0, y[0])
                    if figure.end <= y[0] <= own_end
                    else (1, -y[0])
                    if y[0] < figure.start
                    else (2, y[0])
                ),
            )
        ]


def _past_conversion(tokens: list[Token], owner: list[int], k: int, n: int) -> int:
    """Where a figure's own words go on: past a bracketed conversion right after it ("$2m
    (£1.6m) in legal costs": the costs are the $2m's), else at ``k``."""
    if k >= len(tokens) or tokens[k].word != "(":
        return k
    inner = k + 1
    while inner < len(tokens) and owner[inner] not in (-1, n):
        inner += 1
    if inner == k + 1 or inner >= len(tokens) or tokens[inner].word != ")":
        return k
    return inner + 1


def _clause_tail(tokens: list[Token]) -> list[Token]:
    for k in range(len(tokens) - 1, -1, -1):
        if tokens[k].mark:
            return tokens[k + 1 :]
    return tokens


def _clause_head(tokens: list[Token]) -> list[Token]:
    for k, token in enumerate(tokens):
        if token.mark:
            return tokens[:k]
    return tokens
