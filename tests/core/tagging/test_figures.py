"""Figures: kinds, values, units, qualifiers, and numbers that are names."""

from __future__ import annotations

import pytest

from storydiff.core.tagging.figures import find_figures
from storydiff.core.tagging.records import Figure


def figures(sentence: str) -> list[Figure]:
    return find_figures(sentence, 0, len(sentence))


def only(sentence: str) -> Figure:
    found = figures(sentence)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "kind", "text", "value", "unit", "qualifier"),
    [
        # counts
        ("Putin called up 300,000 troops.", "count", "300,000 troops", 300_000, "troops", None),
        ("It prompted over 370,000 Russian citizens to flee.", "count",
         "over 370,000 Russian citizens", 370_000, "Russian citizens", "over"),
        ("Three hundred thousand reservists were called up.", "count",
         "Three hundred thousand reservists", 300_000, "reservists", None),
        ("Some 1.5 million people fled.", "count", "Some 1.5 million people", 1_500_000,
         "people", "some"),
        ("About 300k homes lost power.", "count", "About 300k homes", 300_000, "homes", "about"),
        ("A dozen schools closed.", "count", "A dozen schools", 12, "schools", None),
        ("The strike killed at least 12 people.", "count", "at least 12 people", 12, "people",
         "at least"),
        ("Nearly 5,000 soldiers died.", "count", "Nearly 5,000 soldiers", 5000, "soldiers",
         "nearly"),
        # percent
        ("Inflation rose to 10.1% in March.", "percent", "10.1%", 10.1, "percent", None),
        ("Prices fell more than 3 percent.", "percent", "more than 3 percent", 3, "percent",
         "more than"),
        ("Turnout was 67.3 per cent.", "percent", "67.3 per cent", 67.3, "percent", None),
        ("Rates rose 0.5 percentage points.", "percent", "0.5 percentage points", 0.5,
         "percentage points", None),
        ("The bank raised rates by half a percentage point.", "percent",
         "half a percentage point", 0.5, "percentage points", None),
        # money
        ("The firm lost $5.2bn.", "money", "$5.2bn", 5_200_000_000, "USD", None),
        ("The EU pledged €300 million.", "money", "€300 million", 300_000_000, "EUR", None),
        ("It was fined £50,000.", "money", "£50,000", 50_000, "GBP", None),
        ("They paid 2 billion dollars.", "money", "2 billion dollars", 2_000_000_000, "USD", None),
        ("Aid of up to $24.2 billion was pledged.", "money", "up to $24.2 billion",
         24_200_000_000, "USD", "up to"),
        # dates and years
        ("It could come as early as January 18.", "date", "January 18", "01-18", None, None),
        ("It was signed on 18 Jan 2023.", "date", "18 Jan 2023", "2023-01-18", None, None),
        ("Preparations were set for mid-January.", "date", "mid-January", "01", None, None),
        ("It began on February 24, 2022.", "date", "February 24, 2022", "2022-02-24", None, None),
        ("It was filed in January 2023.", "date", "January 2023", "2023-01", None, None),
        ("The file is dated 2023-01-18.", "date", "2023-01-18", "2023-01-18", None, None),
        ("It struck at 4:17 a.m.", "date", "4:17 a.m.", "04:17", None, None),
        ("Growth could return in 2024.", "year", "2024", 2024, None, None),
        # durations
        ("They fled within two weeks.", "duration", "two weeks", 2, "weeks", "within"),
        ("He was held for 48 hours.", "duration", "48 hours", 48, "hours", None),
        ("A 10-year plan was agreed.", "duration", "10-year", 10, "years", None),
        ("He has ruled for more than two decades.", "duration", "more than two decades", 2,
         "decades", "more than"),
        # ages
        ("Conscripts over age 30 will serve.", "age", "over age 30", 30, "years", "over"),
        ("A 30-year-old man was hurt.", "age", "30-year-old", 30, "years", None),
        ("Jane Smith, 45, said so.", "age", "45", 45, "years", None),
        ("Men aged 65 were exempt.", "age", "65", 65, "years", None),
        # ordinals
        ("Putin may announce a second mobilization wave.", "ordinal", "second", 2,
         "mobilization wave", None),
        ("They marked the 80th anniversary of the siege.", "ordinal", "80th", 80, "anniversary",
         None),
        ("It is the first annual loss.", "ordinal", "first", 1, "annual loss", None),
        # plain numbers and measures
        ("A magnitude 7.8 earthquake struck.", "number", "magnitude 7.8", 7.8, "magnitude", None),
        ("It hit about 26 kilometres east.", "number", "about 26 kilometres", 26, "km", "about"),
        ("Temperatures reached 40C.", "number", "40C", 40, "°C", None),
        ("The Dow fell 300 points.", "number", "300 points", 300, "points", None),
        ("One in five men are eligible.", "number", "One in five", 0.2, "men", None),
    ],
)  # fmt: skip
def test_figure_kind_value_unit_and_qualifier(sentence, kind, text, value, unit, qualifier):
    figure = only(sentence)
    assert (figure.kind, figure.value, figure.unit, figure.qualifier) == (
        kind, value, unit, qualifier,
    )  # fmt: skip
    assert sentence[figure.start : figure.end] == figure.text
    assert text in figure.text or figure.text in text


