"""Temperatures given in degrees without a scale take the scale the sentence gives.

"-9°", "41 degrees", "12 degrees below zero" say no scale. The sentence may say it elsewhere
("40 degrees Celsius, or 38 degrees", "a low of 20F ... 25 degrees"); when it does not, a
temperature (a weather word nearby, a degree sign or "below zero") is read in Fahrenheit
where a place that writes Fahrenheit is named or a value is too hot for Celsius, and in
Celsius otherwise, except a bare degree sign, the style of US weather reports. Angles ("a
180-degree turn") have no weather word and keep "degrees".
"""

from __future__ import annotations

import re
from dataclasses import replace

from storydiff.core.patterns import compile_pattern
from storydiff.core.tagging.lexicon import FAHRENHEIT_PLACES, TEMPERATURE_WORDS
from storydiff.core.tagging.records import Figure
from storydiff.core.tagging.wordtrie import word_trie

DEGREES = "degrees"
_SCALES = ("°C", "°F")
_SCALE_WORD = compile_pattern(r"\b(?:(?P<c>Celsius|centigrade)|(?P<f>Fahrenheit))\b", re.I)
_WEATHER = compile_pattern(
    rf"\b(?:{word_trie(set(TEMPERATURE_WORDS))})\b|[°º]|\bbelow\s+zero\b|\bwind\s+chills?\b",
    re.I,
)
_FAHRENHEIT_PLACE = compile_pattern(
    r"(?<![\w.])(?:" + "|".join(re.escape(p) for p in FAHRENHEIT_PLACES) + r")(?![\w])"
)
# Where a figure in "degrees" can come from: "degrees", a degree sign, "20 below (zero)".
_DEGREES_HINT = compile_pattern(r"degree|[°º]|below")
_HOTTEST_CELSIUS = 60  # no weather report gives more; a "75 degrees" day is Fahrenheit


def temperature_scales(text: str, figures: list[Figure], start: int, end: int) -> list[Figure]:
    """``figures`` with each scale-less temperature in the sentence's scale."""
    if not _DEGREES_HINT.search(text, start, end) or not any(f.unit == DEGREES for f in figures):
        return figures  # the cheap test first: most sentences give no degrees
    scale = _stated_scale(text, figures, start, end) or _implied_scale(text, figures, start, end)
    if scale is None:
        return figures
    return [replace(f, unit=scale) if f.unit == DEGREES else f for f in figures]


def _stated_scale(text: str, figures: list[Figure], start: int, end: int) -> str | None:
    """The one scale the sentence states, in a figure ("45C") or a word ("Fahrenheit")."""
    stated = {f.unit for f in figures if f.unit in _SCALES}
    for m in _SCALE_WORD.finditer(text, start, end):
        stated.add("°C" if m.group("c") else "°F")
    return stated.pop() if len(stated) == 1 else None


def _implied_scale(text: str, figures: list[Figure], start: int, end: int) -> str | None:
    """The scale of a temperature that states none; ``None`` when no weather is spoken of."""
    if not _WEATHER.search(text, start, end):
        return None
    degrees = [f for f in figures if f.unit == DEGREES]
    hot = any(isinstance(f.value, (int, float)) and f.value > _HOTTEST_CELSIUS for f in degrees)
    if hot or _FAHRENHEIT_PLACE.search(text, start, end):
        return "°F"
    bare_sign = all(text[f.end - 1 : f.end] in "°º" for f in degrees)
    return "°F" if bare_sign else "°C"
