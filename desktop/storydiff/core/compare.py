"""Compare documents: align their sentences and diff each aligned pair.

One comparison function, many presenters: the CLI, the JSON contract, the
library cache and the desktop views all read :class:`Comparison`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from storydiff.core.align import Evidence, Link, Mode, align
from storydiff.core.diff import EQUAL, DiffSpan, word_diff
from storydiff.core.model import Document, Sentence
from storydiff.core.progress import CancelCheck, Progress, check

# Per side, sentence index → tokens for the facts it states.
SentenceEvidence = tuple[dict[int, set[str]], dict[int, set[str]]]

Op = Literal["equal", "changed", "inserted", "deleted", "moved", "split", "merged", "also"]


@dataclass(frozen=True, slots=True)
class AlignedRow:
    """Sentences ``a`` of the old document matched to ``b`` of the new one.

    Indices point into ``Document.sentences``. ``diff`` tiles the stretch from
    the first to the last sentence on each side.
    """

    op: Op
    a: tuple[int, ...]
    b: tuple[int, ...]
    similarity: float
    diff: tuple[DiffSpan, ...]


@dataclass(frozen=True)
class Comparison:
    a: Document
    b: Document
    mode: Literal["revision", "coverage"]
    rows: tuple[AlignedRow, ...]
    # Coverage: two sentences, each in a row already, that also state one fact (op "also").
    also: tuple[AlignedRow, ...] = ()

    def changed_rows(self) -> list[AlignedRow]:
        return [row for row in self.rows if row.op != "equal"]


def compare(
    a: Document,
    b: Document,
    mode: Mode = "auto",
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    evidence: SentenceEvidence | Callable[[], SentenceEvidence] | None = None,
) -> Comparison:
    """Align ``a`` with ``b`` and diff every aligned group word by word.

    ``evidence`` (sentence index → tokens, per side) tells coverage alignment which
    facts each sentence states (:func:`storydiff.core.facts.sentence_evidence`); given as
    a function, it is only worked out if the alignment is a coverage one.
    """
    a_content, b_content = a.content_sentences, b.content_sentences

    def content_evidence() -> tuple[Evidence, Evidence] | None:
        given = evidence() if callable(evidence) else evidence
        return _per_content(given, a_content, b_content)

    alignment = align(a_content, b_content, mode, content_evidence)
    rows = []
    total = len(alignment.links)
    for n, link in enumerate(alignment.links):
        if n % 64 == 0:
            check(cancelled)
            if progress:
                progress(n, total)
        rows.append(_row(a, b, a_content, b_content, link, n in alignment.backbone))
    also = tuple(_row(a, b, a_content, b_content, link, also=True) for link in alignment.also)
    if progress:
        progress(total, total)
    return Comparison(a, b, alignment.mode, tuple(rows), also)


def _per_content(
    evidence: SentenceEvidence | None,
    a_content: list[Sentence],
    b_content: list[Sentence],
) -> tuple[Evidence, Evidence] | None:
    if evidence is None:
        return None
    a_tokens, b_tokens = evidence
    return (
        [a_tokens.get(s.index, set()) for s in a_content],
        [b_tokens.get(s.index, set()) for s in b_content],
    )


def compare_many(
    documents: list[Document],
    pairs: list[tuple[int, int]] | None = None,
    mode: Mode = "auto",
    cancelled: CancelCheck | None = None,
) -> list[tuple[int, int, Comparison]]:
    """N-way: the first document (the base) against each other one, or the
    given ``pairs`` of document indices."""
    if pairs is None:
        pairs = [(0, k) for k in range(1, len(documents))]
    return [
        (i, j, compare(documents[i], documents[j], mode, cancelled=cancelled)) for i, j in pairs
    ]


def _row(
    a: Document,
    b: Document,
    a_content: list[Sentence],
    b_content: list[Sentence],
    link: Link,
    in_order: bool = False,
    also: bool = False,
) -> AlignedRow:
    """A link of the alignment as a row: ``in_order`` if on its backbone, ``also`` if one of
    its ``also`` links."""
    a_sentences = [a_content[k] for k in link.a]
    b_sentences = [b_content[k] for k in link.b]
    a_range = _stretch(a_sentences)
    b_range = _stretch(b_sentences)
    spans = tuple(word_diff(a.text, a_range, b.text, b_range))
    similarity = min(1.0, max(_similarity(spans), link.score))  # a pairing bonus is no similarity
    return AlignedRow(
        op="also" if also else _op(link, in_order, spans),
        a=tuple(s.index for s in a_sentences),
        b=tuple(s.index for s in b_sentences),
        similarity=round(similarity, 3),
        diff=spans,
    )


def _stretch(sentences: list[Sentence]) -> tuple[int, int]:
    if not sentences:
        return (0, 0)
    return (sentences[0].start, sentences[-1].end)


def _op(link: Link, in_order: bool, spans: tuple[DiffSpan, ...]) -> Op:
    if not link.b:
        return "deleted"
    if not link.a:
        return "inserted"
    if not in_order:
        return "moved"
    if len(link.a) < len(link.b):
        return "split"
    if len(link.a) > len(link.b):
        return "merged"
    if all(span.op == EQUAL for span in spans):
        return "equal"
    return "changed"


def _similarity(spans: tuple[DiffSpan, ...]) -> float:
    """Share of characters the two sides have in common (0..1).

    Rows report the larger of this and the content similarity that paired
    them, so two outlets' wordings of one fact do not look unrelated.
    """
    a_len = sum(s.a_end - s.a_start for s in spans if s.op <= 0)
    b_len = sum(s.b_end - s.b_start for s in spans if s.op >= 0)
    if a_len + b_len == 0:
        return 1.0 if spans else 0.0
    same = sum((s.a_end - s.a_start) + (s.b_end - s.b_start) for s in spans if s.op == EQUAL)
    return same / (a_len + b_len)
