"""Find figures in a sentence and say what they mean.

A figure is a number with its kind (count, percent, money, date, year,
duration, age, ordinal or plain number), its value, the unit or counted noun
and the qualifier said before it ("over 370,000 Russian citizens"). Numbers
that are parts of names ("World War II", "Su-25", "G7", "Boeing 737") are not
figures.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

from storydiff.core.patterns import compile_pattern
from storydiff.core.tagging.amounts import fraction_numbers, vague_amounts
from storydiff.core.tagging.changes import mark_changes
from storydiff.core.tagging.dates import find_dates
from storydiff.core.tagging.kinds import FigureKind
from storydiff.core.tagging.lexicon import (
    CURRENCY_BEFORE,
    DESCRIBED_BY_DURATION,
    FRACTION_DENOMINATORS,
    GLUED_UNITS,
    ORDINAL_DETERMINERS,
    RATE_CURRENCIES,
    RATE_NOUNS,
    RELATIVE_TIME_WORDS,
    SCALE_ABBREVIATIONS,
    SCALE_WORDS,
)
from storydiff.core.tagging.meaning import (
    CAMERA,
    QUALIFIER,
    classify,
    join_ranges,
    qualifier_before,
)
from storydiff.core.tagging.numbers import (
    ORDINAL_WORD,
    ORDINAL_WORD_LOWER,
    SHORT_SCALES,
    WORD_NUMBER,
    WORD_NUMBER_LOWER,
    parse_digits,
    parse_ordinal,
    parse_words,
    to_number,
)
from storydiff.core.tagging.phrases import (
    WORD,
    Number,
    phrase_after,
    plural_phrase,
    words_after,
)
from storydiff.core.tagging.records import Change, Figure
from storydiff.core.tagging.shapes import hyphen_fractions, in_name, rankings, scores
from storydiff.core.tagging.temperatures import temperature_scales
from storydiff.core.tagging.vocabulary import (
    MEASURES,
    PHRASE_STOP,
    TIME_UNITS,
)
from storydiff.core.tagging.wordtrie import word_trie

# Patterns that open with their first digit and only then look behind it match as if they
# looked behind first (here: not after a digit, "." or ","), but the regex engine can skip
# ahead to the next digit instead of trying every position.
# "370,000", "1.5", "56 949 009" (thousands by spaces: two groups at least)
_DIGITS = compile_pattern(
    r"\d(?<![\d.,]\d)(?:\d{0,2}(?:,\d{3})+|\d{0,2}(?:[ \u202f]\d{3}){2,}(?![ \u202f]?\d)|\d*)"
    r"(?:\.\d+)?(?![\d])"
)
_DECIMAL_COMMA = compile_pattern(
    rf",(\d{{1,2}})(?=\s?(?:%|per\s?cent\b|percent\b|(?:{word_trie(set(SCALE_WORDS))})\b))",
    re.IGNORECASE,
)
_BARE_DECIMAL = compile_pattern(r"(?<![\w.,$€£¥])\.\d+(?![\d.])")  # ".08", ".001 per cent"
# "1.99e-30", "1.99×10⁻³⁰", "1.99 x 10^-30".
_EXPONENT = compile_pattern(
    r"[eE](?P<e>[-+−]?\d{1,3})(?![\w])"
    r"|\s?[×x]\s?10(?:\^(?P<caret>[-−]?\d{1,3})|(?P<sup>[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))"
)
_EXPONENT_HINT = frozenset("eE×x")
_DIGIT_ORDINAL = compile_pattern(r"(\d(?<![\w.-]\d)\d*)(?:st|nd|rd|th)\b")  # as _DIGITS
_SUPERSCRIPT = str.maketrans("⁻⁺⁰¹²³⁴⁵⁶⁷⁸⁹", "-+0123456789")
# A minus sign: "-1.3%", "−4C", "minus 233 degrees"; not a range ("3-4") nor a name
# with a stray space ("COVID -19").
_SIGN = compile_pattern(r"(?:(?<![\w.,%)-])[-−]|(?<!or\s)\b(?:[Mm]inus|[Nn]egative)(?:\s+|-))$")
_NAME_BEFORE_SIGN = compile_pattern(r"[A-Z][\w]*\s[-−]$")
# "37m (121ft)-long", "15-30m (50-100ft) across", "(15m to 27m) across", "a 45m2 flat",
# "30m high": metres, not millions.
_METRES = compile_pattern(
    r"m(?=\s*\(\s*\d[\d,.]*(?:[-–]\d[\d,.]*)?\s*(?:ft|feet|foot)\b"
    r"|-(?:long|high|tall|deep|wide)\b|\)?\s+(?:long|high|tall|deep|wide|across)\b|[2²3³](?!\d)"
    r"|\s*(?:-|–|to)\s*\d[\d,.]*m\)?\s+(?:long|high|tall|deep|wide|across)\b)"
)
_SIGNS = sorted(CURRENCY_BEFORE, key=len, reverse=True)
_CURRENCY_SIGN = compile_pattern("(?:" + "|".join(re.escape(s) for s in _SIGNS) + r")\s?$")
_GLUED_UNIT = compile_pattern(rf"(?:{word_trie(set(GLUED_UNITS))})(?![A-Za-z0-9²³])")
_SUFFIX = compile_pattern(r"(?P<word>[A-Za-z]+)")
# "4 hundred", "1.5 million", "3 lakh", "300k", "$5.2bn", "8 B people", "2.5 bn".
_SCALE_AFTER = compile_pattern(
    rf"(?:\s+|-)?(?P<scale>{word_trie(set(SCALE_WORDS))})\b"
    rf"|(?P<short>{word_trie(set(SCALE_ABBREVIATIONS))})\b"
    r"|\s(?P<spaced>bn|bln|bil|tn|trn|mn|mln|mil|B)\b",
    re.IGNORECASE,
)
_WORD_SCALES = (("trillion", 10**12), ("billion", 10**9), ("million", 10**6), ("thousand", 1000))
_DETERMINERS = compile_pattern(
    rf"(?:\b(?:{word_trie(set(ORDINAL_DETERMINERS))})|['’]s)\s+$", re.IGNORECASE
)
# "scored the second as ...", "its third on flood insurance": the counted noun left out.
_NOUN_LEFT_OUT = compile_pattern(
    r"\s*(?:[,;.)—–]|$|\s(?:as|on|in|at|of|this|that|since|for|after)\b)"
)
_FRACTION_POINT = compile_pattern(
    r"\b(?P<q>half|a\s+quarter|three\s+quarters|a\s+third)\s+(?:of\s+)?an?\s+"
    r"(?P<unit>percentage\s+point|basis\s+point|point)\b",
    re.IGNORECASE,
)
_FRACTIONS = {"half": 0.5, "a quarter": 0.25, "three quarters": 0.75, "a third": 0.33}
_SMALL = "one|two|three|four|five|six|seven|eight|nine|ten"
_RATIO = compile_pattern(
    rf"\b(?P<a>{_SMALL}|\d+)\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<b>{_SMALL}|\d+)\b(?!-)",
    re.IGNORECASE,
)
# What _RATIO cannot match without, from the space before "in": it starts with a space,
# so the regex engine skips ahead to spaces.
_RATIO_HINT = compile_pattern(rf"\s(?:in|out\s+of)\s+(?:every\s+)?(?:{_SMALL}|\d)", re.IGNORECASE)
# "$77 per barrel", "$71 US a barrel", "460 naira per dollar", "5 miles (8 km) per
# second" (a conversion in brackets between), "8 km) per second" (the conversion itself).
_RATE_AFTER = compile_pattern(
    r"(?P<aside>\s*\([^()]{1,40}\)|\))?(?:\s+U\.?S\.?)?\s+(?:per|a|an)\s+"
    rf"({word_trie(set(RATE_NOUNS) | set(RATE_CURRENCIES))})\b(?!-)",
    re.IGNORECASE,
)
_HYPHEN_RATE = compile_pattern(r"(\w+)-per-(\w+)\b")
_ELAPSED = compile_pattern(
    r"(?<![\d:.,])(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d)(?:\.(?P<f>\d{1,3}))?(?![\d:])"
)
_FRACTION_HINT = compile_pattern(r"(?i:thirds?\b|quarters?\b|fifths?\b|eighths\b|tenths?\b|half\b)")
_FRACTION_WORD = compile_pattern(
    r"\b(?P<a>two|three|four|five|seven|nine)[-\s](?P<d>thirds|quarters|fifths|eighths|tenths)\b"
    r"|\b(?P<one>a|one)[-\s](?P<d1>half|third|quarter|fifth|tenth)(?=\s+of\b)"
    r"|\b(?P<one2>one)[-\s](?P<d2>third|quarter|fifth|tenth)\b"
    # "more than half of the rain", "nearly half of that" (not "the first half of 2023")
    r"|(?<!first\s)(?<!second\s)(?<!other\s)(?<!latter\s)(?<![Tt]he\s)(?<!a\s)(?<!one\s)"
    r"\b(?P<d3>half)(?=\s+of\b)",
    re.IGNORECASE,
)


def find_figures(text: str, start: int, end: int) -> list[Figure]:
    """Figures in the sentence ``text[start:end]``, in text order."""
    figures: list[Figure] = []
    taken: list[tuple[int, int]] = scores(text, start, end)
    for figure in rankings(text, start, end) + hyphen_fractions(text, start, end):
        figures.append(figure)
        taken.append((figure.start, figure.end))
    for m in _fraction_points(text, start, end):
        value = _FRACTIONS[" ".join(m.group("q").lower().split())]
        unit = " ".join(m.group("unit").lower().split()) + "s"
        kind = FigureKind.PERCENT if unit == "percentage points" else FigureKind.NUMBER
        figures.append(Figure(kind, m.start(), m.end(), m.group(), value, unit))
        taken.append((m.start(), m.end()))
    for figure in _ratios(text, start, end):
        if not _overlaps(figure.start, figure.end, taken):
            figures.append(figure)
            taken.append((figure.start, figure.end))
    for figure in elapsed_times(text, start, end) + multipliers(text, start, end):
        figures.append(figure)
        taken.append((figure.start, figure.end))
    for date in find_dates(text, start, end):
        figures.append(Figure(FigureKind.DATE, date.start, date.end, text[date.start : date.end],
                              date.value))  # fmt: skip
        taken.append((date.start, date.end))
    for ordinal in _ordinals(text, start, end, taken):
        figures.append(ordinal)
        taken.append((ordinal.start, ordinal.end))
    for figure in vague_amounts(text, start, end):
        if not _overlaps(figure.start, figure.end, taken):
            figures.append(figure)
            taken.append((figure.start, figure.end))
    numbers = [n for n in _numbers(text, start, end) if not _overlaps(n.start, n.end, taken)]
    read = [classify(text, n, start, end) for n in numbers]
    for figure in join_ranges(text, numbers, read):
        if figure is not None:
            figures.append(figure)
    figures.sort(key=lambda f: f.start)
    figures = [f for f in figures if not _time_word(text, f, end)]
    rated = [_as_rate(text, f, end) for f in figures]
    if rated != figures:  # C-level: the figures are the same objects unless one is a rate
        rated = _outside_rates(rated)
    figures = temperature_scales(text, rated, start, end)
    return mark_changes(text, figures, start, end)


def _outside_rates(figures: list[Figure]) -> list[Figure]:
    """Figures not inside another's "per" or "a": "euros a litre" holds no "a litre", "11 km
    a second" no ordinal "second"."""
    return [
        f
        for f in figures
        if not any(o is not f and o.start <= f.start and f.end <= o.end for o in figures)
    ]


