"""What a number means: its kind, unit, qualifier and value, read from the words around it.

"300,000 troops" is a count of troops, "$5.2bn" money in USD, "over age 30" an
age with the qualifier "over", "two weeks" a duration; the two ends of a range
("between 10 and 15 people", "$5-6bn") share kind, unit and scale.
"""

from __future__ import annotations

import re
from dataclasses import replace

from storydiff.core.patterns import compile_pattern
from storydiff.core.tagging.kinds import FigureKind
from storydiff.core.tagging.lexicon import (
    AMBIGUOUS_CURRENCY_NAMES,
    CHANGE_DOWN,
    CHANGE_UP,
    CONTEXT_CURRENCY_SIGNS,
    CURRENCY_BEFORE,
    CURRENCY_CODES,
    CURRENCY_NAMES,
    GLUED_UNITS,
    TWO_WORD_UNITS,
    UNIT_WORDS,
)
from storydiff.core.tagging.numbers import TENS, UNITS, to_number
from storydiff.core.tagging.phrases import (
    Number,
    is_plural,
    plural_head,
    plural_phrase,
    words_after,
)
from storydiff.core.tagging.records import Figure
from storydiff.core.tagging.vocabulary import (
    CLAUSE_VERBS_AFTER_AND,
    COUNTED_ADJECTIVES,
    MEASURES,
    OUTSIDE_QUALIFIERS,
    QUALIFIER_ALIASES,
    QUALIFIERS,
    TIME_UNITS,
)
from storydiff.core.tagging.wordtrie import word_trie

