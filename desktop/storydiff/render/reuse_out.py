"""Text reuse for people and programs: the ``reuse --json`` contract and the
terminal view. The contract is documented in docs/reuse-json.md."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from storydiff.core.provenance import CHURN_SHARE, Origin
from storydiff.core.reuse import Edit, PairReuse, Passage, StoryDocument, StoryReuse

KIND_LABELS = {"article": "article", "press_release": "press release", "wire": "wire copy"}
ORIGIN_LABELS = {
    "published": "published first",
    "imported": "imported first (no publication times)",
    "kind": "source copy (no comparable times)",
}
QUOTE_CHARS = 70
EDITS_SHOWN = 3


def reuse_to_dict(result: StoryReuse) -> dict[str, Any]:
    """The documented JSON contract of ``storydiff reuse --json``."""
    return {
        "documents": [_document(d) for d in result.documents],
        "pairs": [_pair(p) for p in result.pairs],
        "churn": [
            {"document": c.document, "share": c.share, "churn": c.is_churn, "sources": c.sources}
            for c in result.churn
        ],
    }


def _time(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def _document(doc: StoryDocument) -> dict[str, Any]:
    return {
        "title": doc.document.title,
        "outlet": doc.outlet,
        "published": _time(doc.timing.published),
        "imported": _time(doc.timing.imported),
        "kind": doc.timing.kind,
    }


def _range(start: int, end: int) -> dict[str, int]:
    return {"start": start, "end": end}


def _pair(pair: PairReuse) -> dict[str, Any]:
    return {
        "a": pair.a,
        "b": pair.b,
        "reused_a": pair.reused_a,
        "reused_b": pair.reused_b,
        "band_a": pair.band_a,
        "band_b": pair.band_b,
        "passages": [_passage(p) for p in pair.passages],
    }


def _passage(passage: Passage) -> dict[str, Any]:
    return {
        "a": _range(passage.a_start, passage.a_end),
        "b": _range(passage.b_start, passage.b_end),
        "origin": passage.origin.document,
        "origin_by": passage.origin.by,
        "common_source": passage.origin.common_source,
        "verbatim": passage.verbatim,
        "edits": [
            {"a": _range(e.a_start, e.a_end), "b": _range(e.b_start, e.b_end)}
            for e in passage.edits
        ],
    }


def render_reuse(result: StoryReuse) -> Iterator[str]:
    """The terminal view: documents, then each pair's shares and passages, then churn."""
    yield "Documents"
    for n, doc in enumerate(result.documents):
        yield f"  {n}  {describe(doc)}"
    yield ""
    yield from reuse_map(result)
    yield ""
    yield "Reuse between documents (share of each found in the other)"
    for pair in result.pairs:
        yield from _render_pair(result, pair)
    if result.churn:
        yield ""
        yield (
            "Churn: share of each article that is press-release or wire copy"
            f" (over {CHURN_SHARE:.0%} is churn)"
        )
        for churn in result.churn:
            verdict = "churn" if churn.is_churn else "not churn"
            yield f"  {churn.document}  {churn.share:4.0%}  {verdict}"


def reuse_map(result: StoryReuse) -> Iterator[str]:
    """The story at a glance: how much of each row's text is found in each column."""
    count = len(result.documents)
    share = {(p.a, p.b): p.reused_a for p in result.pairs}
    share |= {(p.b, p.a): p.reused_b for p in result.pairs}
    yield "Reuse map: share of each row's text found in each column"
    yield "     " + "".join(f"{column:>6}" for column in range(count))
    for row in range(count):
        cells = ("–" if row == column else f"{share[(row, column)]:.0%}" for column in range(count))
        yield f"  {row:<3}" + "".join(f"{cell:>6}" for cell in cells)


def describe(doc: StoryDocument) -> str:
    """A document in one line: title, outlet, time and kind."""
    parts = [doc.document.title or "(untitled)"]
    if doc.outlet:
        parts.append(doc.outlet)
    if doc.timing.published:
        parts.append(f"published {doc.timing.published:%Y-%m-%d %H:%M}")
    elif doc.timing.imported:
        parts.append(f"imported {doc.timing.imported:%Y-%m-%d %H:%M}")
    if doc.timing.kind != "article":
        parts.append(KIND_LABELS[doc.timing.kind])
    return " · ".join(parts)


def _render_pair(result: StoryReuse, pair: PairReuse) -> Iterator[str]:
    a, b = pair.a, pair.b
    if not pair.passages:
        yield f"  {a} and {b}: nothing reused"
        return
    yield (
        f"  {a} and {b}: {pair.reused_a:.0%} of {a} is in {b} ({pair.band_a} derived),"
        f" {pair.reused_b:.0%} of {b} is in {a} ({pair.band_b} derived)"
    )
    text_a = result.documents[a].document.text
    text_b = result.documents[b].document.text
    for passage in pair.passages:
        count = len(passage.edits)
        how = "verbatim" if passage.verbatim else f"{count} edit" + ("s" if count > 1 else "")
        yield f"    {_quote(text_a, passage.a_start, passage.a_end)}"
        yield f"      {how}; origin: {origin_text(passage.origin)}"
        for edit in passage.edits[:EDITS_SHOWN]:
            yield f"      edit: {_edit_text(text_a, text_b, edit)}"
        if len(passage.edits) > EDITS_SHOWN:
            yield f"      … {len(passage.edits) - EDITS_SHOWN} more edits"


def origin_text(origin: Origin) -> str:
    """Where a passage likely came from, in words."""
    if origin.by == "common source":
        if origin.common_source is None:
            return "common source (out at the same time)"
        return f"common source: document {origin.common_source}, out before both"
    if origin.document is None:
        return "unknown (no comparable times)"
    return f"document {origin.document}, {ORIGIN_LABELS[origin.by or 'published']}"


def _quote(text: str, start: int, end: int) -> str:
    passage = " ".join(text[start:end].split())
    if len(passage) > QUOTE_CHARS:
        passage = passage[: QUOTE_CHARS - 1].rstrip() + "…"
    return f"“{passage}”"


def _edit_text(a: str, b: str, edit: Edit) -> str:
    """An edit in the marks of ``compare``: ``[-old-]{+new+}``."""
    old = " ".join(a[edit.a_start : edit.a_end].split())
    new = " ".join(b[edit.b_start : edit.b_end].split())
    return (f"[-{old}-]" if old else "") + (f"{{+{new}+}}" if new else "")
