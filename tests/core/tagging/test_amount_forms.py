"""Values and currencies kept in less common forms (issue 12): a currency sign that is one
only in its country's sentences, plural scales, decimal commas, ranges written "through to"
or "-to-", and metres told by an object's size. Invented sentences of the shapes."""

from __future__ import annotations

import pytest

from storydiff.core.document import analyse
from storydiff.core.tagging import extract
from storydiff.core.tagging.figures import find_figures


def read(sentence: str) -> list[tuple]:
    return [(f.value, f.high, f.unit) for f in find_figures(sentence, 0, len(sentence))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Nigeria's budget puts spending at N21.8 trillion.", [(21_800_000_000_000, None, "NGN")]),
        ("The naira traded at N1,450 per dollar.", [(1450, None, "NGN per USD")]),
    ],
)
def test_a_sign_that_is_a_currency_in_its_countrys_sentences(sentence, expected):
    assert read(sentence) == expected


def test_the_sign_before_a_scale_or_per_dollar_is_a_currency_anywhere():
    assert read("The committee shared N412.5bn in May.") == [(412_500_000_000, None, "NGN")]
    assert read("The rate was fixed at N410 per dollar.") == [(410, None, "NGN per USD")]


def test_the_same_sign_elsewhere_is_no_currency():
    assert read("The N95 is a mask.") == []
    assert read("Nigerian nurses want N95 masks.") == []


def test_rupees_with_an_abbreviation_dot_and_a_plural_scale():
    figures = extract(analyse("Sales rose to Rs. 512.40 millions in the quarter.\n")).figures
    assert [(f.value, f.unit) for f in figures] == [(512_400_000, "INR")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It will cost between 1 - 1,5 billion euros.", [(1e9, 1.5e9, "EUR")]),
        ("Inflation eased to 2,4% in May.", [(2.4, None, "percent")]),
        ("Towns of 3,500 people", [(3500, None, "people")]),
    ],
)
def test_a_decimal_comma_before_a_scale_or_percent(sentence, expected):
    assert [row for row in read(sentence) if not isinstance(row[0], str)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Capacities run 2,000 mAh through to 3,000 mAh.", [(2000, 3000, "mAh")]),
        ("Its target is a band of two-to- four percent.", [(2, 4, "percent")]),
        ("The rock is 15-30m (50-100ft) across.", [(15, 30, "m"), (50, 100, "feet")]),
        ("It is 50ft to 90ft (15m to 27m) across.", [(50, 90, "feet"), (15, 27, "m")]),
    ],
)
def test_ranges_written_through_to_or_with_hyphens_and_metres_by_size(sentence, expected):
    assert read(sentence) == expected