_PERCENT = compile_pattern(
    r"\s?-?(?P<unit>%|per\s?cent\s+points?\b|percent\s+points?\b|per\s?cent\b|percent\b|pct\b"
    r"|(?-i:pc)\b|percentage[\s-]points?\b)",
    re.IGNORECASE,
)
_SIGNS = sorted(CURRENCY_BEFORE, key=len, reverse=True)
# "$", "US$", "$US", "A$", "€", "RM", "Rs", "USD", "INR" right before the digits.
_CURRENCY_BEFORE = compile_pattern(
    r"(?P<sign>"
    + "|".join(("(?<![A-Za-z])" if s[0].isalpha() else "") + re.escape(s) for s in _SIGNS)
    + r")\s?$"
)
_NAMES = sorted(CURRENCY_NAMES, key=len, reverse=True)
# "dollars", "US dollars", "Australian dollars", "pounds sterling", "euros", "USD".
_CURRENCY_AFTER = compile_pattern(
    r"\s+(?:(?P<code>[A-Z]{3})\b|(?i:(?P<word>"
    + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in _NAMES)
    + r"))\b)"
)
# A unit symbol glued to the digits or after a hyphen: "512GB", "40Mbps", "45m2", "6ft".
_UNIT_GLUED = compile_pattern(rf"-?(?P<unit>{word_trie(set(GLUED_UNITS))})(?![A-Za-z0-9²³])")
_AGE_AFTER = compile_pattern(
    r"[\s-]*(?P<unit>years?|months?|weeks?|days?)[\s-]+old\b|\s+years\s+of\s+age\b",
    re.IGNORECASE,
)
_AGE_BEFORE = compile_pattern(
    r"\b(?:aged?|ages)\s+(?:(?:between|over|under|of)\s+)?$|\b(?:in\s+(?:his|her|their)\s+)$",
    re.IGNORECASE,
)
_TEMPERATURE = compile_pattern(
    r"\s?(?:[°º]\s?|\.(?=[CF]\s)|degrees\s+)?(?P<scale>C|F|Celsius|Fahrenheit|centigrade)\b(?!\.\w)"
    r"|(?P<sign>[°º])"  # "-9°": degrees; the sentence may say which (temperatures.py)
)
_AGE_WORD = compile_pattern(
    r"(?:\b(?P<q>[a-z]+(?:\s[a-z]+)?)\s+)?(?:aged?|ages)\s+(?:(?P<q2>over|under|between)\s+)?$",
    re.IGNORECASE,
)
# "Ana Lima (34)": an age in brackets right after a capitalised name of two words or more.
_AGE_IN_BRACKETS = compile_pattern(r"\b[A-Z][a-z]+\s+[A-Z][\w'’-]+\s\($")
_AGE_APPOSITION = compile_pattern(r"\b(?=[^\W\d_])[^\W\da-z_][^\W\d_'’]*[^\W\d_A-Z]['’]?,\s$")
_TIME_UNIT = compile_pattern(r"(?:\s+|-)(?P<unit>[A-Za-z]+)\b(?!-old)")
# "2-3", "2 to 3", "two-to- four", "2,000 mAh through to 3,000 mAh", "2009 through 2012".
_RANGE_GAP = compile_pattern(r"\s*(?:-|–|—|-?\s*(?:to|through(?:\s+to)?)\s*-?|and|or)\s*")
_CHANGE_VERBS = "(?:" + word_trie(set(CHANGE_UP) | set(CHANGE_DOWN)) + r"|went|moved|changed)\b"
# "fell by 9,000 to 184,000", "rose from 5% to 7%", "jumped 12% to 345p": a change, not a
# range; "cost from $30 to $45" is a range.
_CHANGE = compile_pattern(
    rf"(?:\bby|\b{_CHANGE_VERBS}(?:\s+from)?(?:\s+(?:a|an|the|its|[\w-]+\s+(?:low|high|level|"
    rf"peak|record)\s+of))*)\s+$",
    re.IGNORECASE,
)
# "was revised up by 41,000, from 150,000 to 191,000", "went up 6,000, from a gain of 120,000
# to 126,000": a change told after a comma.
_CHANGE_AFTER_COMMA = compile_pattern(
    rf"\b(?:revised|{_CHANGE_VERBS})[^.;:]{{0,40}}?,\s+from(?:\s+(?:a|an)\s+(?:gain|loss|"
    rf"increase|decrease|rise|fall|drop|decline)\s+of)?\s+$",
    re.IGNORECASE,
)
QUALIFIER = compile_pattern(
    r"(?:^|(?<=[\s(\"'“‘—–-]))(?P<q>"
    + "|".join(re.escape(q) for q in sorted(QUALIFIERS, key=len, reverse=True))
    + r")\s+$",
    re.IGNORECASE,
)
_MORE_BEFORE_NOUN = compile_pattern(r"\s+(?:more|additional|extra|fewer|new|other)(?=\s+[a-z])")
# "2,300 firefighters and police officers": a second counted noun joined by "and".
# ... not "six adults and eight children": the second noun has its own number.
# ... nor "killed 30 people and injured dozens", "and shook houses": a verb after "and"
# starts another clause, and "dozens", "hundreds" are amounts, not a counted noun.
_AND_UNIT = compile_pattern(
    rf"\s+and\s+(?!(?:{word_trie(set(UNITS) | set(TENS))})\b)"
    rf"(?!(?:{word_trie(CLAUSE_VERBS_AFTER_AND)})\b)(?![a-z]+ed\s)"
    r"(?!(?:dozens|scores|hundreds|thousands|millions|billions|others)\b)"
    r"((?:[a-z]+\s+)?(?:[a-z]+s|children|people|women|men))\b(?!\s+(?:of|that|who|which)\b)"
)
_AGE_WORD_ONLY = compile_pattern(r"\b(?:aged?|ages)\b", re.IGNORECASE)
_OLDER = compile_pattern(r"\s+((?:and|or)\s+(?:older|over|above|up|younger|under))\b", re.I)
_QUALIFIER_AFTER = compile_pattern(r"(?:\+|\s+or\s+more\b|\s+plus\b)")
_BELOW_ZERO = compile_pattern(r"(?:\s+degrees)?\s+below(?:\s+zero\b|(?=\s*(?:[.,;:)]|$)))")
_AMOUNTS = frozenset({FigureKind.COUNT, FigureKind.NUMBER, FigureKind.MONEY, FigureKind.PERCENT})


def classify(text: str, n: Number, start: int, end: int) -> Figure | None:
    """The figure the number ``n`` states, or ``None`` ("one of them")."""
    return reading(text, n, start, end)[1]