def _time_word(text: str, figure: Figure, end: int) -> bool:
    """A duration that only says when ("five years ago", "two days later") or describes a
    level or an instrument ("a 15-year high", "the 10-year Treasury"): no quantity."""
    if figure.kind != FigureKind.DURATION:
        return False
    after = _WORD_AFTER.match(text, figure.end, end)
    if after is None:
        return False
    word = after.group(1).lower()
    if word in RELATIVE_TIME_WORDS:
        return True
    return "-" in figure.text and word in DESCRIBED_BY_DURATION


_WORD_AFTER = compile_pattern(r"\s+([A-Za-z]+)")


def multipliers(text: str, start: int, end: int) -> list[Figure]:
    """ "seven-fold", "10-fold", "(more than) doubled", "a tripling of", "double its last
    order", "twice as many": a number of times, value 2, 3, 7... with no unit ("doubled"
    and "tripling" are rises; "a seven-fold increase" gets its direction from the noun)."""
    lowered = text[start:end].lower()
    if not any(hint in lowered for hint in _MULTIPLIER_HINTS):
        return []
    found = []
    for m in _MULTIPLIER.finditer(text, start, end):
        word = (m.group("n") or m.group("verb") or m.group("adj")).lower()
        value = _MULTIPLES.get(word[:5]) or _small(word)
        if not value:
            continue
        qualifier, at = qualifier_before(text, start, m.start())  # as for every figure
        change = Change("up") if m.group("verb") else None
        found.append(
            Figure(
                FigureKind.NUMBER,
                at,
                m.end(),
                text[at : m.end()],
                value,
                None,
                qualifier,
                change=change,
            )
        )
    return found


