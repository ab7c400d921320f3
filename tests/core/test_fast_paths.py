"""Cheap first tests and shortcuts added for speed agree with the slow paths they skip."""

from __future__ import annotations

import re
from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from storydiff.core import boilerplate
from storydiff.core.edits import notes
from storydiff.core.fact_matching import _overlap
from storydiff.core.tagging import amounts, claims, dates, figures, quotes, shapes
from storydiff.core.tagging.kinds import FigureKind
from storydiff.core.tagging.measures import Measure
from storydiff.core.tagging.records import Change, Figure
from storydiff.core.text import comparison_key
from storydiff.core.text import words as fast_words

_FRAGMENTS = [
    "Correction", "CLARIFICATION", "Editor's note", "note to readers", "An earlier version of this",
    "the previous headline of this", "article", "story", "post", "has been", "was", "is being",
    "corrected", "Amended", "clarified", "updated", "UPDATED", "will be", "on a rolling basis",
    "Photo", "image", "Illustration", "video", "credit", "(Photo by", "Getty Images", "AP Photo",
    "Reuters/", "Associated Press/", "AFP via Getty", "Jane Doe", "1,200", "3.5", "ſ", "K", "é",
    "’", "—", ":", "-", "(", ")", " ", "  ", ",", ".", "\n", "this", "of", "the", "an",
]  # fmt: skip
texts = st.lists(st.sampled_from(_FRAGMENTS) | st.text(max_size=3), max_size=14).map("".join)


@given(texts)
def test_note_prefilter_never_skips_a_note(text: str) -> None:
    plain = notes.plain(text)
    if notes._CORRECTION.search(plain) or notes._UPDATE.search(plain):
        assert notes._may_be_note(plain)


@given(texts)
def test_credit_prefilter_agrees_with_the_search(text: str) -> None:
    assert boilerplate._has_credit(text) == (boilerplate._CREDIT.search(text) is not None)


@given(texts)
def test_words_agree_with_the_general_form(text: str) -> None:
    slow = [
        w.replace(",", "") if w[0].isdigit() else w
        for w in re.findall(r"\w+(?:[.,'\u2019]\w+)*", comparison_key(text).casefold())
    ]
    assert fast_words(text) == slow


@given(st.frozensets(st.sampled_from("abcdefgh")), st.frozensets(st.sampled_from("abcdefgh")))
def test_overlap_is_the_jaccard_index(a: frozenset[str], b: frozenset[str]) -> None:
    expected = len(a & b) / len(a | b) if a and b else 0.0
    assert _overlap(a, b) == expected


_DATE_FRAGMENTS = [
    "January", "jan", "Jan.", "Sept", "march", "MAY", "may", "early", "Mid", "late", "-", " ",
    "of", "the end of", "18", "3", "31st", "2023", "1999", "2100", "19", ",", ".", "ſ", "ı", "K",
    "é", "٣", "Dec", "decided", "market", "october",
]  # fmt: skip
date_texts = st.lists(st.sampled_from(_DATE_FRAGMENTS) | st.text(max_size=2), max_size=12).map(
    "".join
)


@given(date_texts)
def test_month_patterns_skipped_only_where_they_cannot_match(text: str) -> None:
    chosen = dates._month_patterns(text, 0, len(text), text.lower())
    if not dates._MONTH_HINT.search(text):
        assert chosen == []
    for pattern in dates._PATTERNS[:4]:
        if pattern not in chosen:
            assert pattern.search(text) is None


_MEASURE_WORDS = st.sampled_from(["", "people", "killed people", "rose", "fell", "annual", "gaza"])


@given(_MEASURE_WORDS, _MEASURE_WORDS, _MEASURE_WORDS, _MEASURE_WORDS)
def test_measure_key_is_its_compared_fields(quantity, event, period, place) -> None:
    measure = Measure("count", quantity, event, period, place)
    fields = ("quantity", "family", "period", "place")
    expected = "|".join(("count", *(measure.field_key(name) for name in fields)))
    assert measure.key == expected


@given(
    st.sampled_from(list(FigureKind)),
    st.integers(0, 50),
    st.text(max_size=5),
    st.one_of(st.none(), st.integers(), st.floats(allow_nan=False), st.text(max_size=3)),
    st.one_of(st.none(), st.text(max_size=3)),
    st.one_of(st.none(), st.sampled_from(["over", "nearly"])),
    st.one_of(st.none(), st.integers()),
    st.one_of(st.none(), st.builds(Change, st.sampled_from(["up", "down"]), st.integers())),
    st.booleans(),
)
def test_with_measure_is_replace(kind, start, text, value, unit, qualifier, high, change, vague):
    figure = Figure(kind, start, start + 3, text, value, unit, qualifier, high, change, vague)
    measure = Measure("count", "people")
    assert figure.with_measure(measure) == replace(figure, measure=measure)