def reading(text: str, n: Number, start: int, end: int) -> tuple[str, Figure | None]:
    """The rule that read ``n`` and the figure it gave: the words after the number are tried
    first (:data:`AFTER_RULES`), then the words before it (:data:`BEFORE_RULES`)."""
    before = text[max(start, n.start - 40) : n.start]
    # A sign stands right before the digits: only the last few characters can hold it.
    currency = _CURRENCY_BEFORE.search(before[-8:]) if not n.words and before else None
    code = _currency_code(currency) if currency else None
    lead = n.start - (len(currency.group(0)) if currency else 0)
    if code is None and not n.words and before[-1:] in CONTEXT_CURRENCY_SIGNS:
        code = context_currency(text, n.start, start, end)  # "N4.9 trillion" in naira
        lead -= code is not None
    rule, (kind, unit, fig_end) = _after(text, n, end, code is not None)
    if code:
        kind, unit, rule = FigureKind.MONEY, code, "currency_before"
    qualifier, q_start = qualifier_before(text, start, lead)
    if kind is None:
        for before_rule in BEFORE_RULES:
            found = before_rule(text, n, start, end, before)
            if found is not None:
                break
        rule = before_rule.__name__.lstrip("_")
        if found is False:
            return rule, None
        kind, unit, lead, age_qualifier = found
        if age_qualifier is not None:
            qualifier, q_start = age_qualifier
    if kind == FigureKind.AGE and unit is None:
        unit = "years"
    qualifier, fig_end = _qualifier_after(text, kind, qualifier, fig_end, end)
    span_start = q_start if qualifier and qualifier not in OUTSIDE_QUALIFIERS else lead
    value = int(n.value) if kind == FigureKind.YEAR else to_number(n.value)
    if rule == "below_zero":
        value = -value
    figure = Figure(kind, span_start, fig_end, text[span_start:fig_end], value, unit, qualifier)
    return rule, figure


def _qualifier_after(
    text: str, kind: str, qualifier: str | None, fig_end: int, end: int
) -> tuple[str | None, int]:
    """ "65 and older", "40 or more", "300+": a qualifier after the figure."""
    if qualifier is not None:
        return qualifier, fig_end
    older = _OLDER.match(text, fig_end, end) if kind == FigureKind.AGE else None
    if older:
        return " ".join(older.group(1).lower().split()), older.end()
    after_q = _QUALIFIER_AFTER.match(text, fig_end, end)
    if after_q and kind in _AMOUNTS:
        return ("or more" if "more" in after_q.group() else "plus"), (
            after_q.end() if after_q.group() == "+" else fig_end)  # fmt: skip
    return None, fig_end


Reading = tuple[str | None, str | None, int]


def _after(text: str, n: Number, end: int, money: bool) -> tuple[str, Reading]:
    """Kind, unit and figure end from what follows the number, and the rule that read them."""
    for rule in AFTER_RULES:
        found = rule(text, n, n.end, end, money)
        if found is not None:
            return rule.__name__.lstrip("_"), found
    return "nothing_after", (None, None, n.end)


def _percent_after(text: str, n: Number, pos: int, end: int, money: bool) -> Reading | None:
    """ "10.1%", "3 percent", "0.5 percentage points"."""
    percent = _PERCENT.match(text, pos, end)
    if percent and not money:
        unit = "percentage points" if "point" in percent.group("unit").lower() else "percent"
        return FigureKind.PERCENT, unit, percent.end()
    return None


def _currency_after(text: str, n: Number, pos: int, end: int, money: bool) -> Reading | None:
    """ "2 billion dollars", "3.4m pounds", "500 USD"; "won" and "pounds" only after a scale."""
    currency = _CURRENCY_AFTER.match(text, pos, end)
    if currency and (currency.group("code") is None or currency.group("code") in CURRENCY_CODES):
        word = " ".join((currency.group("word") or "").lower().split())
        code = currency.group("code") or CURRENCY_NAMES.get(word, word)
        if word not in AMBIGUOUS_CURRENCY_NAMES or money or n.scaled:
            return FigureKind.MONEY, code, currency.end()
    return (FigureKind.MONEY, None, pos) if money else None