@pytest.mark.parametrize(
    "sentence",
    [
        "It happened during the World War II siege.",
        "An Su-25 jet was downed.",
        "The G7 met in Hiroshima.",
        "COVID-19 cases rose.",
        "A Boeing 737 landed.",
        "NATO discussed Article 5.",
        "He left 10 Downing Street.",
        "The S&P 500 slipped.",
        "Sales of the iPhone 15 began.",
        "The F-16 and the MH17 inquiry.",
        "Formula One returned.",
        "The 9/11 attacks were remembered.",
        "The 1st Armored Division deployed.",
        "Title 42 expired.",
        "Putin previously announced a mobilization in September.",
        "He met one of the officials, and no one else.",
    ],
)
def test_names_and_vague_words_are_not_figures(sentence):
    assert figures(sentence) == []


def test_each_end_of_a_range_is_a_figure():
    found = figures("The military will change between 2023 and 2026.")
    assert [(f.kind, f.value) for f in found] == [("year", 2023), ("year", 2026)]


def test_a_range_is_one_figure_with_its_low_and_high_end():
    found = figures("Between 4 and 5 million voters stayed home, costing $7-8 billion.")
    assert [(f.text, f.kind, f.value, f.high, f.unit) for f in found] == [
        ("Between 4 and 5 million voters", "count", 4_000_000, 5_000_000, "voters"),
        ("$7-8 billion", "money", 7_000_000_000, 8_000_000_000, "USD"),
    ]


@pytest.mark.parametrize(
    ("sentence", "text", "kind", "value", "high"),
    [
        ("Tickets cost between £40 and £65 each.", "between £40 and £65", "money", 40, 65),
        ("Pupils aged 11 to 16 sat the test.", "aged 11 to 16", "age", 11, 16),
        (
            "Voters gave it between 35 and 45 percent.",
            "between 35 and 45 percent",
            "percent",
            35,
            45,
        ),
        ("Each plant needs 300 to 500 litres of water.", "300 to 500 litres", "number", 300, 500),
        (
            "Rents of 2,500 to 3,000 euros shocked tenants.",
            "2,500 to 3,000 euros",
            "money",
            2500,
            3000,
        ),
    ],
)
def test_ranges_span_both_ends(sentence, text, kind, value, high):
    found = only(sentence)
    assert (found.text, found.kind, found.value, found.high) == (text, kind, value, high)


@pytest.mark.parametrize(
    "sentence",
    [
        "Unemployment fell by 12,000 to 1.3 million.",
        "Sales rose 4% to $9.1 billion.",
        "The dose went from 5 mg to 10 mg.",
        "Children aged 8 months to 2 years were vaccinated.",
        "December was revised up by 117,000, from 216,000 to 333,000 jobs.",
        "November went up 9,000, from a gain of 173,000 to 182,000 jobs.",
    ],
)
def test_changes_and_mixed_units_are_two_figures(sentence):
    assert len([f for f in figures(sentence) if f.high is None]) >= 2
    assert not [f for f in figures(sentence) if f.high is not None]


def test_offsets_point_into_the_whole_text():
    text = "Intro.\nIt killed 12 people."
    found = find_figures(text, 7, len(text))
    assert [text[f.start : f.end] for f in found] == ["12 people"]


def test_boilerplate_sentences_have_no_figures(tag):
    tags = tag("Subscribe to our newsletter for 50% off today\nThe strike killed 12 people.\n")
    assert [f.text for f in tags.figures] == ["12 people"]


def test_a_range_of_a_large_and_a_scaled_number_keeps_both_values():
    found = figures("The army grows by 137,000 to 1.15 million.")
    assert [f.value for f in found] == [137_000, 1_150_000]


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        ("They fell ill and died between November 10 and 26.",
         [("November 10", "11-10"), ("26", "11-26")]),
        ("They fell ill between 10 and 26 November.", [("10", "11-10"), ("26 November", "11-26")]),
        ("Talks ran March 3-5 in Geneva.", [("March 3", "03-03"), ("5", "03-05")]),
        ("Voting runs from 10 to 12 December.", [("10", "12-10"), ("12 December", "12-12")]),
    ],
)  # fmt: skip
def test_both_days_of_a_range_in_one_month_are_dates(sentence, dates):
    found = [(f.text, f.value) for f in figures(sentence)]
    assert found == dates


def test_a_count_after_a_date_is_no_second_day():
    found = [(f.kind, f.text) for f in figures("Sales rose 3 to 5 percent in March.")]
    assert ("date", "5") not in found and all(kind != "date" for kind, _ in found)
