"""Intervals ("30m", "2h", "1d") and the time of the next check, with back-off on errors."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from storydiff.errors import InputError

DEFAULT_EVERY = 30 * 60
MIN_EVERY = 60  # never check one article more than once a minute
MAX_BACKOFF = 24 * 3600
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_INTERVAL = re.compile(r"^\s*(\d+)\s*([smhd]?)\s*$", re.IGNORECASE)


def parse_interval(text: str) -> int:
    """Seconds in "30m", "2h", "1d" or "90s" (a bare number is minutes)."""
    match = _INTERVAL.match(text)
    if not match:
        raise InputError(f"{text!r}: give an interval like 30m, 2h or 1d")
    seconds = int(match.group(1)) * _UNITS[(match.group(2) or "m").lower()]
    if seconds < MIN_EVERY:
        raise InputError(f"{text!r}: check at most once a minute (the sites deserve it)")
    return seconds


def show_interval(seconds: int) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def next_check(at: datetime, every: int, failures: int) -> datetime:
    """The next check: ``every`` seconds on, doubled for each failure in a row (at most a day)."""
    wait = every if failures == 0 else min(every * 2**failures, max(MAX_BACKOFF, every))
    return at + timedelta(seconds=wait)