def _unit_glued(text: str, n: Number, pos: int, end: int, money: bool) -> Reading | None:
    """ "512GB", "40Mbps", "45m2", "6ft": the unit is the unit, not a counted noun;
    "50MP", "12 MP" are megapixels where the sentence speaks of cameras (not "(11MP)")."""
    glued = _UNIT_GLUED.match(text, pos, end) if not n.words else None
    if glued is None and text.startswith(" MP", pos) and not n.words:
        glued = _SPACED_MP.match(text, pos, end)
    if glued is None or (glued.group()[0] == "-" and glued.group("unit") not in UNIT_WORDS):
        return None
    unit = GLUED_UNITS[glued.group("unit")]
    if unit == "megapixels" and not CAMERA.search(text, max(0, pos - 150), pos + 150):
        return None
    return FigureKind.NUMBER, unit, glued.end()


_SPACED_MP = compile_pattern(r"\s(?P<unit>MP)\b")
CAMERA = compile_pattern(r"(?i:camera|lens|sensor|selfie|photo|pixel|shooter|macro)")


def _temperature_after(text: str, n: Number, pos: int, end: int, money: bool) -> Reading | None:
    """ "-4C", "26.6F", "233 degrees Celsius"; "-9°" in degrees."""
    temperature = _TEMPERATURE.match(text, pos, end)
    if temperature and temperature.group("sign"):
        return FigureKind.NUMBER, "degrees", temperature.end()
    if temperature:
        scale = "°F" if temperature.group("scale").startswith("F") else "°C"
        return FigureKind.NUMBER, scale, temperature.end()
    return None


def _below_zero(text: str, n: Number, pos: int, end: int, money: bool) -> Reading | None:
    """ "20 below zero", "the wind chill hits 20 below.": a temperature under zero."""
    below = _BELOW_ZERO.match(text, pos, end)
    return (FigureKind.NUMBER, "degrees", below.end()) if below and not n.words else None


def _age_after(text: str, n: Number, pos: int, end: int, money: bool) -> Reading | None:
    """ "30-year-old", "45 years of age"."""
    age = _AGE_AFTER.match(text, pos, end)
    if age:
        return FigureKind.AGE, TIME_UNITS.get((age.group("unit") or "years").lower(), "years"), (
            age.end())  # fmt: skip
    return None


def _decade_after(text: str, n: Number, pos: int, end: int, money: bool) -> Reading | None:
    """ "the 1990s"."""
    if re.match(r"s\b", text[pos:end]) and not n.words and 1800 <= n.value <= 2090:
        return FigureKind.YEAR, None, pos + 1
    return None


def _duration_after(text: str, n: Number, pos: int, end: int, money: bool) -> Reading | None:
    """ "48 hours", "a 10-year plan"."""
    duration = _TIME_UNIT.match(text, pos, end)
    if duration and duration.group("unit").lower() in TIME_UNITS:
        return FigureKind.DURATION, TIME_UNITS[duration.group("unit").lower()], duration.end()
    return None


def _counted_after(text: str, n: Number, pos: int, end: int, money: bool) -> Reading | None:
    """ "300,000 troops", "40 miles", "25 basis points"."""
    found = _counted(text, n, pos, end)
    return found if found[0] is not None else None


def _partitive_after(text: str, n: Number, pos: int, end: int, money: bool) -> Reading | None:
    """ "Five of the protesters", "12 of the victims": a count of the plural noun after
    "of the" (the figure's text stays the number)."""
    if text[pos : pos + 4] != " of " or _is_year(text, n):
        return None
    partitive = _PARTITIVE.match(text, pos, end)
    if partitive is None:
        return None
    words = words_after(text, partitive.end(), end, most=3)
    adjective = ""
    if words and words[0][0].lower() in COUNTED_ADJECTIVES:
        adjective, words = words[0][0] + " ", words[1:]  # "Four of the wounded people"
        if not words or not is_plural(words[0][0]):
            return None  # "Six of the wounded" says no noun
    unit = plural_phrase(words)
    unit = adjective + unit if unit else None
    return (FigureKind.COUNT, unit, pos) if unit else None


_PARTITIVE = compile_pattern(r" of (?:the|these|those|its|their|his|her|our)\s+")

AFTER_RULES = (
    _percent_after,
    _currency_after,
    _unit_glued,
    _temperature_after,
    _below_zero,
    _age_after,
    _decade_after,
    _duration_after,
    _counted_after,
    _partitive_after,
)

# Rules on the words before a number nothing after explained: each returns None (not
# mine), False (not a figure) or (kind, unit, span start, (qualifier, start) or None).
Before = tuple[str, str | None, int, tuple[str | None, int] | None] | bool | None


