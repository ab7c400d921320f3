"""Find figures in a sentence and say what they mean.

A figure is a number with its kind (count, percent, money, date, year,
duration, age, ordinal or plain number), its value, the unit or counted noun
and the qualifier said before it ("over 370,000 Russian citizens"). Numbers
that are parts of names ("World War II", "Su-25", "G7", "Boeing 737") are not
figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from storydiff.core.tagging.dates import MONTHS, find_dates
from storydiff.core.tagging.numbers import (
    ORDINAL_WORD,
    SHORT_SCALES,
    WORD_NUMBER,
    parse_digits,
    parse_ordinal,
    parse_words,
    to_number,
)
from storydiff.core.tagging.records import Figure
from storydiff.core.tagging.vocabulary import (
    CURRENCY_CODES,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    FUNCTION_WORDS,
    IRREGULAR_PLURALS,
    MEASURES,
    NOT_NOUNS,
    OUTSIDE_QUALIFIERS,
    PHRASE_STOP,
    QUALIFIER_ALIASES,
    QUALIFIERS,
    TIME_UNITS,
)

_DIGITS = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d])")
_SUFFIX = re.compile(r"(?P<word>[A-Za-z]+)")
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b")
_SCALE_AFTER = re.compile(
    r"(?:\s+|-)?(?P<scale>hundred|thousand|million|billion|trillion)\b"
    r"|(?P<short>k|m|mn|mln|bn|bln|b|tn)\b",
    re.IGNORECASE,
)
_PERCENT = re.compile(
    r"\s?-?(?P<unit>%|per\s?cent\b|percent\b|pct\b|percentage[\s-]points?\b)", re.IGNORECASE
)
_CURRENCY_BEFORE = re.compile(
    r"(?P<sym>(?:US|U\.S\.|AU|CA|NZ|HK|A|C|S)?[$€£¥₹₽₴₩₺₪])\s?$"
    r"|\b(?P<code>[A-Z]{3})\s?$|\bRs\.?\s?$"
)
_CURRENCY_AFTER = re.compile(
    r"\s+(?:(?:US|U\.S\.|American|Canadian|Australian|Hong Kong)\s+)?"
    r"(?P<word>pounds sterling|"
    + "|".join(sorted((w for w in CURRENCY_WORDS if " " not in w), key=len, reverse=True))
    + r"|(?P<code>[A-Z]{3}))\b"
)
_AGE_AFTER = re.compile(
    r"[\s-]*(?P<unit>years?|months?|weeks?|days?)[\s-]+old\b|\s+years\s+of\s+age\b",
    re.IGNORECASE,
)
_AGE_BEFORE = re.compile(
    r"\b(?:aged?|ages)\s+(?:(?:between|over|under|of)\s+)?$|\b(?:in\s+(?:his|her|their)\s+)$",
    re.IGNORECASE,
)
_TEMPERATURE = re.compile(
    r"\s?(?:[°º]\s?|degrees\s+)?(?P<scale>C|F|Celsius|Fahrenheit|centigrade)\b(?!\.\w)"
)
_AGE_APPOSITION = re.compile(r"[A-Z][a-z'’]+,\s$")
_TIME_UNIT = re.compile(r"(?:\s+|-)(?P<unit>[A-Za-z]+)\b(?!-old)")
_RANGE_GAP = re.compile(r"\s*(?:-|–|—|to|and|or)\s*$")
_QUALIFIER = re.compile(
    r"(?:^|(?<=[\s(\"'“‘—–-]))(?P<q>"
    + "|".join(re.escape(q) for q in sorted(QUALIFIERS, key=len, reverse=True))
    + r")\s+$",
    re.IGNORECASE,
)
_QUALIFIER_AFTER = re.compile(r"(?:\+|\s+or\s+more\b|\s+plus\b)")
_WORD = re.compile(r"\s*([A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*)")
_WORD_SCALES = (("trillion", 10**12), ("billion", 10**9), ("million", 10**6), ("thousand", 1000))
# Capitalised words before a number that measure rather than name: "Category 4".
_NOT_NAMES = frozenset({"category", "level", "magnitude", "grade", "force"})
_NAME_HYPHEN_PREFIXES = frozenset({"mid", "early", "late", "pre", "post", "pre-", "post-"})
_DETERMINERS = re.compile(
    r"(?:\b(?:the|a|an|its|his|her|their|our|my|your|this|that|every|each)|['’]s)\s+$",
    re.IGNORECASE,
)
_STREET = re.compile(r"\s+(?:[A-Z][a-z]+\s+){1,2}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Square)\b")


@dataclass(frozen=True, slots=True)
class _Number:
    """A number as read, before it is classified."""

    start: int
    end: int  # end of the value expression (scale word included)
    value: Decimal
    words: bool  # written in words
    scale: int = 1  # "million" in "1.5 million", 1 when none

    @property
    def scaled(self) -> bool:
        return self.scale != 1


_FRACTION_POINT = re.compile(
    r"\b(?P<q>half|a\s+quarter|three\s+quarters|a\s+third)\s+(?:of\s+)?an?\s+"
    r"(?P<unit>percentage\s+point|basis\s+point|point)\b",
    re.IGNORECASE,
)
_FRACTIONS = {"half": 0.5, "a quarter": 0.25, "three quarters": 0.75, "a third": 0.33}
_SMALL = "one|two|three|four|five|six|seven|eight|nine|ten"
_RATIO = re.compile(
    rf"\b(?P<a>{_SMALL}|\d+)\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<b>{_SMALL}|\d+)\b(?!-)",
    re.IGNORECASE,
)
_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
                 "fifth": 5, "fifths": 5}  # fmt: skip
_FRACTION_WORD = re.compile(
    r"\b(?P<a>two|three|four)[-\s](?P<d>thirds|quarters|fifths)\b"
    r"|\b(?P<one>a|one)[-\s](?P<d1>half|third|quarter|fifth)(?=\s+of\b)",
    re.IGNORECASE,
)


def find_figures(text: str, start: int, end: int) -> list[Figure]:
    """Figures in the sentence ``text[start:end]``, in text order."""
    figures: list[Figure] = []
    taken: list[tuple[int, int]] = []
    for m in _FRACTION_POINT.finditer(text, start, end):
        value = _FRACTIONS[" ".join(m.group("q").lower().split())]
        unit = " ".join(m.group("unit").lower().split()) + "s"
        kind = "percent" if unit == "percentage points" else "number"
        figures.append(Figure(kind, m.start(), m.end(), m.group(), value, unit))
        taken.append((m.start(), m.end()))
    for figure in _ratios(text, start, end):
        if not _overlaps(figure.start, figure.end, taken):
            figures.append(figure)
            taken.append((figure.start, figure.end))
    for date in find_dates(text, start, end):
        figures.append(Figure("date", date.start, date.end, text[date.start : date.end],
                              date.value))  # fmt: skip
        taken.append((date.start, date.end))
    for ordinal in _ordinals(text, start, end, taken):
        figures.append(ordinal)
        taken.append((ordinal.start, ordinal.end))
    numbers = [n for n in _numbers(text, start, end) if not _overlaps(n.start, n.end, taken)]
    read = [_classify(text, n, start, end) for n in numbers]
    for figure in _join_ranges(text, numbers, read):
        if figure is not None:
            figures.append(figure)
    figures.sort(key=lambda f: f.start)
    return figures


def _ratios(text: str, start: int, end: int) -> list[Figure]:
    """ "one in five Russians" → 0.2, "two-thirds" → 0.67, "a third of" → 0.33."""
    found = []
    for m in _RATIO.finditer(text, start, end):
        a, b = (_small(m.group(g)) for g in ("a", "b"))
        if a and b and a < b:
            unit = _plural_phrase(_words_after(text, m.end(), end, most=4))
            found.append(Figure("number", m.start(), m.end(), m.group(), round(a / b, 4), unit))
    for m in _FRACTION_WORD.finditer(text, start, end):
        a = _small(m.group("a")) if m.group("a") else 1
        b = _DENOMINATORS[(m.group("d") or m.group("d1")).lower()]
        found.append(Figure("number", m.start(), m.end(), m.group(), round(a / b, 2), None))
    return found


def _small(word: str) -> int | None:
    return int(word) if word.isdigit() else parse_words(word)


def _overlaps(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < e and s < b for s, e in spans)


# -- reading numbers -------------------------------------------------------


def _numbers(text: str, start: int, end: int) -> list[_Number]:
    found = [n for n in (_digit_number(text, m, end) for m in _DIGITS.finditer(text, start, end))
             if n is not None]  # fmt: skip
    for m in WORD_NUMBER.finditer(text, start, end):
        number = _word_number(text, m, start)
        if number is not None:
            found.append(number)
    found.sort(key=lambda n: n.start)
    return found


def _digit_number(text: str, m: re.Match[str], limit: int) -> _Number | None:
    if _in_name(text, m.start(), m.end()):
        return None
    value = parse_digits(m.group())
    if value is None:
        return None
    scale = _SCALE_AFTER.match(text, m.end(), limit)
    if scale:
        word = (scale.group("scale") or scale.group("short")).lower()
        if scale.group("short") and word in ("m", "b") and _measure_follows(text, m.end()):
            scale = None
        else:
            factor = SHORT_SCALES[word]
            return _Number(m.start(), scale.end(), value * factor, False, factor)
    suffix = _SUFFIX.match(text, m.end(), limit)
    if suffix and (suffix.group("word") in ("st", "nd", "rd", "th")
                   or not _allowed_suffix(suffix.group("word"))):  # fmt: skip
        return None
    return _Number(m.start(), m.end(), value, False)


def _measure_follows(text: str, pos: int) -> bool:
    # "30m" is 30 million in news; "30 m tall" is metres, rare enough to ignore.
    return False


def _allowed_suffix(word: str) -> bool:
    lowered = word.lower()
    return lowered in MEASURES or word in ("C", "F") or lowered in ("s", "pc", "pm", "am")


def _in_name(text: str, start: int, end: int) -> bool:
    """ "G7", "Su-25", "COVID-19", "A320", "Boeing 737", "Article 5", "10 Downing Street"."""
    before = text[start - 1] if start > 0 else " "
    if before.isalpha() or before == "_":
        return True
    if before in "-‑" and start > 1 and text[start - 2].isalpha():
        word = re.search(r"([A-Za-z]+)-?$", text[max(0, start - 12) : start - 1])
        return not (word and word.group(1).lower() in _NAME_HYPHEN_PREFIXES)
    if before == "/" or text[end : end + 1] == "/":
        return True
    if before == "#":
        return True
    prev = re.search(r"([A-Za-z][\w.'’&-]*)\s+$", text[max(0, start - 30) : start])
    if prev and prev.end() == start - max(0, start - 30) and _is_name_word(text, prev, start):
        return True
    if re.match(r"\s+of\s+$", text[max(0, start - 5) : start]) and re.search(
        r"\bGroup\s+of\s+$", text[max(0, start - 12) : start]
    ):
        return True
    return bool(_STREET.match(text, end))


def _is_name_word(text: str, prev: re.Match[str], start: int) -> bool:
    """Whether the capitalised word before a number names something: "Boeing 737",
    "Title 42", "iPhone 15", "FTSE 100"; not "About 300", "In 2023", "January 18"."""
    word = prev.group(1)
    bare = word.lower().rstrip(".")
    if not any(c.isupper() for c in word) or bare in FUNCTION_WORDS:
        return False
    if bare in MONTHS or word in CURRENCY_CODES or bare in _NOT_NAMES:
        return False
    return not word.islower()


def _word_number(text: str, m: re.Match[str], sentence_start: int) -> _Number | None:
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
    scale = next((f for w, f in _WORD_SCALES if w in lowered), 1)
    return _Number(m.start(), m.end(), Decimal(value), True, scale)


def _after_opening(text: str, pos: int) -> bool:
    return bool(re.search(r"[\"“‘(—–:]\s*$", text[max(0, pos - 3) : pos]))


def _counted_one(text: str, m: re.Match[str]) -> bool:
    """ "one week", "one million", "one in five", "at least one person"; not "one of",
    "no one", "one official said", "one GOP senator"."""
    after = _WORD.match(text, m.end())
    if not after:
        return False
    following = after.group(1).lower()
    if following in TIME_UNITS or following == "in":
        return True
    before = text[max(0, m.start() - 16) : m.start()]
    qualified = _QUALIFIER.search(before) or re.search(r"\b(?:only|just)\s+$", before)
    return bool(qualified) and following not in PHRASE_STOP and not after.group(1)[0].isupper()


# -- ordinals --------------------------------------------------------------


def _ordinals(text: str, start: int, end: int, taken: list[tuple[int, int]]) -> list[Figure]:
    found: list[Figure] = []
    for m in ORDINAL_WORD.finditer(text, start, end):
        if _overlaps(m.start(), m.end(), taken):
            continue
        word = m.group()
        if word[0].isupper() and m.start() > start:
            continue  # "the Second World War"
        if not _DETERMINERS.search(text[max(start, m.start() - 12) : m.start()]):
            continue  # "first reported", "at first"
        unit = _phrase_after(text, m.end(), end, allow_hyphen=True)
        if unit is None:
            continue
        found.append(_ordinal_figure(text, m.start(), m.end(), parse_ordinal(word), unit))
    for m in re.finditer(r"(?<![\w.-])(\d+)(?:st|nd|rd|th)\b", text[start:end]):
        s, e = start + m.start(), start + m.end()
        if _overlaps(s, e, taken):
            continue
        if re.match(r"\s+[A-Z]", text[e:end]) and not re.match(r"\s+Century", text[e:end]):
            continue  # "the 93rd Mechanized Brigade"
        unit = _phrase_after(text, e, end, allow_hyphen=True)
        found.append(_ordinal_figure(text, s, e, int(m.group(1)), unit))
    return found


def _ordinal_figure(text: str, s: int, e: int, value: int | None, unit: str | None) -> Figure:
    return Figure("ordinal", s, e, text[s:e], value, unit or None)


def _phrase_after(text: str, pos: int, limit: int, allow_hyphen: bool = False) -> str | None:
    """The noun phrase read forward from ``pos``: up to three words before a stop word."""
    words = _words_after(text, pos, limit, allow_hyphen)
    return " ".join(w for w, _, _ in words) if words else None


def _words_after(
    text: str, pos: int, limit: int, allow_hyphen: bool = False, most: int = 3
) -> list[tuple[str, int, int]]:
    words: list[tuple[str, int, int]] = []
    if allow_hyphen and text[pos : pos + 1] == "-":
        pos += 1
    while len(words) < most:
        m = _WORD.match(text, pos, limit)
        if not m or (words and "\n" in m.group(0)):
            break
        if not m.group(0)[0].isspace() and pos > 0 and words:
            break
        if words == [] and m.start(1) != pos and not text[pos : m.start(1)].isspace():
            break
        word = m.group(1)
        if word.lower() in PHRASE_STOP:
            break
        words.append((word, m.start(1), m.end(1)))
        pos = m.end()
    return words


# -- classifying numbers ---------------------------------------------------


def _classify(text: str, n: _Number, start: int, end: int) -> Figure | None:
    value = to_number(n.value)
    before = text[max(start, n.start - 40) : n.start]
    currency = _CURRENCY_BEFORE.search(before) if not n.words else None
    if currency and (currency.group("code") and currency.group("code") not in CURRENCY_CODES):
        currency = None
    lead = n.start - (len(currency.group(0)) if currency else 0)
    kind, unit, fig_end = _kind_after(text, n, end, currency is not None)
    if currency:
        kind, unit = "money", _currency_code(currency)
    if kind == "age" and unit is None:
        unit = "years"
    qualifier, q_start = _qualifier(text, start, lead)
    if kind is None:
        if _AGE_BEFORE.search(before):
            kind, unit = "age", "years"
            qualifier, q_start = _age_qualifier(text, start, n.start)
        elif _is_age_apposition(text, n, before, end):
            kind, unit = "age", "years"
        elif _is_year(text, n):
            kind = "year"
        elif n.words and value < 2 and not n.scaled:
            return None
        else:
            kind = "number"
            measure = re.search(r"\b(magnitude|category|level)\s+$", before, re.IGNORECASE)
            if measure:
                unit = measure.group(1).lower()
                lead = n.start - len(measure.group(0))
    after_q = _QUALIFIER_AFTER.match(text, fig_end, end)
    if after_q and qualifier is None and kind in ("count", "number", "money", "percent"):
        qualifier = "or more" if "more" in after_q.group() else "plus"
        if after_q.group() == "+":
            fig_end = after_q.end()
    span_start = q_start if qualifier and qualifier not in OUTSIDE_QUALIFIERS else lead
    if kind == "year":
        value = int(n.value)
    return Figure(kind, span_start, fig_end, text[span_start:fig_end], value, unit, qualifier)


def _kind_after(text: str, n: _Number, end: int, money: bool) -> tuple[str | None, str | None, int]:
    """Kind, unit and figure end from what follows the number."""
    pos = n.end
    percent = _PERCENT.match(text, pos, end)
    if percent and not money:
        unit = "percentage points" if "point" in percent.group("unit").lower() else "percent"
        return "percent", unit, percent.end()
    currency = _CURRENCY_AFTER.match(text, pos, end)
    if currency and (currency.group("code") is None or currency.group("code") in CURRENCY_CODES):
        word = currency.group("word")
        code = currency.group("code") or CURRENCY_WORDS.get(word.lower(), word)
        if word.lower() != "won" or money or n.scaled:
            return "money", code, currency.end()
    if money:
        return "money", None, pos
    if re.match(r"\s+pounds\b", text[pos:end]) and n.scaled:
        return "money", "GBP", pos + len(re.match(r"\s+pounds", text[pos:]).group())
    temperature = _TEMPERATURE.match(text, pos, end)
    if temperature:
        scale = "°F" if temperature.group("scale").startswith("F") else "°C"
        return "number", scale, temperature.end()
    age = _AGE_AFTER.match(text, pos, end)
    if age:
        unit = TIME_UNITS.get((age.group("unit") or "years").lower(), "years")
        return "age", unit, _age_end(text, age)
    if re.match(r"s\b", text[pos:end]) and not n.words and 1800 <= n.value <= 2090:
        return "year", None, pos + 1  # "the 1990s"
    duration = _TIME_UNIT.match(text, pos, end)
    if duration and duration.group("unit").lower() in TIME_UNITS:
        return "duration", TIME_UNITS[duration.group("unit").lower()], duration.end()
    return _counted(text, n, pos, end)


def _age_end(text: str, m: re.Match[str]) -> int:
    return m.end()


def _counted(text: str, n: _Number, pos: int, end: int) -> tuple[str | None, str | None, int]:
    if _is_year(text, n):
        return None, None, pos
    words = _words_after(text, pos, end, allow_hyphen=True, most=4)
    if not words:
        return None, None, pos
    first = words[0][0].lower()
    if first in MEASURES and (len(words) == 1 or words[1][0].lower() not in MEASURES):
        return "number", MEASURES[first], words[0][2]
    if first[0].isupper() and words[0][0][0].isupper() and n.value != 1:
        # "300 Wagner fighters" is counted, "5 Downing" is not: need a plural head.
        pass
    best = _plural_head(words)
    if best is None and n.value == 1 and not first[0].isupper():
        best = 0
    if best is None:
        return None, None, pos
    unit_words = words[: best + 1]
    return "count", " ".join(w for w, _, _ in unit_words), unit_words[-1][2]


def _plural_head(words: list[tuple[str, int, int]]) -> int | None:
    """Index of the last plural noun among the words read after a number."""
    best = None
    for i, (word, _, _) in enumerate(words):
        if _is_plural(word):
            best = i
    return best


def _plural_phrase(words: list[tuple[str, int, int]]) -> str | None:
    best = _plural_head(words)
    return None if best is None else " ".join(w for w, _, _ in words[: best + 1])


def _is_plural(word: str) -> bool:
    lowered = word.lower().split("-")[-1]
    if lowered in IRREGULAR_PLURALS:
        return True
    if lowered in NOT_NOUNS or len(lowered) < 3:
        return False
    return lowered.endswith("s") and not lowered.endswith(("ss", "us", "is", "ous"))


def _is_year(text: str, n: _Number) -> bool:
    raw = text[n.start : n.end]
    return (
        not n.words and not n.scaled and re.fullmatch(r"(1[89]\d\d|20\d\d|2100)", raw) is not None
    )


def _is_age_apposition(text: str, n: _Number, before: str, end: int) -> bool:
    """ "Jane Smith, 45, said": a person's age between commas."""
    if n.words or n.scaled or not (0 < n.value < 120) or n.value != int(n.value):
        return False
    return bool(_AGE_APPOSITION.search(before)) and text[n.end : n.end + 1] in (",", ")")


