"""One check of a probe's result: its outcome, what it says, and its time and memory bounds."""

from __future__ import annotations


def expect(result: dict, outcome: str, *, seconds: float, peak_mb: float, says: str = "") -> None:
    assert result["outcome"] == outcome, result
    assert says in result["message"], result
    assert result["seconds"] < seconds and result["peak_mb"] < peak_mb, result
