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


@dataclass(frozen=True)
class KindRule:
    """What a kind is and how its figures are compared."""

    kind: FigureKind
    means: str  # one line, for docs and the readable listing
    value: str  # how ``value`` is written in JSON
    key: Callable[[Figure], tuple[str, str]]  # same key: the same kind of quantity


KINDS = {
    rule.kind: rule
    for rule in (
        KindRule(FigureKind.COUNT, "a number of things", "int or float", _unit_key),
        KindRule(FigureKind.PERCENT, "a percentage or percentage points", "float", _unit_key),
        KindRule(FigureKind.MONEY, "an amount of money", "int or float; unit a currency code",
                 _unit_key),
        KindRule(FigureKind.DATE, "a calendar date, month or clock time",
                 'string: "2023-01-18", "01-18", "2023-01", "01", "15:05"', _kind_key),
        KindRule(FigureKind.YEAR, "a year or decade", "int", _kind_key),
        KindRule(FigureKind.DURATION, "a length of time", "int or float; unit plural",
                 _unit_key),
        KindRule(FigureKind.AGE, "a person's or thing's age", "int or float; unit plural",
                 _kind_key),
        KindRule(FigureKind.ORDINAL, "a rank or position", "int", _kind_key),
        KindRule(FigureKind.NUMBER, "a measure or a plain number", "int or float", _unit_key),
    )
}  # fmt: skip


def comparison_key(figure: Figure) -> tuple[str, str]:
    """Two figures with the same key state the same kind of quantity: a count of "troops"
    and of "Troops", not a count of troops and of homes."""
    return KINDS[FigureKind(figure.kind)].key(figure)
