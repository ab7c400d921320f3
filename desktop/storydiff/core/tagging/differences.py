"""Typed differences between two compared documents: figures, sources, quotes, claims.

Two modes, each a set of small named rules:

*Revisions* (versions of one article), row by aligned row of a :class:`Comparison`:

- :func:`rule_edited_row`: in a changed (or split, merged, edited-and-moved) row, the
  figures, sources and quotes of both sides are paired: a figure with the same kind and
  counted noun but another value is ``figure_changed`` (300,000 → 318,000 troops), the
  same value with another qualifier ``qualifier_changed``, a claim now attributed to
  someone else ``source_changed``, reworded quoted words ``quote_changed``; what is left
  over is added or removed;
- :func:`rule_whole_sentence`: an inserted or deleted sentence (also one at least 80% new
  inside a split or merged row, :func:`rule_new_in_group`) gives one ``claim_added`` /
  ``claim_removed`` record, then one ``*_added`` / ``*_removed`` record for each tag in it;
- unchanged rows and merely moved sentences give nothing (:func:`rule_skip_row`).

*Coverage* (different outlets) is built on facts, not rows: see
:mod:`storydiff.core.tagging.coverage`.

Differences stay typed (:class:`Difference` with a :class:`DifferenceKind`) up to the
presenters; only ``to_dict`` makes the JSON.
"""

from __future__ import annotations

import bisect
import difflib
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any, Protocol

from storydiff.core.model import Document
from storydiff.core.tagging.records import Figure, Quote, Source, Tags


class Category(StrEnum):
    """What a difference is about."""

    FIGURE = "figure"
    SOURCE = "source"
    QUOTE = "quote"
    CLAIM = "claim"


class DifferenceKind(StrEnum):
    """The kinds of difference; the value is the JSON ``kind``."""

    FIGURE_CHANGED = "figure_changed"
    FIGURE_ADDED = "figure_added"
    FIGURE_REMOVED = "figure_removed"
    QUALIFIER_CHANGED = "qualifier_changed"
    SOURCE_ADDED = "source_added"
    SOURCE_REMOVED = "source_removed"
    SOURCE_CHANGED = "source_changed"
    QUOTE_CHANGED = "quote_changed"
    QUOTE_ADDED = "quote_added"
    QUOTE_REMOVED = "quote_removed"
    CLAIM_ADDED = "claim_added"
    CLAIM_REMOVED = "claim_removed"

    @property
    def category(self) -> Category:
        """``qualifier_changed`` is about a figure; the others say it in their name."""
        head = self.value.split("_")[0]
        return Category.FIGURE if head == "qualifier" else Category(head)


KINDS = tuple(kind.value for kind in DifferenceKind)
# Share of a sentence that must be new for it to count as inserted inside a split row.
_NEW_SENTENCE = 0.8


class _Row(Protocol):
    op: str
    a: tuple[int, ...]
    b: tuple[int, ...]
    diff: tuple[Any, ...]


class _Comparison(Protocol):
    a: Document
    b: Document
    mode: str
    rows: tuple[Any, ...]


@dataclass(frozen=True, slots=True)
class TagRef:
    """Where a tag is: its text and offsets in its own document."""

    text: str
    start: int
    end: int

    @classmethod
    def of(cls, tag: Figure | Source | Quote) -> TagRef:
        """Where ``tag`` is."""
        return cls(tag.text, tag.start, tag.end)

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Difference:
    """One change a fact-checker should look at."""

    kind: DifferenceKind
    old: TagRef | None
    new: TagRef | None
    sentence_a: int | None
    sentence_b: int | None
    detail: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", DifferenceKind(self.kind))

    @property
    def category(self) -> Category:
        return self.kind.category

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "old": self.old.to_dict() if self.old else None,
            "new": self.new.to_dict() if self.new else None,
            "sentence_a": self.sentence_a,
            "sentence_b": self.sentence_b,
            "detail": self.detail,
        }