def _age_before(text: str, n: Number, start: int, end: int, before: str) -> Before:
    """ "aged 65", "over age 30", "in her 40s"."""
    if not _AGE_BEFORE.search(before):
        return None
    qualifier, q_start = _age_qualifier(text, start, n.start)
    lead = q_start if qualifier else _age_word_start(text, start, n.start)
    return FigureKind.AGE, "years", lead, (qualifier, lead)


def _age_apposition(text: str, n: Number, start: int, end: int, before: str) -> Before:
    """ "Jane Smith, 45, said"."""
    return (FigureKind.AGE, "years", n.start, None) if _is_age_apposition(
        text, n, before, end) else None  # fmt: skip


def _year(text: str, n: Number, start: int, end: int, before: str) -> Before:
    return (FigureKind.YEAR, None, n.start, None) if _is_year(text, n) else None


def _lone_one(text: str, n: Number, start: int, end: int, before: str) -> Before:
    """ "one" with nothing counted after it is a pronoun: "one of them"."""
    return False if n.words and n.value < 2 and not n.scaled else None


def _plain_number(text: str, n: Number, start: int, end: int, before: str) -> Before:
    """A number with no unit; "magnitude 6.2", "category 4" name their measure before it."""
    measure = re.search(r"\b(magnitude|category|level)(?:\s+of)?[\s-]+$", before, re.IGNORECASE)
    if measure:  # "magnitude 6.2", "a magnitude of 5.4"
        return FigureKind.NUMBER, measure.group(1).lower(), n.start - len(measure.group(0)), None
    return FigureKind.NUMBER, None, n.start, None


BEFORE_RULES = (_age_before, _age_apposition, _year, _lone_one, _plain_number)


def _counted(text: str, n: Number, pos: int, end: int) -> tuple[str | None, str | None, int]:
    if _is_year(text, n):
        return None, None, pos
    extra = _MORE_BEFORE_NOUN.match(text, pos, end)
    words = words_after(text, extra.end() if extra else pos, end, allow_hyphen=True, most=4)
    if not words:
        return None, None, pos
    if extra and plural_head(words) is None:
        return None, None, pos  # "120 more police officers", not "12 more than"
    first = words[0][0].lower()
    if first == "basis" and len(words) > 1 and words[1][0].lower().startswith("point"):
        return FigureKind.NUMBER, "basis points", words[1][2]
    if len(words) > 1 and f"{first} {words[1][0].lower()}" in TWO_WORD_UNITS:
        return FigureKind.NUMBER, TWO_WORD_UNITS[f"{first} {words[1][0].lower()}"], words[1][2]
    if "-" in first and text[pos : pos + 1] != "-":  # "a 2.4 mile-long tunnel"
        head = first.split("-")[0]
        if head in MEASURES:
            return FigureKind.NUMBER, MEASURES[head], words[0][1] + len(head)
    if first in MEASURES and (len(words) == 1 or words[1][0].lower() not in MEASURES):
        return FigureKind.NUMBER, MEASURES[first], words[0][2]
    best = plural_head(words)
    if best is None and (n.value == 1 or text[pos : pos + 1] == "-") and first[0].islower():
        best = 0  # "one person", "a 10,000-step target"
    if best is None:
        return None, None, pos
    unit_words = words[: best + 1]
    unit, unit_end = " ".join(w for w, _, _ in unit_words), unit_words[-1][2]
    more = _AND_UNIT.match(text, unit_end, end)
    if more and (best == len(words) - 1 or words[best + 1][0] == "and"):
        unit, unit_end = f"{unit} and {more.group(1)}", more.end()
    if unit.lower() == "others":
        return FigureKind.COUNT, None, unit_end  # "14 others": no noun is said
    return FigureKind.COUNT, unit, unit_end


def _is_year(text: str, n: Number) -> bool:
    raw = text[n.start : n.end]
    return (
        not n.words and not n.scaled and re.fullmatch(r"(1[89]\d\d|20\d\d|2100)", raw) is not None
    )


