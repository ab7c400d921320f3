"""Units that used to be lost (issue 12): megapixels, two-word units, singular units before a
hyphen, "one"/"a" with a unit, partitive counts, "US" before a counted noun. Invented sentences
of the shapes; real ones are spec cases (tests/core/tagging/spec/)."""

from __future__ import annotations

import pytest

from storydiff.core.document import analyse
from storydiff.core.tagging import extract
from storydiff.core.tagging.figures import find_figures


def read(sentence: str) -> list[tuple]:
    return [(f.value, f.unit) for f in find_figures(sentence, 0, len(sentence))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The phone has a 50MP main camera.", [(50, "megapixels")]),
        ("Its selfie camera is 12 MP.", [(12, "megapixels")]),
        ("The lenses are 48MP and 8MP.", [(48, "megapixels"), (8, "megapixels")]),
    ],
)
def test_megapixels_in_a_camera_sentence(sentence, expected):
    assert read(sentence) == expected


def test_mp_without_a_camera_is_no_unit():
    assert read("The 11th Malaysia Plan (11MP) ends soon.") == []
    assert all(unit != "megapixels" for _, unit in read("One MP said 40 MPs voted."))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The fire burned 3,500 square km of forest.", [(3500, "km²")]),
        ("A 2.4 mile-long tunnel opened.", [(2.4, "miles")]),
        ("The lake spans 40 sq km.", [(40, "km²")]),
        ("The tank holds 12 cubic metres.", [(12, "cubic metres")]),
    ],
)
def test_two_word_units_and_a_unit_before_a_hyphen(sentence, expected):
    assert read(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Rates rose to one percent.", [(1, "percent")]),
        ("Fines reach one per cent of turnover.", [(1, "percent")]),
        ("The town lies within a mile of the border.", [(1, "miles")]),
        ("Police seized a kilogram of heroin.", [(1, "kg")]),
    ],
)
def test_one_and_a_count_one_unit(sentence, expected):
    assert read(sentence) == expected


def test_a_ton_of_and_a_second_are_not_measures():
    assert read("It took a second and a ton of work.") == []


def test_a_magnitude_of_names_its_measure():
    assert read("It struck with a magnitude of 5.4.") == [(5.4, "magnitude")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Five of the protesters were arrested.", [(5, "protesters")]),
        ("Police said 12 of the victims were children.", [(12, "victims")]),
        ("Six of the injured were released.", [(6, None)]),
        ("Two of the injured workers died.", [(2, "injured workers")]),
    ],
)
def test_a_count_of_the_nouns_after_of_the(sentence, expected):
    assert read(sentence) == expected


def test_us_before_a_counted_noun_is_the_country_not_a_pronoun():
    assert read("About 2,000 US troops left.") == [(2000, "US troops")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The rate was pegged at 460 naira per dollar.", [(460, "NGN per USD")]),
        ("It travels at 7.8 km per second.", [(7.8, "km per second")]),
        ("It flew 5 miles (8 km) per second.", [(5, "miles per second"), (8, "km per second")]),
        ("Crude fell to $71.02 US a barrel.", [(71.02, "USD per barrel")]),
        ("Diesel costs 1.60 euros a litre.", [(1.6, "EUR per litre")]),
    ],
)
def test_an_amount_per_something_carries_it_in_its_unit(sentence, expected):
    assert read(sentence) == expected


def test_others_is_no_unit_but_still_counts_others_of_the_noun_before():
    figures = find_figures("Two guards died and 14 others were hurt.", 0, 40)
    assert [(f.value, f.unit, f.text) for f in figures] == [
        (2, "guards", "Two guards"),
        (14, None, "14 others"),
    ]
    assert read("Two died and hundreds of others fled.")[-1] == (200, None)


def test_a_unit_alone_in_a_sentence_is_still_read_as_a_figure():
    figures = extract(analyse("The rock is up to a mile wide.\n")).figures
    assert [(f.value, f.unit) for f in figures] == [(1, "miles")]