_MULTIPLES = {"doubl": 2, "tripl": 3, "quadr": 4, "twice": 2}
_MULTIPLIER_HINTS = ("fold", "doubl", "tripl", "quadrupl", "twice")
_MULTIPLIER = compile_pattern(
    r"(?:\b(?P<n>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)-fold\b"
    r"|\b(?P<verb>doubled|doubling|tripled|tripling|quadrupled|quadrupling)\b"
    r"|\b(?P<adj>double|triple|twice)(?=\s+(?:its|their|the|that|what|as)\b))",
    re.IGNORECASE,
)


def _as_rate(text: str, figure: Figure, end: int) -> Figure:
    """An amount counted per something: "$77 per barrel" → USD per barrel, "200 km an hour"
    → km per hour, "a 100-mile-per-hour wind" → miles per hour."""
    if figure.kind == FigureKind.COUNT and figure.unit:
        hyphened = _HYPHEN_RATE.match(figure.unit)
        if hyphened:
            unit = f"{hyphened.group(1)} per {hyphened.group(2)}"
            return replace(figure, kind=FigureKind.NUMBER, unit=unit)
    if figure.kind not in (FigureKind.MONEY, FigureKind.NUMBER) or not figure.unit:
        return figure
    rate = _RATE_AFTER.match(text, figure.end, end) if text[figure.end : figure.end + 1] in (
        " ", ")") else None  # fmt: skip
    if rate is None:
        return figure
    per = rate.group(2).lower()
    unit = f"{figure.unit} per {RATE_CURRENCIES.get(per, per)}"
    if rate.group("aside"):  # the span stays off the conversion in brackets
        return replace(figure, unit=unit)
    return replace(figure, end=rate.end(), text=text[figure.start : rate.end()], unit=unit)


