"""Degrees without a scale take the sentence's scale (core/tagging/temperatures.py)."""

from __future__ import annotations

import pytest

from storydiff.core.tagging.figures import find_figures


def units(sentence: str) -> list[tuple]:
    return [(f.value, f.unit) for f in find_figures(sentence, 0, len(sentence))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Highs of 30C are due, and 33 degrees by Sunday.", [(30, "°C"), (33, "°C")]),
        ("It hit 102F on Monday and 98 degrees on Tuesday.", [(102, "°F"), (98, "°F")]),
        (
            "It will feel like 40 degrees Celsius, or 38 degrees in the shade.",
            [(40, "°C"), (38, "°C")],
        ),
        ("It will be 25 degrees, or 77 Fahrenheit.", [(25, "°F"), (77, "°F")]),
    ],
)
def test_the_scale_said_elsewhere_in_the_sentence(sentence, expected):
    assert units(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Temperatures in Madrid reached 41 degrees.", [(41, "°C")]),
        ("Temperatures in Iowa fell to 12 degrees below zero.", [(-12, "°F")]),
        ("The temperature reached 104 degrees.", [(104, "°F")]),
        ("Overnight it was -9°.", [(-9, "°F")]),
    ],
)
def test_a_temperature_with_no_scale_said(sentence, expected):
    assert [(v, u) for v, u in units(sentence)] == expected


def test_an_angle_keeps_degrees():
    assert units("The ship listed 20 degrees to port.") == [(20, "degrees")]


def test_negative_is_a_sign_and_alternatives_share_the_unit():
    assert units("Wind chills hit negative 40 degrees in Montana.") == [(-40, "°F")]
    assert units("Lows of -5 or -8 degrees are forecast for Oslo.") == [(-5, "°C"), (-8, "°C")]
