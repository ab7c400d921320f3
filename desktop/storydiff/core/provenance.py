"""Who had a reused passage first, and how much of each outlet is source copy.

A passage two documents share came from the earlier one, judged by publication
time when both have one, else by import time when both have one (never one of
each: a publication time and an import time are not comparable). A time of
exactly midnight is a date without a time: it orders documents by day only. When a third
document carrying the same passage was out before both, the two did not take it
from each other but from it: a *common source*. Two documents out at the same
moment could not have copied each other either. Without usable times, a press
release or wire copy is taken as the origin of what an article shares with it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Literal

Kind = Literal["article", "press_release", "wire"]
KINDS: tuple[Kind, ...] = ("article", "press_release", "wire")
SOURCE_KINDS = frozenset({"press_release", "wire"})
# Churnalism called an article "churn" when more than a fifth of it came from a
# press release.
CHURN_SHARE = 0.2

OriginBy = Literal["published", "imported", "kind", "common source"]
Moment = datetime | date


@dataclass(frozen=True, slots=True)
class Timing:
    """When a document came out (``published``) or entered the library (``imported``)."""

    published: datetime | None = None
    imported: datetime | None = None
    kind: Kind = "article"

    @property
    def is_source(self) -> bool:
        return self.kind in SOURCE_KINDS


@dataclass(frozen=True, slots=True)
class Origin:
    """The likely origin of a passage: a document, or ``None`` with the reason."""

    document: int | None
    by: OriginBy | None
    common_source: int | None = None


UNKNOWN = Origin(None, None)


def comparable_times(x: Timing, y: Timing) -> tuple[OriginBy, Moment, Moment] | None:
    """Both publication times, else both import times, else nothing; as dates
    when either is only a date."""
    for by, time_x, time_y in (
        ("published", x.published, y.published),
        ("imported", x.imported, y.imported),
    ):
        if time_x and time_y:
            return by, *_same_precision(_aware(time_x), _aware(time_y))
    return None


def _same_precision(x: datetime, y: datetime) -> tuple[Moment, Moment]:
    """Exact times, or the two calendar dates when either is only a date.

    A page that gives only a date is stored at midnight; "12:00am" says nothing
    about whether it came out before another page's 3:42 pm that day.
    """
    date_only = x if _is_date_only(x) else y if _is_date_only(y) else None
    if date_only is None:
        return x, y
    return x.astimezone(date_only.tzinfo).date(), y.astimezone(date_only.tzinfo).date()


def _is_date_only(moment: datetime) -> bool:
    return (moment.hour, moment.minute, moment.second, moment.microsecond) == (0, 0, 0, 0)


def _aware(moment: datetime) -> datetime:
    """Times without an offset are taken as UTC, so any two can be compared."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def origin_of(timings: list[Timing], a: int, b: int, carriers: list[int]) -> Origin:
    """The likely origin of a passage shared by ``a`` and ``b`` and also carried
    by the documents ``carriers``."""
    common = _common_source(timings, a, b, carriers)
    if common is not None:
        return Origin(None, "common source", common)
    times = comparable_times(timings[a], timings[b])
    if times is not None:
        by, time_a, time_b = times
        if time_a != time_b:
            return Origin(a if time_a < time_b else b, by)
        if isinstance(time_a, datetime):  # the same moment: neither could copy the other
            return Origin(None, "common source")
    if timings[a].is_source != timings[b].is_source:
        return Origin(a if timings[a].is_source else b, "kind")
    return UNKNOWN


def _common_source(timings: list[Timing], a: int, b: int, carriers: list[int]) -> int | None:
    """The earliest carrier out before both ``a`` and ``b``, if any."""
    earlier = [(when, k) for k in carriers if (when := _precedes(timings, k, a, b)) is not None]
    return min(earlier)[1] if earlier else None


def common_source_candidates(timings: list[Timing], a: int, b: int) -> list[int]:
    """The documents that could be a common source of what ``a`` and ``b`` share
    (out before both, or source copy when times say nothing): which passages they
    carry is then the only question left."""
    return [
        k
        for k in range(len(timings))
        if k not in (a, b) and _precedes(timings, k, a, b) is not None
    ]


def _precedes(timings: list[Timing], k: int, a: int, b: int) -> datetime | None:
    """When ``k`` came out, if before both ``a`` and ``b`` (source copy without
    comparable times sorts last); ``None`` if it did not."""
    with_a = comparable_times(timings[k], timings[a])
    with_b = comparable_times(timings[k], timings[b])
    if with_a and with_b and with_a[1] < with_a[2] and with_b[1] < with_b[2]:
        return _sortable(with_a[1])
    if not (with_a or with_b) and _only_source(timings, k, a, b):
        return datetime.max.replace(tzinfo=UTC)
    return None


def _sortable(moment: Moment) -> datetime:
    if isinstance(moment, datetime):
        return moment
    return datetime.combine(moment, time.min, tzinfo=UTC)


def _only_source(timings: list[Timing], k: int, a: int, b: int) -> bool:
    """``k`` is a press release or wire copy and neither ``a`` nor ``b`` is."""
    return timings[k].is_source and not (timings[a].is_source or timings[b].is_source)


@dataclass(frozen=True, slots=True)
class Churn:
    """How much of ``document``'s content text is press-release or wire copy."""

    document: int
    share: float
    sources: tuple[int, ...]

    @property
    def is_churn(self) -> bool:
        return self.share > CHURN_SHARE