def find_differences(comparison: _Comparison, tags_a: Tags, tags_b: Tags) -> list[Difference]:
    """The typed differences of ``comparison``: revisions row by row, coverage by facts."""
    side_a = TagSide(comparison.a, tags_a)
    side_b = TagSide(comparison.b, tags_b)
    if comparison.mode == "coverage":
        from storydiff.core.tagging.coverage import coverage_differences

        return coverage_differences(comparison, side_a, side_b)
    found: list[Difference] = []
    for row in comparison.rows:
        if not rule_skip_row(row):
            found.extend(row_differences(row, side_a, side_b))
    return found


def rule_skip_row(row: _Row) -> bool:
    """Unchanged rows and rows that only moved give nothing."""
    return row.op == "equal" or (row.op == "moved" and _unchanged(row))


def row_differences(row: _Row, side_a: TagSide, side_b: TagSide) -> list[Difference]:
    """What one aligned row of a revision changed: whole sentences, then edited groups."""
    a_new = rule_new_in_group(row, side_a, row.a, -1)
    b_new = rule_new_in_group(row, side_b, row.b, 1)
    found: list[Difference] = []
    for index in a_new if row.b else row.a:
        found.extend(rule_whole_sentence(side_a, index, "removed"))
    for index in b_new if row.a else row.b:
        found.extend(rule_whole_sentence(side_b, index, "added"))
    kept_a = [i for i in row.a if i not in a_new]
    kept_b = [i for i in row.b if i not in b_new]
    if kept_a and kept_b:
        found.extend(rule_edited_row(side_a, kept_a, side_b, kept_b))
    return found


def rule_new_in_group(row: _Row, side: TagSide, indices: tuple[int, ...], own_op: int) -> list[int]:
    """In a split or merged row, the sentences of one side that are nearly all new
    (``own_op`` -1: deleted from ``a``, 1: inserted in ``b``)."""
    other = row.b if own_op == -1 else row.a
    if len(indices) <= 1 or not other:
        return []
    return [i for i in indices if _share_new(row, side, i, own_op) >= _NEW_SENTENCE]


class TagSide:
    """One document's tags grouped by the sentence they start in."""

    def __init__(self, doc: Document, tags: Tags) -> None:
        self.doc = doc
        self.tags = tags
        self.starts = [s.start for s in doc.sentences]
        self.figures: dict[int, list[Figure]] = defaultdict(list)
        self.sources: dict[int, list[Source]] = defaultdict(list)
        self.quotes: dict[int, list[Quote]] = defaultdict(list)
        self.claims: set[int] = set()
        self.assertions: set[int] = set()  # sentences whose claim is an assertion
        self.quoted: set[int] = set()  # sentences a quote overlaps
        for figure in tags.figures:
            self.figures[self.sentence_of(figure.start)].append(figure)
        for source in tags.sources:
            self.sources[self.sentence_of(source.start)].append(source)
        for quote in tags.quotes:
            self.quotes[self.sentence_of(quote.start)].append(quote)
        for claim in tags.claims:
            index = self.sentence_of(claim.start)
            self.claims.add(index)
            if "assertion" in claim.carries:
                self.assertions.add(index)
            if "quote" in claim.carries:
                self.quoted.add(index)

    def sentence_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def gather(self, name: str, indices: list[int]) -> list[Any]:
        table = getattr(self, name)
        return [tag for i in indices for tag in table.get(i, [])]


_ref = TagRef.of


def _unchanged(row: _Row) -> bool:
    return all(span.op == 0 for span in row.diff)


