"""Plain callables for progress and cancellation, so the core needs no Qt."""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], None]
"""Called with (done, total) as work advances."""

CancelCheck = Callable[[], bool]
"""Returns True once the user has asked to stop."""


class Cancelled(Exception):
    """Raised inside long work when its cancel check returns True."""


def check(cancelled: CancelCheck | None) -> None:
    """Raise :class:`Cancelled` if the user asked to stop."""
    if cancelled is not None and cancelled():
        raise Cancelled()
