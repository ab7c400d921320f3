"""Number shapes that are not plain amounts: names ("Boeing 737", "G7"), scores and vote
tallies ("won 3-1", "voted 7-2"), rankings ("No. 3") and hyphenated fractions
("a quarter-point cut").

Scores and tallies are not figures, like names: the finders mark their spans as
taken so their parts are not read as numbers.
"""

from __future__ import annotations

import re

from storydiff.core.patterns import compile_pattern
from storydiff.core.tagging.dates import MONTHS
from storydiff.core.tagging.kinds import FigureKind
from storydiff.core.tagging.lexicon import (
    CONTEXT_CURRENCY_SIGNS,
    CURRENCY_BEFORE,
    PREPOSITIONS,
    SCALE_ABBREVIATIONS,
    SCALE_WORDS,
)
from storydiff.core.tagging.meaning import context_currency
from storydiff.core.tagging.phrases import is_plural, phrase_after, words_after
from storydiff.core.tagging.records import Figure
from storydiff.core.tagging.vocabulary import (
    CURRENCY_CODES,
    FUNCTION_WORDS,
    MEASURES,
    TIME_UNITS,
)
from storydiff.core.tagging.wordtrie import word_trie

# Words that name a series, so the number after them is part of a name even before a
# counted noun: "Boeing 737 jets", "Windows 11 users", "Route 66 motels".
SERIES = frozenset(
    """
    max boeing airbus apollo artemis soyuz route flight windows iphone ipad galaxy pixel xbox
    playstation article title type section chapter clause amendment stoxx ftse nasdaq dow
    s&p nikkei dax cac formula interstate highway terminal gate platform room model series
    version phase resolution paragraph schedule stage tier class zone division league
    district ward precinct channel line runway squadron battalion regiment corps android ios
    macos
    """.split()
)
_NOT_NAMES = frozenset({"category", "level", "magnitude", "grade", "force"})
_NAME_HYPHEN_PREFIXES = frozenset(
    {"mid", "early", "late", "pre", "post", "magnitude", "category", "minus"}
)
_STREET = compile_pattern(
    r"\s+(?:[NSEW]\.?\s+)?(?:(?:[A-Z][a-z]+|\d+(?:st|nd|rd|th))\s+){1,2}"
    r"(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Square|Boulevard|Blvd|Drive|Place|Pl|Way|Court)\b"
)
_SIGNS = sorted(CURRENCY_BEFORE, key=len, reverse=True)
_CURRENCY_SIGN = compile_pattern(
    r"(?<![A-Za-z])(?:" + "|".join(re.escape(s) for s in _SIGNS if s[-1].isalpha()) + r")\s?$"
)
# "COVID -19": a name's number with a stray space.
_STRAY_SPACE = compile_pattern(r"\b[A-Z]{2,}\s[-‑]$")
# "the 737 Max", "iPhone 15 Pro": a model name after the number.
_MODEL_AFTER = compile_pattern(
    r"\s(?:Max|MAX|Pro|Plus|Ultra|Mini|mini|Neo|Lite|XL)\b|\s+U\.S\.C\.|\s+CFR\b"
)
# A military unit's number: "the 41 Rifle Battalion", "3 Commando Brigade".
_UNIT_AFTER = compile_pattern(
    r"(?:st|nd|rd|th)?\s+(?:[A-Z][a-z]+\s+){0,2}"
    r"(?:Battalion|Brigade|Regiment|Division|Squadron|Corps|Fleet|Army)\b"
)
# Boeing's jet models ("the 777", "the 747 freighter") in a sentence about aircraft.
_JET_MODEL = compile_pattern(r"7[0-8]7")
_AVIATION = compile_pattern(
    r"\b(?:Boeing|jets?|jetliners?|airliners?|planes?|aircraft|Dreamliner)\b"
)
# "flight 302 landed", "route 66", "section 8": a lower-case series word names the number.
_SERIES_BEFORE = compile_pattern(
    r"\b(?:flight|route|bus|platform|gate|room|section|article|chapter|exit|runway|channel|"
    r"model|version|version|precinct|ward|district|highway|interstate)\s+$"
)
# "New York, NY 10021", "Calif. 94103": a ZIP code after a state.
_ZIP_BEFORE = compile_pattern(r"\b(?:[A-Z]{2}|[A-Z][a-z]{2,4}\.)\s$")
# "(212) 555-1234", "212-555-1234", "1-800-555-0199", "+44 20 7946 0958", "011-23978046"
# (an area code with a leading zero): telephone numbers.
_PHONE_HINT = compile_pattern(r"\d\d[\s.)-]+\d\d\d[\s.-]\d|0\d{2,4}-\s?\d{6}")
_PHONE = compile_pattern(
    r"(?:\+\d{1,3}[\s.-]?|(?<![\d,.])1[\s.-])?(?:\(\d{2,4}\)|\d{3})[\s.-]?\d{3}[\s.-]\d{4}\b"
    r"|\+\d{1,3}(?:[\s.-]\d{2,5}){2,4}\b"
    r"|(?<![\d,.])0\d{2,4}-\s?\d{6,8}\b"
)
_WORD_BEFORE = compile_pattern(r"([A-Za-z][\w.'’&-]*)\s+$")
_HYPHEN_WORD = compile_pattern(r"([A-Za-z]+)-?$")
_AMOUNT_AFTER = compile_pattern(
    r"\s?(?:%|per\s?cent\b|percent\b|pct\b|(?-i:pc)\b)"
    rf"|(?:\s+|-)?(?:{word_trie(set(SCALE_WORDS) | set(SCALE_ABBREVIATIONS))})\b",
    re.IGNORECASE,
)
_RANGE_REST = compile_pattern(r"\s*(?:-|–|to)\s*\d[\d,]*(?:\.\d+)?")
_SCORE = compile_pattern(r"(\d(?<![\w.,$€£¥/-]\d)\d{0,2})[-–](\d{1,3})(?![\w%/]|[-–.,]\d)")
_RANGE_BEFORE = compile_pattern(
    r"\b(?:aged?|ages|between|from|pages?|chapters?|verses?|nos?\.)\s+$|[$€£¥]$", re.IGNORECASE
)
_VOTE = compile_pattern(
    r"\b(?:vot\w*|ballot|majority|margin|tally|verdict|ruling|decision)\b", re.I
)
# The first character is matched before the look behind it ("No" not after a letter, a
# tally's digit not after a word or a number): the same matches, found by skipping ahead.
_TALLY_TO = compile_pattern(r"\d(?<![\w.,$€£¥]\d)\d{0,2}\s+to\s+\d{1,3}(?![\w%]|[.,]\d)")
_RANKING = compile_pattern(r"No(?<!\wNo)\.\s?(\d{1,3})\b(?![.,]\d)")
_FRACTION_HYPHEN = compile_pattern(
    r"\b(?:(?P<n>three)-)?(?P<f>half|quarter)-(?P<u>percentage-point|point)\b", re.IGNORECASE
)


