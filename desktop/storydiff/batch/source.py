"""The batch input: one row per version, in JSON Lines or Parquet.

A first pass (:func:`scan`) checks every row and keeps what is needed to plan
the work (story, order, where the row is) but not the text; the workers read
the texts of their own rows again (:func:`read_texts`), so the process that
plans never holds the archive in memory. Bad rows become :class:`Problem`
records with their line or row and story, never exceptions.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from storydiff.errors import InputError
from storydiff.importers.text import DEFAULT_MAX_BYTES

FIELDS = ("story", "version", "timestamp", "outlet", "url", "text")
_BATCH_ROWS = 4096


@dataclass(frozen=True, slots=True)
class Version:
    """One valid input row, without its text. ``where`` is the 1-based line
    (JSON Lines) or row (Parquet); ``offset`` the line's byte offset (JSON Lines)."""

    story: str
    label: str
    order: tuple[int, Any]
    outlet: str
    url: str
    where: int
    offset: int


@dataclass(frozen=True, slots=True)
class Problem:
    """One input row that was skipped, and why."""

    where: str
    story: str | None
    reason: str

    def __str__(self) -> str:
        story = f" (story {self.story!r})" if self.story is not None else ""
        return f"{self.where}{story}: {self.reason}"


def input_kind(path: Path) -> str:
    """``"parquet"`` or ``"jsonl"``, from the file name."""
    suffix = path.suffix.lower()
    if suffix in (".parquet", ".pq"):
        return "parquet"
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    raise InputError(f"{path.name}: give a JSON Lines (.jsonl) or Parquet (.parquet) file")


def scan(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[list[Version], list[Problem]]:
    """Every valid version of ``path`` and every problem, in input order."""
    if not path.is_file():
        raise InputError(f"{path}: no such file" if not path.exists() else f"{path}: not a file")
    rows = _jsonl_rows(path) if input_kind(path) == "jsonl" else _parquet_rows(path)
    versions: list[Version] = []
    problems: list[Problem] = []
    for found in rows:
        checked = found if isinstance(found, Problem) else check_row(*found, max_bytes)
        (versions if isinstance(checked, Version) else problems).append(checked)
    return versions, problems


def check_row(where: int, offset: int, row: Any, max_bytes: int) -> Version | Problem:
    """A row as a :class:`Version`, or the :class:`Problem` that rules it out."""
    place = f"{'line' if offset >= 0 else 'row'} {where}"
    if not isinstance(row, dict):
        return Problem(place, None, "not an object with fields")
    story = row.get("story")
    if isinstance(story, int) and not isinstance(story, bool):
        story = str(story)
    if not isinstance(story, str) or not story.strip():
        return Problem(place, None, "missing or empty 'story' (a string or integer)")
    text = row.get("text")
    if not isinstance(text, str):
        kind = "missing" if text is None else f"a {type(text).__name__}, not a string"
        return Problem(place, story, f"'text' is {kind}")
    unwritable = next((name for name in FIELDS if _unencodable(row.get(name))), None)
    if unwritable:
        return Problem(place, story, f"'{unwritable}' holds unpaired surrogates (not UTF-8 text)")
    size = len(text.encode("utf-8"))
    if size > max_bytes:
        return Problem(place, story, f"text of {size:,} bytes is over the limit of {max_bytes:,}")
    order = _order(row)
    if isinstance(order, str):
        return Problem(place, story, order)
    for name in ("outlet", "url"):
        if row.get(name) is not None and not isinstance(row[name], str):
            return Problem(place, story, f"'{name}' is a {type(row[name]).__name__}, not a string")
    label = str(row["version"]) if row.get("version") is not None else _iso(row["timestamp"])
    return Version(
        story, label, order, row.get("outlet") or "", row.get("url") or "", where, offset
    )


def _order(row: dict[str, Any]) -> tuple[int, Any] | str:
    """The key that orders a story's versions, or what is wrong with it."""
    version, timestamp = row.get("version"), row.get("timestamp")
    if version is not None:
        if isinstance(version, bool) or not isinstance(version, int):
            return f"'version' is a {type(version).__name__}, not an integer"
        return (0, version)
    if timestamp is None:
        return "needs a 'version' (integer) or a 'timestamp'"
    if isinstance(timestamp, str):
        try:
            timestamp = datetime.fromisoformat(timestamp.replace("Z", "+00:00"))
        except ValueError:
            return f"'timestamp' {timestamp[:40]!r} is not an ISO 8601 date and time"
    if isinstance(timestamp, date) and not isinstance(timestamp, datetime):
        timestamp = datetime(timestamp.year, timestamp.month, timestamp.day)
    if not isinstance(timestamp, datetime):
        return f"'timestamp' is a {type(timestamp).__name__}, not a date and time"
    if timestamp.tzinfo is not None:  # times in other zones are ordered as UTC; naive ones are UTC
        timestamp = timestamp.astimezone(UTC).replace(tzinfo=None)
    return (1, timestamp.isoformat())


def _unencodable(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _iso(value: Any) -> str:
    if isinstance(value, str):
        return value
    return value.isoformat()


def _jsonl_rows(path: Path) -> Iterator[tuple[int, int, Any] | Problem]:
    """``(line number, byte offset, parsed row)``, or a problem for a line that is not JSON."""
    offset = 0
    with path.open("rb") as stream:
        for number, line in enumerate(stream, 1):
            start, offset = offset, offset + len(line)
            if not line.strip():
                continue
            try:
                yield number, start, json.loads(line)
            except (ValueError, UnicodeDecodeError) as error:
                yield Problem(f"line {number}", None, f"not valid JSON ({_short(error)})")


def _parquet_rows(path: Path) -> Iterator[tuple[int, int, dict[str, Any]] | Problem]:
    """``(row number, -1, row)`` of the fields StoryDiff reads."""
    import pyarrow.parquet as pq

    number = 0
    try:
        table = pq.ParquetFile(path)
        columns = [name for name in FIELDS if name in table.schema_arrow.names]
        for batch in table.iter_batches(batch_size=_BATCH_ROWS, columns=columns):
            for row in batch.to_pylist():
                number += 1
                yield number, -1, row
    except (OSError, ValueError) as error:  # pyarrow's errors derive from these
        if number == 0:
            raise InputError(
                f"{path.name}: cannot read this Parquet file ({_short(error)})"
            ) from None
        yield Problem(
            f"row {number + 1}", None, f"the rest of the file is unreadable ({_short(error)})"
        )


def read_texts(path: Path, versions: list[Version]) -> list[str]:
    """The texts of ``versions`` (rows found by :func:`scan` in the same file)."""
    if input_kind(path) == "jsonl":
        with path.open("rb") as stream:
            texts = []
            for version in versions:
                stream.seek(version.offset)
                texts.append(json.loads(stream.readline())["text"])
            return texts
    import pyarrow.parquet as pq

    rows = [version.where - 1 for version in versions]
    wanted = sorted(set(rows))
    file = pq.ParquetFile(path)
    found: dict[int, str] = {}
    first = 0
    for group in range(file.num_row_groups):
        size = file.metadata.row_group(group).num_rows
        inside = [row for row in wanted if first <= row < first + size]
        if inside:
            column = file.read_row_group(group, columns=["text"]).column("text")
            found.update((row, column[row - first].as_py()) for row in inside)
        first += size
    return [found[row] for row in rows]


def _short(error: Exception) -> str:
    return " ".join(str(error).split())[:120]