# "…, Ohio (3), Texas (11)": a list of counts by name, either side of one, told by
# a neighbour too small for an age ("John Smith (45), Mary Jones (38)" are ages).
_LISTED_BEFORE = compile_pattern(
    r"\(\d\)\s*,\s*(?:and\s+)?(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*\s*\($"
)
_LISTED_AFTER = compile_pattern(
    r"\s*,\s*(?:and\s+)?(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*\s*\(\d\)"
)


def _is_age_apposition(text: str, n: Number, before: str, end: int) -> bool:
    """ "Jane Smith, 45, said": a person's age between commas."""
    if n.words or n.scaled or not (0 < n.value < 120) or n.value != int(n.value):
        return False
    after = text[n.end : n.end + 2]
    if after[:1] == ")" and _AGE_IN_BRACKETS.search(before):
        if _LISTED_BEFORE.search(before) or _LISTED_AFTER.match(text, n.end + 1):
            return False  # "Utah (4), Texas (11), Iowa (1)": counts listed by place
        return n.value >= 10  # "Portmere captain Ana Lima (34) has signed"
    closed = after[:1] in (",", ")") or (after in (".", ". ") and n.value >= 16)  # "Gómez, 63."
    return closed and bool(_AGE_APPOSITION.search(before))


def _currency_code(m: re.Match[str]) -> str:
    return CURRENCY_BEFORE[m.group("sign")]


_CONTEXT_NAMES = {
    sign: compile_pattern(r"\b(?:" + "|".join(names) + r")\b")
    for sign, (_, names) in CONTEXT_CURRENCY_SIGNS.items()
}


def context_currency(text: str, pos: int, start: int, end: int) -> str | None:
    """The currency of a sign right before ``pos`` that is one only where the sentence
    ``text[start:end]`` names it or a scale follows: "N410" in a sentence about the naira,
    "N412.5bn" → NGN."""
    sign = text[pos - 1 : pos]
    if sign not in CONTEXT_CURRENCY_SIGNS or text[pos - 2 : pos - 1].isalnum():
        return None
    if not (_SCALED.match(text, pos) or _CONTEXT_NAMES[sign].search(text, max(0, start), end)):
        return None
    return CONTEXT_CURRENCY_SIGNS[sign][0]


# "N412.5bn", "N4.9 trillion": an amount with a scale is money, whatever the sentence says;
# "N410 per dollar", "N1,450 to the dollar": an exchange rate.
_SCALED = compile_pattern(
    r"\d[\d,.]*\s?(?:bn|billion|tn|trn|trillion|million\b|\s(?:per|to\s+the)\s+dollar)\b", re.I
)


def qualifier_before(text: str, sentence_start: int, pos: int) -> tuple[str | None, int]:
    window = text[max(sentence_start, pos - 30) : pos]
    m = QUALIFIER.search(window)
    if not m:
        return None, pos
    word = " ".join(m.group("q").lower().split())
    if word == "up to" and _MOVED_UP.search(window, 0, m.start("q")):
        return None, pos  # "went up to 37": the verb's "up", no bound
    return QUALIFIER_ALIASES.get(word, word), pos - len(m.group(0)) + (m.start("q") - m.start())


# Verbs whose "up" a following "to N" belongs to: "the tally went up to 37".
_MOVED_UP = compile_pattern(
    r"\b(?:go|goes|going|gone|went|move[ds]?|moving|shot|shoots|jump(?:ed|s|ing)?"
    r"|climb(?:ed|s|ing)?|tick(?:ed|s)?|inch(?:ed|es)?|edg(?:ed|es)|crept|creeps|come|comes"
    r"|came|risen|rose|rises|rising"
    r"|revised|marked|push(?:ed|es)|bump(?:ed|s)?)\s+$",
    re.IGNORECASE,
)


def _age_word_start(text: str, sentence_start: int, pos: int) -> int:
    """Where "aged" starts before an age: the span of "aged 40" includes it."""
    found = [m.start() for m in _AGE_WORD_ONLY.finditer(text, max(sentence_start, pos - 20), pos)]
    return found[-1] if found else pos


