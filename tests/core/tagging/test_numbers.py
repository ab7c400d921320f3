"""Reading numbers as news writes them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from storydiff.core.tagging.numbers import parse_digits, parse_ordinal, parse_words, to_number


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("two", 2),
        ("twelve", 12),
        ("twenty-five", 25),
        ("three hundred", 300),
        ("three hundred thousand", 300_000),
        ("one hundred and five", 105),
        ("a dozen", 12),
        ("two dozen", 24),
        ("a million", 1_000_000),
        ("half a million", 500_000),
        ("two billion", 2_000_000_000),
    ],
)
def test_word_numbers_have_their_value(words, value):
    assert parse_words(words) == value


def test_unknown_words_are_not_numbers():
    assert parse_words("several") is None


@pytest.mark.parametrize(
    ("text", "value"), [("370,000", 370_000), ("1.5", 1.5), ("2023", 2023), ("0.4", 0.4)]
)
def test_digits_keep_their_exact_value(text, value):
    assert to_number(parse_digits(text)) == value


def test_scaled_decimals_are_exact():
    assert to_number(Decimal("5.2") * 1_000_000_000) == 5_200_000_000


@pytest.mark.parametrize(
    ("text", "value"),
    [("80th", 80), ("1st", 1), ("second", 2), ("third", 3), ("twenty-first", 21), ("tenth", 10)],
)
def test_ordinals(text, value):
    assert parse_ordinal(text) == value