def _currency_code(m: re.Match[str]) -> str:
    if m.group("code"):
        return m.group("code")
    if m.group("sym"):
        return CURRENCY_SYMBOLS.get(m.group("sym"), CURRENCY_SYMBOLS.get(m.group("sym")[-1], "USD"))
    return "INR"


def _qualifier(text: str, sentence_start: int, pos: int) -> tuple[str | None, int]:
    m = _QUALIFIER.search(text[max(sentence_start, pos - 30) : pos])
    if not m:
        return None, pos
    word = " ".join(m.group("q").lower().split())
    return QUALIFIER_ALIASES.get(word, word), pos - len(m.group(0)) + (m.start("q") - m.start())


def _age_qualifier(text: str, sentence_start: int, pos: int) -> tuple[str | None, int]:
    """ "over age 30": the qualifier stands before "age"."""
    window = text[max(sentence_start, pos - 40) : pos]
    m = re.search(r"(?:\b(?P<q>[a-z]+(?:\s[a-z]+)?)\s+)?(?:aged?|ages)\s+(?:(?P<q2>over|under|between)\s+)?$",
                  window, re.IGNORECASE)  # fmt: skip
    if not m:
        return None, pos
    span_start = pos - len(window) + m.start()
    for group in ("q2", "q"):
        candidate = (m.group(group) or "").lower()
        for q in QUALIFIERS:
            if candidate == q or candidate.endswith(" " + q):
                if group == "q":
                    span_start = pos - len(window) + m.start("q") + len(candidate) - len(q)
                return QUALIFIER_ALIASES.get(q, q), span_start
    return None, pos - len(window) + m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))


