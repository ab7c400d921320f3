"""Any text can be tagged: no crash, and every offset points at its own text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storydiff.core.document import analyse
from storydiff.core.tagging import extract

_PIECES = st.sampled_from(
    [
        "300,000 troops", "over", "$5.2bn", "said", "according to", '"', "“", "”", "'", "’",
        "Peskov", "Kremlin spokesman Dmitry Peskov", "he added", ",", ".", "\n", "\n\n", " ",
        "January 18", "mid-January", "2023", "two weeks", "a second", "80th", "age 30", "%",
        "the ISW report states", "(ISW)", "told Newsweek", "Su-25", "one in five", "-", "—",
        "4", "4 hundred", "hundred", "3 lakh", "2 crore", "8 B", "300k", "37m (121ft)-long",
        "a third", "half a dozen", "$3-4 billion", "fell from $2,415 to", "-1.3%", "dozens of",
    ]
)  # fmt: skip


def _check(text: str) -> None:
    tags = extract(analyse(text))
    for item in tags.figures + tags.sources + tags.quotes:
        assert 0 <= item.start <= item.end <= len(text)
        assert text[item.start : item.end] == item.text
    for claim in tags.claims:
        assert 0 <= claim.start < claim.end <= len(text)


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=40).map(" ".join))
def test_news_like_fragments_never_break_the_tagger(text):
    _check(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_any_text_never_breaks_the_tagger(text):
    _check(text)


def test_empty_and_unbalanced_texts():
    for text in ("", "\n\n", '"', '"Open quote never closed, he said.', "”stray", "1", "$"):
        _check(text)


@pytest.mark.parametrize(
    ("number", "value"),
    [("4 hundred", 400), ("4 thousand", 4000), ("4 lakh", 400_000), ("4 crore", 40_000_000),
     ("4 million", 4_000_000), ("4k", 4000), ("4bn", 4_000_000_000), ("4 B", 4_000_000_000)],
)  # fmt: skip
def test_digits_before_any_scale_word_are_a_number(number, value):
    """ "There were 4 hundred people." once raised KeyError: every scale word has a factor."""
    tags = extract(analyse(f"There were {number} people."))
    assert [(f.value, f.unit) for f in tags.figures] == [(value, "people")]


def test_text_whose_lower_case_is_longer_keeps_its_offsets():
    """ "İ" lower-cases to two characters: the figure hint then reads the original text."""
    text = "İstanbul said 300 people left. Three hundred more stayed."
    tags = extract(analyse(text))
    assert [(f.text, f.value) for f in tags.figures] == [
        ("300 people", 300),
        ("Three hundred", 300),
    ]
    _check(text)