def in_name(text: str, start: int, end: int) -> bool:
    """ "G7", "Su-25", "COVID-19", "A320", "Boeing 737", "Article 5", "10 Downing Street",
    "737 Max", "NY 10021", "9 E 71st St", "41 Rifle Battalion"; not "USD10m", "RM12.50",
    "Rs 500"."""
    before = text[start - 1] if start > 0 else " "
    glued = before.isalpha() or text[start - 2 : start - 1].isalpha()
    if glued and _CURRENCY_SIGN.search(text, max(0, start - 5), start):
        return False
    if before in CONTEXT_CURRENCY_SIGNS and context_currency(text, start, start - 200, end + 200):
        counted = words_after(text, end, len(text), most=1)
        if not (counted and is_plural(counted[0][0])):
            return False  # "N410" near "naira"; "N95 masks" stays a name
    if text[end : end + 1] == " " and _MODEL_AFTER.match(text, end):
        return True
    if _UNIT_AFTER.match(text, end):
        return True  # "soldiers of the 41 Rifle Battalion"
    if _JET_MODEL.fullmatch(text, start, end) and _AVIATION.search(
        text, max(0, start - 150), end + 150
    ):
        return True  # "alongside the 787 ... and the 747 freighter"
    if before in "-‑" and text[start - 2 : start - 1] == " " and _STRAY_SPACE.search(
        text, max(0, start - 12), start):  # fmt: skip
        return True
    if end - start == 5 and _ZIP_BEFORE.search(text, max(0, start - 8), start):
        return True
    if _is_code(text, start, end, before):
        return True
    if before.isalpha() or before == "_":
        return True
    if before in "-‑" and start > 1 and text[start - 2].isalpha():
        word = _HYPHEN_WORD.search(text, max(0, start - 12), start - 1)
        return not (word and word.group(1).lower() in _NAME_HYPHEN_PREFIXES)
    if before in "/#§" or text[end : end + 1] == "/" or text.endswith("§ ", 0, start):
        return True
    lower_before = text[start - 2 : start - 1].islower()
    if lower_before and _SERIES_BEFORE.search(text, max(0, start - 12), start):
        return not _counted_after(text, end)
    window = max(0, start - 30)
    prev = _WORD_BEFORE.search(text, window, start)
    if prev and _is_name_word(text, prev.group(1), start, end):
        return True
    if text.endswith(" of ", 0, start) and text.endswith("Group of ", 0, start):
        return True
    return bool(_STREET.match(text, end))