def _join_ranges(
    text: str, numbers: list[_Number], read: list[Figure | None]
) -> list[Figure | None]:
    """ "between 10 and 15 people", "2 to 3 million", "$5-6bn", "2022-23": the two ends of a
    range share kind, unit and scale."""
    out = list(read)
    for i in range(len(read) - 1):
        first, second = out[i], out[i + 1]
        if first is None or second is None:
            continue
        gap = text[numbers[i].end : numbers[i + 1].start]
        if not _RANGE_GAP.fullmatch(gap):
            continue
        low, high = numbers[i], numbers[i + 1]
        if first.kind == "year" and gap.strip() in "-–" and high.end - high.start == 2:
            century = int(first.value) // 100 * 100
            out[i + 1] = replace(second, kind="year", value=century + int(high.value))
            continue
        if high.scaled and not low.scaled and not low.words and first.kind in ("number", "money"):
            first = replace(first, value=to_number(low.value * high.scale))
        if first.kind == "age" and second.kind in ("number", "duration"):
            out[i + 1] = replace(second, kind="age", unit=second.unit or first.unit)
        elif first.kind == "number" and second.kind not in ("number", "year", "date", "ordinal"):
            first = replace(first, kind=second.kind, unit=second.unit)
        elif first.kind == "money" and second.kind == "number":
            out[i + 1] = replace(second, kind="money", unit=first.unit)
        out[i] = first
    return out
