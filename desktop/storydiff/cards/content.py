"""What a shareable card says: one reuse finding or one difference, Qt-free.

A card shows the old (or source) text and the new (or copying) text with the
changed words marked, the outlets, their times and text hashes, and carries
alt text written out for people who cannot see the image ("Before: … After: …").
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from storydiff.core.model import Document
from storydiff.core.provenance import Origin
from storydiff.core.reuse import PairReuse, Passage, StoryDocument
from storydiff.core.tagging.differences import Difference
from storydiff.render.reuse_out import ORIGIN_LABELS, describe, origin_text
from storydiff.reports.wording import kind_label

# Longer stretches are cut around their first change, so a card stays a card.
EXCERPT_CHARS = 420


@dataclass(frozen=True)
class CardSide:
    """One side of a card: a stretch of text and the changed ranges within it."""

    label: str
    text: str
    marks: tuple[tuple[int, int], ...]
    sha256: str


@dataclass(frozen=True)
class Card:
    heading: str
    before: CardSide
    after: CardSide
    footer: str


def text_hash(text: str) -> str:
    """The document's SHA-256, shortened for a card (the full one is in reports)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def side(label: str, text: str, stretch: tuple[int, int], marks: list[tuple[int, int]]) -> CardSide:
    """``text[stretch]`` with ``marks`` (offsets into ``text``) made relative, excerpted."""
    start, end = stretch
    inside = [
        (max(s, start) - start, min(e, end) - start) for s, e in marks if e > start and s < end
    ]
    body = text[start:end]
    if len(body) > EXCERPT_CHARS:
        body, inside = _excerpt(body, inside)
    return CardSide(label, body, tuple(inside), text_hash(text))


def _excerpt(body: str, marks: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """About EXCERPT_CHARS of ``body`` around its first mark, cut at spaces, with ellipses."""
    first = marks[0][0] if marks else 0
    begin = max(0, first - EXCERPT_CHARS // 3)
    if begin:
        begin = body.find(" ", begin) + 1 or begin
    finish = min(len(body), begin + EXCERPT_CHARS)
    if finish < len(body):
        finish = (
            body.rfind(" ", begin, finish) if body.rfind(" ", begin, finish) > begin else finish
        )
    lead, tail = ("…" if begin else ""), ("…" if finish < len(body) else "")
    shift = len(lead) - begin
    kept = [(s + shift, e + shift) for s, e in marks if s >= begin and e <= finish]
    return lead + body[begin:finish] + tail, kept


def passage_card(documents: tuple[StoryDocument, ...], pair: PairReuse, passage: Passage) -> Card:
    """A reused passage: the origin's text first when known, the other after."""
    first, second = pair.a, pair.b
    a_stretch, b_stretch = (passage.a_start, passage.a_end), (passage.b_start, passage.b_end)
    a_marks = [(e.a_start, e.a_end) for e in passage.edits if e.a_end > e.a_start]
    b_marks = [(e.b_start, e.b_end) for e in passage.edits if e.b_end > e.b_start]
    sides = {
        pair.a: side(
            describe(documents[pair.a]), documents[pair.a].document.text, a_stretch, a_marks
        ),
        pair.b: side(
            describe(documents[pair.b]), documents[pair.b].document.text, b_stretch, b_marks
        ),
    }
    if passage.origin.document == pair.b:
        first, second = pair.b, pair.a
    count = len(passage.edits)
    how = "verbatim" if passage.verbatim else f"with {count} edit" + ("s" if count > 1 else "")
    heading = f"Reused passage, {how}"
    return Card(heading, sides[first], sides[second], origin_words(documents, passage.origin))


def origin_words(documents: tuple[StoryDocument, ...], origin: Origin) -> str:
    """The likely origin with the documents named, not numbered."""
    named = origin.document if origin.document is not None else origin.common_source
    if named is None:
        return f"Likely origin: {origin_text(origin)}."
    how = "common source, out before both" if origin.document is None else ORIGIN_LABELS[origin.by]
    return f"Likely origin: {describe(documents[named])}, {how}."


def difference_card(
    a: Document, b: Document, difference: Difference, a_label: str, b_label: str
) -> Card:
    """One typed difference: the old sentence and the new one, the tags marked."""
    before = _sentence_side(a, difference.sentence_a, difference.old, a_label)
    after = _sentence_side(b, difference.sentence_b, difference.new, b_label)
    heading = kind_label(difference.kind).capitalize()
    footer = difference.detail
    if difference.old and difference.new:
        heading += f": {difference.old.text} → {difference.new.text}"
        footer = ""
    return Card(heading, before, after, footer)


def _sentence_side(doc: Document, sentence: int | None, tag, label: str) -> CardSide:
    if sentence is None:
        return CardSide(label, "", (), text_hash(doc.text))
    found = doc.sentences[sentence]
    marks = [(tag.start, tag.end)] if tag else []
    return side(label, doc.text, (found.start, found.end), marks)


def alt_text(card: Card) -> str:
    """The card in words, changes in brackets: "Before: … After: …"."""
    return (
        f"{card.heading}. Before ({card.before.label}): {_marked(card.before, '[-', '-]')}"
        f" After ({card.after.label}): {_marked(card.after, '{+', '+}')}"
        + (f" {card.footer}" if card.footer else "")
    )


def _marked(part: CardSide, opening: str, closing: str) -> str:
    if not part.text:
        return "(not in this document)"
    out, position = [], 0
    for start, end in part.marks:
        out += [part.text[position:start], opening, part.text[start:end], closing]
        position = end
    out.append(part.text[position:])
    return " ".join("".join(out).split())