_POINT_WORDS = ["half", "a", "quarter", "of", "an", "percentage", "Point", "POINT", "basis"]
point_texts = st.lists(st.sampled_from([*_POINT_WORDS, " ", "  ", "poınt", "ı"]), max_size=10)


@given(point_texts.map("".join))
def test_fraction_point_prefilter(text: str) -> None:
    fast = [m.span() for m in figures._fraction_points(text, 0, len(text))]
    assert fast == [m.span() for m in figures._FRACTION_POINT.finditer(text)]


# The patterns as they were written before they were reordered for speed: the oracles.
_ORIGINAL_PATTERNS = {
    (figures, "_DIGITS"): re.compile(r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d])"),
    (figures, "_DIGIT_ORDINAL"): re.compile(r"(?<![\w.-])(\d+)(?:st|nd|rd|th)\b"),
    (shapes, "_TALLY_TO"): re.compile(r"(?<![\w.,$€£¥])\d{1,3}\s+to\s+\d{1,3}(?![\w%]|[.,]\d)"),
    (shapes, "_RANKING"): re.compile(r"\bNo\.\s?(\d{1,3})\b(?![.,]\d)"),
    (shapes, "_SCORE"): re.compile(r"(?<![\w.,$€£¥/-])(\d{1,3})[-–](\d{1,3})(?![\w%/]|[-–.,]\d)"),
    (amounts, "_SLASH"): re.compile(r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>2|3|4|5|8|10|16)(?![\d/])"),
    (quotes, "_SINGLE"): re.compile(
        r"(?:(?<=^)|(?<=[\s(\[—–]))[‘'](?=[A-Za-z0-9])|(?<=[\w.,!?;:])[’'](?=[\s.,;:!?)—–]|$)",
        re.MULTILINE,
    ),
}
_PATTERN_FRAGMENTS = [
    "1", "23", "456", "7,890", "1,2345", ".5", "0.25", ",", ".", "-", "$", "€", "a", "No", "no",
    "No.", "to", " to ", "2023", "2023-01-", "01", "/", "–", "st", "nd", "th", "x", "_", "٣",
    "é", "‘", "’", "'", "(", "[", "—", "!",
    " ", "\n", "  ",
]  # fmt: skip
pattern_texts = st.lists(st.sampled_from(_PATTERN_FRAGMENTS), max_size=16).map("".join)


@given(pattern_texts)
def test_iso_dates_match_as_written(text: str) -> None:
    written = re.compile(
        r"\b(?P<year>\d{4})-(?P<mnum>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])\b"
    )
    got = [(m.span(), m.groups()) for m in dates._PATTERNS[5].finditer(text)]
    assert got == [(m.span(), m.groups()) for m in written.finditer(text)]


@given(pattern_texts, st.integers(0, 6), st.integers(0, 6))
def test_reordered_patterns_match_as_written(text: str, cut_start: int, cut_end: int) -> None:
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    for (module, name), original in _ORIGINAL_PATTERNS.items():
        fast = getattr(module, name)
        got = [(m.span(), m.groups()) for m in fast.finditer(text, start, end)]
        assert got == [(m.span(), m.groups()) for m in original.finditer(text, start, end)], name


_EDITORIAL_FRAGMENTS = ["reached out to", "For Comment", "did not", "immediately", "respond",
                        "reſpond", "declined to comment", "has contacted", "contacted", "him",
                        "for", " ", "x", "é"]  # fmt: skip


@given(st.lists(st.sampled_from(_EDITORIAL_FRAGMENTS), max_size=8).map(" ".join))
def test_editorial_prefilter(text: str) -> None:
    assert claims._editorial(text) == (claims._EDITORIAL.search(text) is not None)


_RATIO_WORDS = ["one", "Two", "ten", "3", "12", "in", "IN", "out", "of", "every", "five-", "ſ"]


@given(st.lists(st.sampled_from([*_RATIO_WORDS, " ", "  ", "\n", "-", "x"]), max_size=14))
def test_ratio_hint_is_needed_by_every_ratio(parts: list[str]) -> None:
    text = "".join(parts)
    if figures._RATIO.search(text):
        assert figures._RATIO_HINT.search(text)