def _is_code(text: str, start: int, end: int, before: str) -> bool:
    """Numbers written without separators that are codes, not amounts: nine digits or more
    that count nothing ("9876543210", a mobile number), or five or more before a capitalised
    name or alone in brackets ("the 22691 Rajdhani Express", "the Mail Express (12618)")."""
    digits = text[start:end]
    if not digits.isdigit() or len(digits) < 5:
        return False
    if len(digits) >= 9:
        return not _counted_after(text, end)
    after = text[end : end + 2]
    return (after[:1] == " " and after[1:].isupper()) or (before == "(" and after[:1] == ")")


def _is_name_word(text: str, word: str, start: int, end: int) -> bool:
    """Whether the capitalised word before a number names something: "Boeing 737",
    "Title 42", "iPhone 15"; not "About 300", "In 2023", "Across 2023", "January 18", "In
    Leeds 300 people", "Climbing 1,200 stairs"."""
    bare = word.lower().rstrip(".")
    if not any(c.isupper() for c in word) or word.islower():
        return False
    if bare in FUNCTION_WORDS or bare in PREPOSITIONS:  # "Across 2023", "Despite 40 ..."
        return False
    if word.endswith(("'s", "’s")):
        return False  # "Sichuan's 2008 quake": a possessive, not a model name
    if bare in MONTHS or word in CURRENCY_CODES or bare in _NOT_NAMES:
        return False
    if bare in SERIES:
        return True
    digits = text[start:end]
    if "," in digits or "." in digits:
        return False  # "Climbing 1,200 stairs": model numbers carry no separators
    return not _counted_after(text, end)


def _counted_after(text: str, end: int) -> bool:
    """A number followed by a plural noun, a unit, a scale or a percent is an amount."""
    rest = _RANGE_REST.match(text, end)
    if rest:
        end = rest.end()  # "3-4 inches": look after the top of the range
    if _AMOUNT_AFTER.match(text, end):
        return True
    words = words_after(text, end, len(text), allow_hyphen=False, most=3)
    if not words:
        return False
    first = words[0][0].lower()
    if first in MEASURES or first in TIME_UNITS:
        return True
    return any(is_plural(w) and w[:1].islower() for w, _, _ in words)


def scores(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of scores and vote tallies: "beat Leeds 3-1", "a 2-0 win", "voted 5-4", and of
    telephone numbers."""
    phones = _PHONE.finditer(text, start, end) if _PHONE_HINT.search(text, start, end) else ()
    found = [(m.start(), m.end()) for m in phones]
    dashed = text.find("-", start, end) >= 0 or text.find("–", start, end) >= 0
    for m in _SCORE.finditer(text, start, end) if dashed else ():
        a, b = m.group(1), m.group(2)
        if _RANGE_BEFORE.search(text, max(start, m.start() - 12), m.start()):
            continue
        if int(a) < int(b) and _counted_after(text, m.end()):
            continue  # "5-6 people", "3-4%": a range; "1-0 thanks to" stays a score
        if (len(a) == 3 or len(b) == 3) and not _VOTE.search(text, max(start, m.start() - 30),
                                                             min(end, m.end() + 20)):  # fmt: skip
            continue
        found.append((m.start(), m.end()))
    for m in _TALLY_TO.finditer(text, start, end) if text.find("to", start, end) >= 0 else ():
        if _VOTE.search(text, max(start, m.start() - 25), m.start()) and not _counted_after(
            text, m.end()
        ):
            found.append((m.start(), m.end()))  # "the vote was 6 to 3"
    return found


def rankings(text: str, start: int, end: int) -> list[Figure]:
    """ "No. 5 in the league table" → ordinal 5, unit "rank"; "the No. 1 seed" → unit "seed"."""
    found = []
    for m in _RANKING.finditer(text, start, end):
        if _STREET.match(text, m.end()):
            continue  # "No. 10 Downing Street"
        unit = phrase_after(text, m.end(), end)
        if unit is not None and (unit[:1].isupper() or len(unit.split()) > 1):
            unit = None
        found.append(
            Figure(
                FigureKind.ORDINAL, m.start(), m.end(), m.group(), int(m.group(1)), unit or "rank"
            )
        )
    return found


def hyphen_fractions(text: str, start: int, end: int) -> list[Figure]:
    """ "a quarter-point cut" → 0.25 percentage points, "a half-point rise" → 0.5."""
    found: list[Figure] = []
    if text.find("-", start, end) < 0:
        return found
    for m in _FRACTION_HYPHEN.finditer(text, start, end):
        value = 0.5 if m.group("f").lower() == "half" else 0.25
        if m.group("n"):
            value = 0.75
        found.append(
            Figure(FigureKind.PERCENT, m.start(), m.end(), m.group(), value, "percentage points")
        )
    return found
