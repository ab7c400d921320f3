"""Tags as table rows: one row per figure, source, quote or claim.

Converts between the extract JSON contract (``Tags.to_dict()``:
``{"figures": [...], "sources": [...], "quotes": [...], "claims": [...]}``)
and rows of the ``tags`` table, without losing anything: keys the table has
no column for are kept in the row's ``extra`` JSON.
"""

from __future__ import annotations

import json
import re
from typing import Any

from storydiff.library.records import read_json

EXACT_FLOAT = 2**53  # whole numbers from here on are not all exact as floats
BIG_WHOLE = re.compile(r"-?[0-9]{16,4300}")  # int() reads at most 4,300 digits

# Plural key in the contract → category stored in the table.
CATEGORIES = {"figures": "figure", "sources": "source", "quotes": "quote", "claims": "claim"}
PLURALS = {category: plural for plural, category in CATEGORIES.items()}

# The keys each category has in the contract, in contract order.
CONTRACT_KEYS = {
    "figure": ("kind", "text", "start", "end", "value", "unit", "qualifier"),
    "source": ("text", "start", "end", "cue", "name"),
    "quote": ("text", "start", "end", "speaker"),
    "claim": ("start", "end", "carries"),
}
COLUMNS = (
    "document_id",
    "category",
    "kind",
    "text",
    "start",
    "end",
    "value",
    "value_text",
    "unit",
    "qualifier",
    "cue",
    "name",
    "speaker",
    "carries",
    "extra",
)
PLAIN_COLUMNS = ("kind", "text", "start", "end", "unit", "qualifier", "cue", "name", "speaker")


def category_of(name: str) -> str:
    """``"figures"`` or ``"figure"`` → ``"figure"``; anything else is kept as given."""
    return CATEGORIES.get(name, name)


def tag_rows(document_id: int, tags: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Rows for the ``tags`` table from the extract JSON contract."""
    rows = []
    for plural, items in tags.items():
        for item in items:
            rows.append(tag_row(document_id, category_of(plural), item))
    return rows


def tag_row(document_id: int, category: str, item: dict[str, Any]) -> dict[str, Any]:
    """One ``tags`` row; ``value`` goes to ``value`` when numeric, else ``value_text``."""
    row: dict[str, Any] = dict.fromkeys(COLUMNS)
    row.update(document_id=document_id, category=category)
    for key in PLAIN_COLUMNS:
        row[key] = item.get(key)
    row["value"], row["value_text"] = value_columns(item.get("value"))
    if "carries" in item:
        row["carries"] = json.dumps(list(item["carries"]))
    known = CONTRACT_KEYS.get(category, ())
    extra = {key: item[key] for key in item if key not in known}
    row["extra"] = json.dumps(extra, ensure_ascii=False) if extra else None
    return row


def tags_from_rows(rows: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """The extract JSON contract back from ``tags`` rows (ordered by id)."""
    tags: dict[str, list[dict[str, Any]]] = {plural: [] for plural in CATEGORIES}
    for row in rows:
        category = row["category"]
        tags.setdefault(PLURALS.get(category, category), []).append(tag_from_row(row))
    return tags


def tag_from_row(row: dict[str, Any]) -> dict[str, Any]:
    """One tag as a contract dict."""
    keys = CONTRACT_KEYS.get(row["category"], ())
    item: dict[str, Any] = {}
    for key in keys:
        if key == "value":
            item[key] = number_or_text(row["value"], row["value_text"])
        elif key == "carries":
            item[key] = read_json(row["carries"], list)
        else:
            item[key] = row[key]
    item.update(read_json(row.get("extra"), dict))
    return item


def value_columns(value: Any) -> tuple[float | None, str | None]:
    """A figure's value as the ``value`` and ``value_text`` columns.

    A number goes to ``value`` (a float column, for searching by value). A whole
    number a float cannot hold exactly (2**53 and more, beyond SQLite's integers
    too) keeps its exact digits in ``value_text`` and an approximation in
    ``value`` (none past the float range). Anything else is kept as text.
    """
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None, None if value is None else str(value)
    if isinstance(value, int) and abs(value) >= EXACT_FLOAT:
        try:
            approximation: float | None = float(value)
        except OverflowError:
            approximation = None
        return approximation, str(value)
    return value, None


def number_or_text(value: Any, text: Any) -> int | float | str | None:
    """A figure's value as stored: whole numbers come back as ``int`` (big ones exactly)."""
    if isinstance(text, str) and BIG_WHOLE.fullmatch(text) and abs(int(text)) >= EXACT_FLOAT:
        return int(text)
    if not isinstance(value, int | float) or isinstance(value, bool):
        return text
    return int(value) if float(value).is_integer() else value