def _share_new(row: _Row, side: TagSide, index: int, own_op: int) -> float:
    """How much of sentence ``index`` the row's word diff marks as deleted (-1) or inserted (1)."""
    sentence = side.doc.sentences[index]
    changed = total = 0
    for span in row.diff:
        lo, hi = (span.a_start, span.a_end) if own_op == -1 else (span.b_start, span.b_end)
        overlap = max(0, min(hi, sentence.end) - max(lo, sentence.start))
        if span.op in (0, own_op):
            total += overlap
        if span.op == own_op:
            changed += overlap
    return changed / total if total else 0.0


def rule_whole_sentence(side: TagSide, index: int, how: str) -> list[Difference]:
    """A deleted (``how="removed"``) or inserted sentence: its claim, then each of its tags."""
    found = []
    on_a = how == "removed"

    def record(kind: str, ref: TagRef, detail: str) -> Difference:
        return Difference(
            kind,
            ref if on_a else None,
            None if on_a else ref,
            index if on_a else None,
            None if on_a else index,
            detail,
        )

    if index in side.claims:
        sentence = side.doc.sentences[index]
        found.append(record(f"claim_{how}", TagRef(sentence.text, sentence.start, sentence.end),
                            f"sentence {how}"))  # fmt: skip
    for figure in side.figures.get(index, []):
        found.append(record(f"figure_{how}", _ref(figure), describe_figure(figure)))
    for source in side.sources.get(index, []):
        found.append(record(f"source_{how}", _ref(source), source.name))
    for quote in side.quotes.get(index, []):
        found.append(record(f"quote_{how}", _ref(quote), quote.speaker or ""))
    return found


def describe_figure(figure: Figure) -> str:
    value = figure.value if figure.high is None else f"{figure.value}–{figure.high}"
    parts = (figure.qualifier, value, figure.unit)
    return " ".join(str(p) for p in parts if p is not None) or figure.text


def rule_edited_row(a: TagSide, a_idx: list[int], b: TagSide, b_idx: list[int]) -> list[Difference]:
    """Pair the tags of aligned sentences and report what differs."""
    where = (a_idx[0], b_idx[0])
    found = _compare_figures(a.gather("figures", a_idx), b.gather("figures", b_idx), a, b)
    found += _compare_sources(a.gather("sources", a_idx), b.gather("sources", b_idx), a, b)
    found += _compare_quotes(a.gather("quotes", a_idx), b.gather("quotes", b_idx), a, b)
    return [
        d
        if d.sentence_a is not None or d.sentence_b is not None
        else replace(d, sentence_a=where[0], sentence_b=where[1])
        for d in found
    ]


def _diff(kind: str, old: Any, new: Any, a: TagSide, b: TagSide, detail: str) -> Difference:
    return Difference(
        kind,
        _ref(old) if old is not None else None,
        _ref(new) if new is not None else None,
        a.sentence_of(old.start) if old is not None else None,
        b.sentence_of(new.start) if new is not None else None,
        detail,
    )


def figure_key(figure: Figure) -> tuple[str, str]:
    """What a figure is about: its kind and the head of its unit ("Russian troops" → troop)."""
    unit = (figure.unit or "").lower().split()
    head = unit[-1] if unit else ""
    if head.endswith("s") and len(head) > 3:
        head = head[:-1]
    return figure.kind, head


def _same_figure(old: Figure, new: Figure) -> bool:
    return _amount(old) == _amount(new) and old.qualifier == new.qualifier and old.unit == new.unit


def _amount(figure: Figure) -> tuple[Any, Any]:
    """A figure's value and the top of its range, compared together."""
    return figure.value, figure.high


