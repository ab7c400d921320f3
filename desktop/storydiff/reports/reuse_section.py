"""The reports' Reuse section: for a story of two or more documents, how much of
each document's text is found in each other one, the shared passages with their
likely origin, and churn from press releases and wire copy.

Reuse is found by :func:`storydiff.core.reuse.find_reuse`; this module only puts
it in words every format writes out (the JSON format adds the ``reuse --json``
contract itself, docs/reuse-json.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from storydiff.core.provenance import Timing
from storydiff.core.reuse import Passage, StoryDocument, StoryReuse, find_reuse
from storydiff.core.story import StoryComparison
from storydiff.render.reuse_out import KIND_LABELS, origin_text

EXCERPT_CHARS = 200
REUSE_NOTE = (
    "Share: how much of one document's text (its sentences, verbatim or lightly edited) is "
    "found in the other. Wholly derived from 80%, partly from 10%, else not. Likely origin: "
    "the document out first (publication time, else import time), or a common source out "
    "before both."
)
ORIGIN_HOW = {"published": "published first", "imported": "imported first", "kind": "source copy"}


def story_reuse(
    story: StoryComparison, outlets: Sequence[str], timings: Sequence[Timing]
) -> StoryReuse | None:
    """Reuse between the story's documents, or ``None`` for fewer than two."""
    if len(story.documents) < 2:
        return None
    documents = [
        StoryDocument(doc, timing, outlet)
        for doc, timing, outlet in zip(story.documents, timings, outlets, strict=True)
    ]
    return find_reuse(documents)


@dataclass(frozen=True)
class PassageLine:
    """A shared passage in words: its text in the first document, how it was edited,
    which sentences, and where it likely came from."""

    excerpt: str
    how: str
    sentences_a: str
    sentences_b: str
    origin: str
    text_a: str
    text_b: str


@dataclass(frozen=True)
class PairLine:
    a: int
    b: int
    reused_a: float
    reused_b: float
    band_a: str
    band_b: str
    passages: tuple[PassageLine, ...]


def origin_name(passage: Passage, names: Sequence[str]) -> str:
    """The likely origin, the documents named rather than numbered."""
    origin = passage.origin
    if origin.by == "common source" and origin.common_source is not None:
        return f"common source: {names[origin.common_source]}, out before both"
    if origin.document is None:
        return origin_text(origin)
    return f"{names[origin.document]} ({ORIGIN_HOW.get(origin.by or '', '')})"


def edits_how(passage: Passage) -> str:
    count = len(passage.edits)
    return "verbatim" if passage.verbatim else f"{count} edit" + "s" * (count > 1)


def pair_lines(reuse: StoryReuse, names: Sequence[str]) -> list[PairLine]:
    """The pairs that share a passage, each with its passages in the first's order."""
    lines = []
    for pair in reuse.pairs:
        if not pair.passages:
            continue
        text_a = reuse.documents[pair.a].document.text
        text_b = reuse.documents[pair.b].document.text
        passages = tuple(
            PassageLine(
                excerpt=_excerpt(text_a[p.a_start : p.a_end]),
                how=edits_how(p),
                sentences_a=_numbers(p.a_sentences),
                sentences_b=_numbers(p.b_sentences),
                origin=origin_name(p, names),
                text_a=_flat(text_a[p.a_start : p.a_end]),
                text_b=_flat(text_b[p.b_start : p.b_end]),
            )
            for p in pair.passages
        )
        lines.append(
            PairLine(
                pair.a, pair.b, pair.reused_a, pair.reused_b, pair.band_a, pair.band_b, passages
            )
        )
    return lines


def share_line(line: PairLine, names: Sequence[str]) -> str:
    """``64% of v1 is in v2 (partly derived); 70% of v2 is in v1 (partly derived)``."""
    a, b = names[line.a], names[line.b]
    return (
        f"{line.reused_a:.0%} of {a} is found in {b} ({line.band_a} derived); "
        f"{line.reused_b:.0%} of {b} is found in {a} ({line.band_b} derived)"
    )


def churn_lines(reuse: StoryReuse, names: Sequence[str]) -> list[str]:
    """For each article, the share of it that is press-release or wire copy."""
    lines = []
    for churn in reuse.churn:
        sources = ", ".join(_kind_name(reuse, k, names) for k in churn.sources) or "none"
        verdict = "churn" if churn.is_churn else "not churn"
        lines.append(f"{names[churn.document]}: {churn.share:.0%} ({verdict}; from {sources})")
    return lines


def _kind_name(reuse: StoryReuse, k: int, names: Sequence[str]) -> str:
    return f"{names[k]} ({KIND_LABELS[reuse.documents[k].timing.kind]})"


def names_of(documents: Sequence) -> list[str]:
    """``v2 · AP`` for each report document (anything with ``version`` and ``outlet``)."""
    return [f"v{d.version} · {d.outlet}" if d.outlet else f"v{d.version}" for d in documents]


def _numbers(sentences: tuple[int, ...]) -> str:
    first, last = sentences[0] + 1, sentences[-1] + 1
    return str(first) if first == last else f"{first}–{last}"


def _flat(text: str) -> str:
    return " ".join(text.split())


def _excerpt(text: str) -> str:
    flat = _flat(text)
    return flat if len(flat) <= EXCERPT_CHARS else flat[: EXCERPT_CHARS - 1].rstrip() + "…"
