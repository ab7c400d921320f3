"""The checks of the shared evaluation scripts (``check_compare.py``, ``check_facts.py``),
one expectation item at a time, so pytest can run the outlet sets without ``../shared``.

Each function takes the command's JSON output (as a dict) and one expectation item, and
returns ``""`` when it holds, else what is wrong, matching the scripts' semantics:
snippets are substrings of sentence or cell texts; ``aligned`` needs some row pairing a
sentence holding each snippet; ``no_figure_differences_mentioning`` forbids any
``figure_*`` difference whose old or new text holds the snippet.
"""

from __future__ import annotations

from typing import Any


def _row_text(result: dict[str, Any], doc: int, indices: list[int]) -> str:
    sentences = result["sentences"][doc]
    return " ".join(sentences[i]["text"] for i in indices)


def _diff_text(difference: dict[str, Any], side: str) -> str:
    return (difference.get(side) or {}).get("text") or ""


def compare_items(expect: dict[str, Any]) -> list[tuple[str, Any]]:
    """The expectation items of a ``.expect.json`` file, each a (key, item) pair."""
    keys = ("aligned", "changed_pairs", "differences", "no_figure_differences_mentioning")
    return [(key, item) for key in keys for item in expect.get(key, [])]


def check_compare(result: dict[str, Any], key: str, item: Any) -> str:
    """One item of a ``compare --json`` expectation."""
    comparison = result["comparisons"][0]
    rows = comparison["alignment"]
    differences = comparison.get("differences") or []
    if key == "aligned":
        a, b = item
        ok = any(
            a in _row_text(result, 0, r["a"]) and b in _row_text(result, 1, r["b"])
            for r in rows
            if r.get("a") and r.get("b")
        )
        return "" if ok else f"not aligned: {a!r} ~ {b!r}"
    if key == "changed_pairs":
        old, new = item
        ok = any(
            old in _row_text(result, 0, r["a"]) and new in _row_text(result, 1, r["b"])
            for r in rows
            if r["op"] in ("changed", "moved")
        )
        return "" if ok else f"no changed row {old!r} -> {new!r}"
    if key == "differences":
        kind, old, new = item
        ok = any(
            d["kind"] == kind
            and (old is None or old in _diff_text(d, "old"))
            and (new is None or new in _diff_text(d, "new"))
            for d in differences
        )
        return "" if ok else f"no {kind} difference {old!r} -> {new!r}"
    if key == "no_figure_differences_mentioning":
        hits = [
            d
            for d in differences
            if d["kind"].startswith("figure")
            and (item in _diff_text(d, "old") or item in _diff_text(d, "new"))
        ]
        return f"{hits[0]['kind']} on {item!r}" if hits else ""
    raise ValueError(f"unknown expectation key {key!r}")


def facts_items(expect: dict[str, Any]) -> list[tuple[str, Any]]:
    """The expectation items of a ``.facts.json`` file, each a (key, item) pair."""
    return [
        (key, item)
        for key in ("conflicts", "agree", "never_one_fact")
        for item in expect.get(key, [])
    ]


def _cell_text(cell: dict[str, Any] | None) -> str:
    return (cell or {}).get("text") or ""


def _holds(fact: dict[str, Any], want: list[str | None]) -> bool:
    cells = fact.get("cells") or []
    if len(cells) < len(want):
        return False
    return all(w is None or w in _cell_text(cells[i]) for i, w in enumerate(want))


def check_facts(data: dict[str, Any], key: str, item: Any) -> str:
    """One item of a ``facts --json`` expectation."""
    facts = data.get("facts") or []
    if key == "conflicts":
        ok = any(_holds(f, item) and f.get("conflict") is True for f in facts)
        return "" if ok else f"no conflicting fact {item}"
    if key == "agree":
        ok = any(_holds(f, item) and f.get("conflict") is False for f in facts)
        return "" if ok else f"no agreeing fact {item}"
    if key == "never_one_fact":
        text_a, text_b, i, j = item
        for fact in facts:
            cells = fact.get("cells") or []
            if (
                len(cells) > max(i, j)
                and text_a in _cell_text(cells[i])
                and text_b in _cell_text(cells[j])
            ):
                return f"one fact holds {text_a!r} and {text_b!r}"
        return ""
    raise ValueError(f"unknown expectation key {key!r}")