def _compare_figures(
    old: list[Figure], new: list[Figure], a: TagSide, b: TagSide
) -> list[Difference]:
    old, new = list(old), list(new)
    for figure in list(old):  # unchanged figures first, so they are not paired with others
        twin = next(
            (f for f in new if figure_key(f) == figure_key(figure) and _same_figure(figure, f)),
            None,
        )
        if twin is not None:
            old.remove(figure)
            new.remove(twin)
    found = []
    for figure in list(old):
        partner = next((f for f in new if figure_key(f) == figure_key(figure)), None)
        if partner is None and len(old) == 1 and len(new) == 1 and new[0].kind == figure.kind:
            partner = new[0]  # the one figure of the same kind in the same aligned sentence
        if partner is None:
            continue
        old.remove(figure)
        new.remove(partner)
        if _amount(partner) != _amount(figure):
            detail = f"{describe_figure(figure)} → {describe_figure(partner)}"
            found.append(_diff("figure_changed", figure, partner, a, b, detail))
        elif partner.qualifier != figure.qualifier:
            detail = f"{figure.qualifier or '(none)'} → {partner.qualifier or '(none)'}"
            found.append(_diff("qualifier_changed", figure, partner, a, b, detail))
    found += [_diff("figure_removed", f, None, a, b, describe_figure(f)) for f in old]
    found += [_diff("figure_added", None, f, a, b, describe_figure(f)) for f in new]
    return found


def _compare_sources(
    old: list[Source], new: list[Source], a: TagSide, b: TagSide
) -> list[Difference]:
    old, new = list(old), list(new)
    for source in list(old):
        twin = next((s for s in new if same_source(s.name, source.name)), None)
        if twin is not None:
            old.remove(source)
            new.remove(twin)
    found = []
    while old and new:
        before, after = old.pop(0), new.pop(0)
        found.append(_diff("source_changed", before, after, a, b, f"{before.name} → {after.name}"))
    found += [_diff("source_removed", s, None, a, b, s.name) for s in old]
    found += [_diff("source_added", None, s, a, b, s.name) for s in new]
    return found


def same_source(a: str, b: str) -> bool:
    """Whether two source names name the same source: "the Institute for the Study of
    War (ISW)", "Institute for the Study of War" and "ISW" do; "Russia" and
    "Russian citizens" do not."""
    key_a, key_b = source_key(a), source_key(b)
    if not key_a or not key_b:
        return False
    if key_a == key_b:
        return True
    short, long = sorted((key_a, key_b), key=len)
    if f" {short} " in f" {long} " and len(short.split()) > 1:
        return True
    if len(short.split()) == 1 and len(long.split()) <= 3 and long.endswith(f" {short}"):
        return True  # "Peskov" and "Dmitry Peskov"
    return initials(a) == b.strip() or initials(b) == a.strip()


def source_key(name: str) -> str:
    name = re.sub(r"\([^)]*\)", " ", name or "").casefold()
    return " ".join(w for w in re.findall(r"\w+", name) if w not in ("the", "a", "an"))


def initials(name: str) -> str:
    """ "Institute for the Study of War" → "ISW"."""
    capitals = "".join(w[0] for w in re.findall(r"[A-Z][\w'-]*", name))
    return capitals if len(capitals) > 1 else ""


def _quote_key(quote: Quote) -> str:
    return " ".join(quote.text.replace("\u2019", "'").casefold().split()).strip(" .,")


def _compare_quotes(old: list[Quote], new: list[Quote], a: TagSide, b: TagSide) -> list[Difference]:
    old, new = list(old), list(new)
    for quote in list(old):
        twin = next((q for q in new if _quote_key(q) == _quote_key(quote)), None)
        if twin is not None:
            old.remove(quote)
            new.remove(twin)
    found = []
    for quote in list(old):
        scored = [(difflib.SequenceMatcher(None, _quote_key(quote), _quote_key(q)).ratio(), i)
                  for i, q in enumerate(new)]  # fmt: skip
        if not scored or max(scored)[0] < 0.5:
            continue
        partner = new.pop(max(scored)[1])
        old.remove(quote)
        found.append(_diff("quote_changed", quote, partner, a, b, partner.speaker or ""))
    found += [_diff("quote_removed", q, None, a, b, q.speaker or "") for q in old]
    found += [_diff("quote_added", None, q, a, b, q.speaker or "") for q in new]
    return found