def elapsed_times(text: str, start: int, end: int) -> list[Figure]:
    """ "2:03:59", "1:58:40.5": a race or elapsed time, hours, minutes and seconds, as a
    duration in seconds (not three numbers, nor a clock time)."""
    if text.count(":", start, end) < 2:
        return []
    found = []
    for m in _ELAPSED.finditer(text, start, end):
        seconds = int(m.group("h")) * 3600 + int(m.group("m")) * 60 + int(m.group("s"))
        fraction = m.group("f")
        value = seconds + float("0." + fraction) if fraction else seconds
        found.append(Figure(FigureKind.DURATION, m.start(), m.end(), m.group(), value, "seconds"))
    return found


def _fraction_points(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """``_FRACTION_POINT`` matches: none in an ASCII sentence without "point"."""
    piece = text[start:end]
    if piece.isascii() and "point" not in piece.lower():
        return iter(())
    return _FRACTION_POINT.finditer(text, start, end)


def _ratios(text: str, start: int, end: int) -> list[Figure]:
    """ "one in five Russians" → 0.2, "two-thirds" → 2/3, "a third of" → 1/3, exactly (as the
    nearest float: 0.3333333333333333)."""
    found = []
    ratios = _RATIO.finditer(text, start, end) if _RATIO_HINT.search(text, start, end) else ()
    for m in ratios:
        a, b = (_small(m.group(g)) for g in ("a", "b"))
        if a and b and a < b:
            unit = plural_phrase(words_after(text, m.end(), end, most=4))
            value = to_number(Decimal(a) / Decimal(b))
            found.append(Figure(FigureKind.NUMBER, m.start(), m.end(), m.group(), value, unit))
    fractions = _FRACTION_WORD.finditer(text, start, end) if _FRACTION_HINT.search(
        text, start, end) else ()  # fmt: skip
    for m in fractions:
        a = _small(m.group("a")) if m.group("a") else 1
        denominator = m.group("d") or m.group("d1") or m.group("d2") or m.group("d3")
        b = FRACTION_DENOMINATORS[denominator.lower()]
        value = to_number(Decimal(a) / Decimal(b))
        found.append(Figure(FigureKind.NUMBER, m.start(), m.end(), m.group(), value))
    return found


def _small(word: str) -> int | None:
    return int(word) if word.isdigit() else parse_words(word)


def _overlaps(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < e and s < b for s, e in spans)


def _numbers(text: str, start: int, end: int) -> list[Number]:
    found = fraction_numbers(text, start, end)
    digits = list(_DIGITS.finditer(text, start, end))
    if text.find(" .", start, end) >= 0:
        digits += _BARE_DECIMAL.finditer(text, start, end)
    found += [n for n in (_digit_number(text, m, end) for m in digits) if n is not None]
    for m in _lower_finditer(WORD_NUMBER_LOWER, WORD_NUMBER, text, start, end):
        number = _word_number(text, m, start)
        if number is not None:
            found.append(number)
    found.sort(key=lambda n: (n.start, n.start - n.end))
    kept: list[Number] = []
    for number in found:  # the longest reading of a stretch wins: "five and a quarter"
        if not kept or number.start >= kept[-1].end:
            kept.append(number)
    return kept


def _digit_number(text: str, m: re.Match[str], limit: int) -> Number | None:
    if in_name(text, m.start(), m.end()):
        return None
    value = parse_digits(m.group())
    if value is None:
        return None
    start, end = m.start(), m.end()
    comma = _DECIMAL_COMMA.match(text, end, limit) if text[end : end + 1] == "," else None
    if comma:  # "1,5 billion euros": a decimal comma before a scale or a percent
        value, end = parse_digits(m.group() + "." + comma.group(1)), comma.end(1)
    exponent = _EXPONENT.match(text, end, limit) if _EXPONENT_HINT.intersection(
        text[end : end + 2]) else None  # fmt: skip
    if exponent:
        power = exponent.group("e") or exponent.group("caret") or exponent.group("sup")
        value = value.scaleb(int(power.translate(_SUPERSCRIPT).replace("−", "-")))
        end = exponent.end()
    sign = _SIGN.search(text, max(0, start - 10), start) if text[start - 1 : start] in (
        "-", "−", " ") else None  # fmt: skip
    if sign and not _NAME_BEFORE_SIGN.search(text, max(0, start - 30), start):
        value, start = -value, sign.start()
    scale = _SCALE_AFTER.match(text, end, limit)
    if scale and not exponent and not _metres(text, scale, m.start()):
        word = (scale.group("scale") or scale.group("short") or scale.group("spaced")).lower()
        factor = SHORT_SCALES[word]  # "30m" is 30 million in news, not 30 metres
        more = _SCALE_AFTER.match(text, scale.end(), limit)
        if more and more.group("scale"):  # "4.5 lakh crore", "20 thousand crore"
            factor *= SHORT_SCALES[more.group("scale").lower()]
            scale = more
        return Number(start, scale.end(), value * factor, False, factor)
    suffix = _SUFFIX.match(text, end, limit)
    if suffix and (suffix.group("word") in ("st", "nd", "rd", "th")
                   or not _allowed_suffix(text, end, suffix.group("word"))):  # fmt: skip
        return None
    return Number(start, end, value, False)


def _metres(text: str, scale: re.Match[str], start: int) -> bool:
    """ "37m (121ft)-long", "45m2": a glued "m" that is metres, not a million."""
    if scale.group("short") != "m" or _CURRENCY_SIGN.search(text, max(0, start - 4), start):
        return False
    return _METRES.match(text, scale.start()) is not None


def _allowed_suffix(text: str, end: int, word: str) -> bool:
    lowered = word.lower()
    if lowered in MEASURES or word in ("C", "F") or lowered in ("s", "pc", "pm", "am", "percent"):
        return True
    if word == "MP":  # "50MP" in a phone's specifications, not "(11MP)", a plan's initials
        return CAMERA.search(text, max(0, end - 150), end + 150) is not None
    return _GLUED_UNIT.match(text, end) is not None


class _Found:
    """A match made on a lower-cased copy of a sentence, read back in the original text."""

    __slots__ = ("_end", "_start", "_text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text, self._start, self._end = text, start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self._text[self._start : self._end]


def _lower_finditer(
    lower: re.Pattern[str], pattern: re.Pattern[str], text: str, start: int, end: int
) -> Iterator[_Found | re.Match[str]]:
    """``pattern.finditer`` over ``text[start:end]``, run as ``lower`` (the same pattern
    without IGNORECASE) on the lower-cased sentence when lower-casing keeps its length."""
    piece = text[start:end]
    low = piece.lower()
    if len(low) != len(piece):
        yield from pattern.finditer(text, start, end)
        return
    for m in lower.finditer(low):
        yield _Found(text, start + m.start(), start + m.end())


def _word_number(text: str, m: _Found | re.Match[str], sentence_start: int) -> Number | None:
    words = m.group()
    first = words.split()[0].split("-")[0]
    lowered = words.lower()
    if first[0].isupper() and m.start() > sentence_start and not _after_opening(text, m.start()):
        return None  # "Formula One", "Group of Seven", "Air Force One"
    value = parse_words(words)
    if value is None:
        return None
    if lowered.split()[0] in ("a", "an") and len(lowered.split()) == 1:
        return None
    if lowered == "one" and not _counted_one(text, m):
        return None
    if _DESCRIPTOR.match(text, m.end()):
        return None  # "a four-door car", "a two-time champion"
    scale = next((f for w, f in _WORD_SCALES if w in lowered), 1)
    return Number(m.start(), m.end(), Decimal(value), True, scale)


_ONE_MEASURED = frozenset(MEASURES) | {"percent", "per", "percentage"}
_VERB_BEFORE_ONE = compile_pattern(r"\b(?:kill|wound|injur|hurt|arrest|rescu|evacuat)\w*\s+$", re.I)
_DAY_COUNTED = compile_pattern(r"\b(?:for|and|in|within|than|after|only|just|of)\s+$", re.I)
_DESCRIPTOR = compile_pattern(
    r"-(?!(?:year|month|week|day|hour|minute|second|decade|century|mile|metre|meter|kilometre|"
    r"kilometer|foot|feet|inch|pound|ton|tonne|point|percent|per|to|time)s?\b)[a-z]+\b(?!-old)"
)
# "one person was killed": "one" and a singular noun before a verb.
_ONE_BEFORE_VERB = compile_pattern(
    r"\s+[a-z]+\s+(?:was|is|has|had|died|remains|remained|survived|suffered|were)\b"
)


def _after_opening(text: str, pos: int) -> bool:
    return bool(re.search(r"[\"“‘(—–:]\s*$", text[max(0, pos - 3) : pos]))


def _counted_one(text: str, m: _Found | re.Match[str]) -> bool:
    """ "one week", "one million", "one in five", "at least one person"; not "one of",
    "no one", "one official said", "one GOP senator"."""
    after = WORD.match(text, m.end())
    if not after:
        return False
    following = after.group(1).lower()
    if following == "day":  # "one day" is a duration after "for", "and", "in"; else "some day"
        return bool(_DAY_COUNTED.search(text, max(0, m.start() - 8), m.start()))
    if following in TIME_UNITS or following == "in" or following in _ONE_MEASURED:
        return True  # "one week", "one percent", "one mile"
    if following not in PHRASE_STOP and _ONE_BEFORE_VERB.match(text, m.end()):
        return True
    if following not in PHRASE_STOP and _VERB_BEFORE_ONE.search(
        text, max(0, m.start() - 16), m.start()
    ):
        return True  # "killing one person", "injured one woman"
    before = text[max(0, m.start() - 16) : m.start()]
    qualified = QUALIFIER.search(before) or re.search(r"\b(?:only|just)\s+$", before)
    return bool(qualified) and following not in PHRASE_STOP and not after.group(1)[0].isupper()


def _ordinals(text: str, start: int, end: int, taken: list[tuple[int, int]]) -> list[Figure]:
    found: list[Figure] = []
    for m in _lower_finditer(ORDINAL_WORD_LOWER, ORDINAL_WORD, text, start, end):
        if _overlaps(m.start(), m.end(), taken):
            continue
        word = m.group()
        if word[0].isupper() and m.start() > start:
            continue  # "the Second World War"
        if not _DETERMINERS.search(text[max(start, m.start() - 12) : m.start()]):
            continue  # "first reported", "at first"
        quoted = re.match(r"\s+[\"“‘']", text[m.end() : end])
        unit = phrase_after(text, m.end() + (quoted.end() if quoted else 0), end, True)
        if unit is None and not _NOUN_LEFT_OUT.match(text, m.end(), end):
            continue
        found.append(_ordinal_figure(text, m.start(), m.end(), parse_ordinal(word), unit))
    for m in _DIGIT_ORDINAL.finditer(text, start, end):
        s, e = m.start(), m.end()
        if _overlaps(s, e, taken):
            continue
        if re.match(r"\s+[A-Z]", text[e:end]) and not re.match(r"\s+Century", text[e:end]):
            continue  # "the 93rd Mechanized Brigade"
        unit = phrase_after(text, e, end, allow_hyphen=True)
        found.append(_ordinal_figure(text, s, e, int(m.group(1)), unit))
    return found


def _ordinal_figure(text: str, s: int, e: int, value: int | None, unit: str | None) -> Figure:
    return Figure(FigureKind.ORDINAL, s, e, text[s:e], value, unit or None)
