"""Directions of change read from more verbs and nouns (issue 12): market wraps, rates
raised or cut, capacity added, economies that expanded or shrank. Invented sentences."""

from __future__ import annotations

import pytest

from storydiff.core.tagging.figures import find_figures


def directions(sentence: str) -> list[tuple]:
    return [
        (f.value, f.change.direction if f.change else None)
        for f in find_figures(sentence, 0, len(sentence))
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The index sagged 41.2 points, or 0.9%, to 4,410.5.",
         [(41.2, "down"), (0.9, "down"), (4410.5, "down")]),
        ("The Nikkei stumbled 310 points, or 1.1%, to 27,800.",
         [(310, "down"), (1.1, "down"), (27800, "down")]),
        ("Shares leapt 12% on the news.", [(12, "up")]),
        ("The index cratered 6.2 percent.", [(6.2, "down")]),
        ("Exports expanded 8.2 per cent.", [(8.2, "up")]),
        ("The plant will add 3.5 GW of capacity.", [(3.5, "up")]),
        ("Profit zoomed 31% in the quarter.", [(31, "up")]),
        ("Rents skyrocketed 18 percent.", [(18, "up")]),
    ],
)  # fmt: skip
def test_more_verbs_of_change(sentence, expected):
    assert directions(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The bank raised rates by a hefty 0.75 percentage points.", [(0.75, "up")]),
        ("It moved rates upward by 25 basis points (a quarter of a point).",
         [(25, "up"), (0.25, "up")]),
        ("The drug gave a 60% reduction in deaths.", [(60, "down")]),
        ("Output grew 0.4 per cent, down from a strong 2 per cent.", [(0.4, "down"), (2, None)]),
        ("Capacity grew from 12 gigawatts (GW) in 2015 to 40 GW.",
         [(12, None), (2015, None), (40, "up")]),
    ],
)  # fmt: skip
def test_directions_across_adjectives_brackets_and_nouns(sentence, expected):
    assert directions(sentence) == expected


def test_half_a_percent_is_one_half():
    figures = find_figures("Rates rose by half a percent.", 0, 29)
    assert [(f.value, f.unit) for f in figures] == [(0.5, "percent")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Output shrank at a 2.1 percent pace.", [(2.1, "down")]),
        ("GDP grew at an annual rate of 3.4%.", [(3.4, "up")]),
        ("The bank will lift its main policy rate by 75 basis points to 6%.",
         [(75, "up"), (6, "up")]),
        ("Silver was down 12 cents at $23.10 an ounce.", [(12, "down"), (23.1, "down")]),
        ("The firm racked up nearly $4 billion in fines.", [(4_000_000_000, None)]),
    ],
)  # fmt: skip
def test_a_pace_a_rate_lifted_and_prices_up_or_down(sentence, expected):
    assert directions(sentence) == expected
