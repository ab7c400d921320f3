"""The kinds of figure, as a registry: what each kind is, how its value is written in
JSON and which key two figures of the kind must share to be the same quantity.

``FigureKind`` is a ``str`` enum, so ``figure.kind == "money"`` still holds and the JSON
output is the plain string. The finders that read each kind are listed, in the order they
run, in :data:`storydiff.core.tagging.figures.FINDERS`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from storydiff.core.tagging.records import Figure

Value = int | float | str | None


class FigureKind(StrEnum):
    COUNT = "count"
    PERCENT = "percent"
    MONEY = "money"
    DATE = "date"
    YEAR = "year"
    DURATION = "duration"
    AGE = "age"
    ORDINAL = "ordinal"
    NUMBER = "number"


def _unit_key(figure: Figure) -> tuple[str, str]:
    return figure.kind, (figure.unit or "").lower()


def _kind_key(figure: Figure) -> tuple[str, str]:
    return figure.kind, ""


def _number(value: Value) -> Value:
    """Whole numbers as ``int``, others as ``float``: 5.0 → 5."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _whole(value: Value) -> Value:
    return int(value) if isinstance(value, (int, float)) else value


def _text(value: Value) -> Value:
    return value if value is None else str(value)


@dataclass(frozen=True)
class KindRule:
    """What a kind is, which rules find it, how its value is normalised and how its figures
    are compared."""

    kind: FigureKind
    means: str  # one line, for docs and the readable listing
    finders: tuple[str, ...]  # the rules that produce it (figures.py, meaning.py, amounts.py)
    normalise: Callable[[Value], Value]  # the value as JSON writes it
    key: Callable[[Figure], tuple[str, str]]  # same key: the same kind of quantity


KINDS = {
    rule.kind: rule
    for rule in (
        KindRule(FigureKind.COUNT, "a number of things",
                 ("counted_after", "vague_amounts", "fraction_numbers"), _number, _unit_key),
        KindRule(FigureKind.PERCENT, "a percentage or percentage points",
                 ("percent_after", "fraction_points", "hyphen_fractions"), _number, _unit_key),
        KindRule(FigureKind.MONEY, "an amount of money (unit: a currency code)",
                 ("currency_before", "currency_after", "vague_amounts"), _number, _unit_key),
        KindRule(FigureKind.DATE, "a calendar date, month or clock time (a string)",
                 ("find_dates",), _text, _kind_key),
        KindRule(FigureKind.YEAR, "a year or decade", ("year", "decade_after"), _whole,
                 _kind_key),
        KindRule(FigureKind.DURATION, "a length of time (unit plural)",
                 ("duration_after", "elapsed_times"),
                 _number, _unit_key),
        KindRule(FigureKind.AGE, "an age (unit plural)",
                 ("age_after", "age_before", "age_apposition"), _number, _kind_key),
        KindRule(FigureKind.ORDINAL, "a rank or position", ("rankings", "ordinals"), _whole,
                 _kind_key),
        KindRule(FigureKind.NUMBER, "a measure or a plain number",
                 ("unit_glued", "temperature_after", "counted_after", "plain_number", "ratios"),
                 _number, _unit_key),
    )
}  # fmt: skip


def comparison_key(figure: Figure) -> tuple[str, str]:
    """Two figures with the same key state the same kind of quantity: a count of "troops"
    and of "Troops", not a count of troops and of homes."""
    return KINDS[FigureKind(figure.kind)].key(figure)


def normalise(kind: str, value: Value) -> Value:
    """``value`` as a figure of ``kind`` writes it in JSON."""
    return KINDS[FigureKind(kind)].normalise(value)


def describe(figure: Figure) -> str:
    """The figure's meaning in a few words: "over 370000 Russian citizens",
    "24–144 people (vague)", "2315 USD (down from 2415)", "3 percent (down)"."""
    value = str(figure.value) if figure.high is None else f"{figure.value}–{figure.high}"
    words = " ".join(str(part) for part in (figure.qualifier, value, figure.unit) if part)
    if figure.vague:
        words += " (vague)"
    if figure.change is not None:
        older = figure.change.older
        words += f" ({figure.change.direction}" + (f" from {older})" if older is not None else ")")
    return words
