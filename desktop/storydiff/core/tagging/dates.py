"""Calendar dates and clock times: "January 18", "18 Jan 2023", "mid-January",
"January 2023", "2023-01-18", "3:30 p.m.".

A bare month name ("in September") is too vague to count as a figure and is
left alone; so are weekdays and "last week".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from storydiff.core.patterns import compile_pattern
from storydiff.core.tagging.lexicon import MONTHS
from storydiff.core.tagging.wordtrie import word_trie

__all__ = ["MONTHS", "find_dates"]

_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_MONTH = rf"(?P<month>{_FULL}|{_ABBR})"
_DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[89]\d\d|20\d\d|2100)"
_PERIOD = r"(?:(?:early|mid|late)[-\s]|(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+)"

_PATTERNS = [
    # January 18 / Jan. 18, 2023 / January 18th
    compile_pattern(rf"\b{_MONTH}\s+{_DAY}(?![\d,]\d)(?:,?\s+{_YEAR})?\b"),
    # 18 January / 18th of January 2023 / 18 Jan. 2023
    compile_pattern(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?(?![\w])"),
    # January 2023 / mid-January 2023
    compile_pattern(rf"(?:\b{_PERIOD})?\b{_MONTH}\s*,?\s+{_YEAR}\b"),
    # mid-January, late October (a full month name only)
    compile_pattern(rf"\b(?:early|mid|late)[-\s](?P<month>{_FULL})\b", re.IGNORECASE),
    # 31.07.2023, 31/07/2023: day first, as outside the US
    compile_pattern(
        r"(?<![\d.])(?P<day>[12]\d|3[01]|0?[1-9])[./](?P<mnum>0[1-9]|1[0-2])[./](?P<year>(?:19|20)\d\d)\b"
    ),
    # 2023-01-18
    # (the year's first digit before the boundary test: the engine skips ahead to digits)
    compile_pattern(
        r"(?P<year>\d(?<!\w\d)\d{3})-(?P<mnum>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])\b"
    ),
]
# Two days of one month: "between March 4 and 19", "March 4-19", "between 4 and
# 19 March", "10 to 12 December"; each day is a date of that month.
_FIRST_DAY = r"(?P<first>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_TO = r"\s*(?:to|through|until|-|–)\s*"
_NOT_A_DAY_AFTER = r"(?![\d,]\d|\s*(?:%|per\b))\b"
_DAY_RANGES = [
    compile_pattern(rf"\bbetween\s+{_MONTH}\s+{_FIRST_DAY}\s+and\s+{_DAY}{_NOT_A_DAY_AFTER}"),
    compile_pattern(rf"\b{_MONTH}\s+{_FIRST_DAY}{_TO}{_DAY}{_NOT_A_DAY_AFTER}"),
    compile_pattern(rf"\bbetween\s+{_FIRST_DAY}\s+and\s+{_DAY}\s+(?:of\s+)?{_MONTH}\b"),
    compile_pattern(rf"\b{_FIRST_DAY}{_TO}{_DAY}\s+(?:of\s+)?{_MONTH}\b"),
]
_TIME = compile_pattern(
    r"\b(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?\s?(?P<ampm>[ap]\.m\.|[ap]m\b)"
    r"|(?<![\d:.,])(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?![\d:])"
    # "0630 GMT", "0600 local time", "2130 hrs": a 24-hour clock written without a colon.
    r"|(?<![\d:.,$€£])(?P<hh>[01]\d|2[0-3])(?P<mm>[0-5]\d)"
    r"(?=\s?(?:(?-i:GMT|UTC|Z|hrs|[A-Z]{1,2}[SDE]T)\b|local\s+time\b))",
    re.IGNORECASE,
)

# Cheap first tests: the month patterns need a month name, the ISO one a hyphen between
# digits, a clock time "a.m."/"pm" or a colon between digits.
_MONTH_HINT = compile_pattern(rf"(?i:{word_trie(set(_FULL.lower().split('|')))})|\b{_ABBR}")
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DOTTED_HINT = compile_pattern(r"\d[./]\d\d[./](?:19|20)\d\d")
# The month patterns by what each cannot match without: a digit (day or year), a year,
# "early"/"mid"/"late" (ASCII lower case; other text is searched).
_FULL_LOWER = tuple(_FULL.lower().split("|"))
_ABBR_HINT = compile_pattern(rf"\b{_ABBR}")
_DIGIT = compile_pattern(r"\d")
_YEAR_HINT = compile_pattern(r"1[89]\d\d|20\d\d|2100")
_PERIOD_WORDS = ("early", "mid", "late")
_TIME_HINT = compile_pattern(
    r"\d\s?[aApP]\.?[mM]|\d:\d|\d{4}\s?(?:GMT|UTC|Z\b|hrs|local\s+time|[A-Z]{1,2}[SDE]T)"
)


@dataclass(frozen=True, slots=True)
class DateMatch:
    start: int
    end: int
    value: str


def find_dates(text: str, start: int, end: int) -> Iterator[DateMatch]:
    """Dates and times in ``text[start:end]``, longest first where they overlap."""
    lowered = text[start:end].lower()
    has_month = any(stem in lowered for stem in _MONTH_STEMS)
    patterns = _month_patterns(text, start, end, lowered) if has_month else []
    if text.find("-", start, end) >= 0:
        patterns.append(_PATTERNS[5])
    if _DOTTED_HINT.search(text, start, end):
        patterns.append(_PATTERNS[4])
    found: list[DateMatch] = []
    if patterns and _DIGIT.search(text, start, end):
        found += _day_ranges(text, start, end)
    for pattern in patterns:
        for m in pattern.finditer(text, start, end):
            value = _date_value(m)
            if value is not None:
                found.append(DateMatch(m.start(), m.end(), value))
    if _TIME_HINT.search(text, start, end):
        for m in _TIME.finditer(text, start, end):
            found.append(DateMatch(m.start(), m.end(), _time_value(m)))
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    last_end = -1
    for match in found:
        if match.start >= last_end:
            last_end = match.end
            yield match


def _day_ranges(text: str, start: int, end: int) -> list[DateMatch]:
    """Both days of "between March 4 and 19" and "10 to 12 December", as dates."""
    found = []
    for pattern in _DAY_RANGES:
        for m in pattern.finditer(text, start, end):
            month = MONTHS[m.group("month").rstrip(".").lower()]
            for group in ("first", "day"):
                day = int(m.group(group))
                if group == "first" and m.start("month") < m.start("first"):
                    span = (m.start("month"), m.end("first"))  # "March 4"
                elif group == "day" and m.start("month") > m.start("day"):
                    span = (m.start("day"), m.end())  # "19 March"
                else:
                    span = (m.start(group), m.end(group))  # the other day alone
                found.append(DateMatch(*span, f"{month:02d}-{day:02d}"))
    return found


def _month_patterns(text: str, start: int, end: int, lowered: str) -> list[re.Pattern[str]]:
    """Those of the first four patterns that can match in ``text[start:end]``: none
    without a month name (as _MONTH_HINT finds one), each only with what it needs."""
    ascii_ = lowered.isascii()
    if ascii_:
        if not any(m in lowered for m in _FULL_LOWER) and not _ABBR_HINT.search(text, start, end):
            return []
    elif not _MONTH_HINT.search(text, start, end):
        return []
    year = _YEAR_HINT.search(text, start, end) is not None
    digit = year or _DIGIT.search(text, start, end) is not None
    periods = not ascii_ or any(w in lowered for w in _PERIOD_WORDS)
    wanted = (digit, digit, year, periods)
    return [pattern for pattern, want in zip(_PATTERNS[:4], wanted, strict=True) if want]


def _date_value(m: re.Match[str]) -> str | None:
    groups = m.groupdict()
    if groups.get("mnum"):
        month = int(groups["mnum"])
    else:
        month = MONTHS[groups["month"].rstrip(".").lower()]
    parts = []
    if groups.get("year"):
        parts.append(groups["year"])
    parts.append(f"{month:02d}")
    if groups.get("day"):
        parts.append(f"{int(groups['day']):02d}")
    return "-".join(parts)


def _time_value(m: re.Match[str]) -> str:
    if m.group("hh"):
        return f"{m.group('hh')}:{m.group('mm')}"
    if m.group("h24"):
        return f"{int(m.group('h24')):02d}:{m.group('m24')}"
    hour = int(m.group("h")) % 12
    if m.group("ampm").lower().startswith("p"):
        hour += 12
    return f"{hour:02d}:{m.group('m') or '00'}"