def _age_qualifier(text: str, sentence_start: int, pos: int) -> tuple[str | None, int]:
    """ "over age 30": the qualifier stands before "age"."""
    window = text[max(sentence_start, pos - 40) : pos]
    m = _AGE_WORD.search(window)
    if not m:
        return None, pos
    span_start = _age_word_start(text, sentence_start, pos)
    for group in ("q2", "q"):
        candidate = (m.group(group) or "").lower()
        for q in QUALIFIERS:
            if candidate == q or candidate.endswith(" " + q):
                if group == "q":
                    span_start = pos - len(window) + m.start("q") + len(candidate) - len(q)
                return QUALIFIER_ALIASES.get(q, q), span_start
    return None, pos - len(window) + m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))


def join_ranges(text: str, numbers: list[Number], read: list[Figure | None]) -> list[Figure | None]:
    """ "between 10 and 15 people", "2 to 3 million", "$5-6bn", "2022-23": one figure over
    the whole range, with the low end as ``value`` and the top as ``high``. "by 9,000 to
    184,000" and "from 5% to 7%" are a change, two figures."""
    out = list(read)
    i = 0
    while i < len(out) - 1:
        first, second = out[i], out[i + 1]
        gap = text[first.end : second.start] if first and second else ""
        if first is None or second is None or not _RANGE_GAP.fullmatch(gap):
            i += 1
            continue
        first, second = _share(text, numbers[i], numbers[i + 1], first, second)
        out[i], out[i + 1] = first, second
        if not _one_range(text, gap, first, second):
            i += 1
            continue
        out[i] = replace(
            first,
            end=second.end,
            text=text[first.start : second.end],
            unit=first.unit or second.unit,
            high=second.value,
        )
        out[i + 1] = None
        i += 2
    return out


def _one_range(text: str, gap: str, first: Figure, second: Figure) -> bool:
    """Two ends of one amount: same kind and unit, no change verb, "and" only after "between";
    years stay apart ("between 2023 and 2026" is a period)."""
    if first.kind != second.kind or first.kind in (
        FigureKind.YEAR,
        FigureKind.DATE,
        FigureKind.ORDINAL,
    ):
        return False
    if first.unit and second.unit and first.unit != second.unit:
        return False  # "aged 5 months to 3 years"
    if gap.strip() == "and" and first.qualifier != "between":
        return False
    if gap.strip() == "or":
        return False  # "eight or nine euros": two figures, alternatives
    low, high = first.value, second.value
    spaced = gap != gap.strip()  # not a score: "117-109"
    if spaced and isinstance(low, int | float) and isinstance(high, int | float) and low > high > 0:
        return False  # "$3.4 billion – $180 million in damages": a whole, then its part
    if _CHANGE.search(text, max(0, first.start - 40), first.start):
        return False
    return not _CHANGE_AFTER_COMMA.search(text, max(0, first.start - 80), first.start)


def _share(
    text: str, low: Number, high: Number, first: Figure, second: Figure
) -> tuple[Figure, Figure]:
    """The two ends of a range share kind, unit and scale."""
    if (
        first.kind == FigureKind.YEAR
        and text[low.end : high.start].strip() in "-–"
        and (high.end - high.start == 2)
    ):
        century = int(first.value) // 100 * 100
        return first, replace(second, kind=FigureKind.YEAR, value=century + int(high.value))
    small = low.value <= high.value / high.scale  # "2 to 3 million", not "137,000 to 1.15m"
    if (
        high.scaled
        and not low.scaled
        and small
        and first.kind
        in (
            FigureKind.NUMBER,
            FigureKind.MONEY,
        )
    ):
        first = replace(first, value=to_number(low.value * high.scale))
    if first.kind == FigureKind.AGE and second.kind in (FigureKind.NUMBER, FigureKind.DURATION):
        second = replace(second, kind=FigureKind.AGE, unit=second.unit or first.unit)
    elif (
        first.kind == FigureKind.NUMBER
        and first.unit is None
        and second.kind
        not in (
            FigureKind.NUMBER,
            FigureKind.YEAR,
            FigureKind.DATE,
            FigureKind.ORDINAL,
        )
    ):
        first = replace(first, kind=second.kind, unit=second.unit)
    elif first.kind == second.kind == FigureKind.NUMBER and first.unit is None and second.unit:
        first = replace(first, unit=second.unit)  # "-20 or -30 degrees", "5 to 7 km"
    elif first.kind == FigureKind.MONEY and second.kind == FigureKind.NUMBER:
        second = replace(second, kind=FigureKind.MONEY, unit=first.unit)
    return first, second
