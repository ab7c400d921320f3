"""Facts across documents: figures paired by what they measure, and the story's fact table.

A *fact* is one measure (people killed, consumer prices' annual change) as each
document states it. Figures are paired across documents as an assignment over
all figures of both, independent of sentence alignment:

1. every figure becomes a :class:`FactItem` (the same measure and value said twice
   in one document is one item, its first mention);
2. candidate pairs share a kind and either a value or a full measure key
   (bucketed, a bounded number per item, so no all-pairs pass);
3. a pair is allowed only when the measures agree: each field equal, or unsaid
   on one side and the values equal; other values are the same fact only when
   every field is equal and says something (:attr:`Measure.specific`);
4. pairs are scored (measure fields in common, same value, same wording around
   them, similar position) and taken best first, each figure once.

:func:`match_facts` pairs two documents; :func:`fact_table` builds the table over N.
"""

from __future__ import annotations

import bisect
import math
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import lru_cache
from typing import Any

from storydiff.core.features import content_words
from storydiff.core.model import Document
from storydiff.core.stems import stem
from storydiff.core.tagging.measures import Measure
from storydiff.core.tagging.records import Figure, Tags

# Qualifiers by what they say about the true value; a lower and an upper bound conflict.
LOWER_BOUNDS = frozenset(
    {"over", "more than", "at least", "beyond", "upwards of", "or more", "plus", "in excess of"}
)
UPPER_BOUNDS = frozenset({"up to", "less than", "fewer than", "under", "nearly", "almost", "below"})
# A pair that agrees on the value outweighs one measure field in common ("four" ~ "four
# counts" before "11 counts" ~ "four counts").
SAME_VALUE_WEIGHT = 4.5
# Candidates per bucket: the nearest by position, so large documents stay near-linear.
BUCKET_CAP = 24
_MEASURE_FIELDS = ("quantity", "family", "period", "place")


@dataclass(frozen=True)
class FactItem:
    """One figure of one document as a fact: where it is, what it measures, who said it."""

    doc: int
    figure: Figure
    measure: Measure
    sentence: int
    position: float  # 0..1, where in the document
    source: str | None = None
    words: frozenset[str] = frozenset()
    # The same fact said again in the same document. ``figure`` is its first mention
    # with a source, else its first mention.
    also: tuple[Figure, ...] = ()
    # What each mention's sentence says the fact measures, ``measure`` first: the fact
    # is matched across documents by whichever fits best.
    variants: tuple[Measure, ...] = ()

    @property
    def value(self) -> Any:
        """The value as compared (:func:`value_key`), read once."""
        cached = self.__dict__.get("_value", self)
        if cached is self:
            cached = value_key(self.figure, self.measure)
            object.__setattr__(self, "_value", cached)
        return cached


@dataclass(frozen=True)
class FactMatch:
    """Two documents' facts paired: ``pairs`` (a, b), and those only in one."""

    pairs: tuple[tuple[FactItem, FactItem], ...]
    only_a: tuple[FactItem, ...]
    only_b: tuple[FactItem, ...]


@dataclass(frozen=True)
class DocumentInfo:
    """A column of the fact table: which document, from whom, published when."""

    title: str = ""
    outlet: str = ""
    published: datetime | None = None


@dataclass(frozen=True)
class FactCell:
    """One document's statement of a fact: the figure as written, and its source."""

    item: FactItem

    @property
    def figure(self) -> Figure:
        return self.item.figure

    @property
    def source(self) -> str | None:
        return self.item.source

    def to_dict(self) -> dict[str, Any]:
        f = self.figure
        return {
            "text": f.text,
            "start": f.start,
            "end": f.end,
            "value": f.value,
            "unit": f.unit,
            "qualifier": f.qualifier,
            "source": self.source,
        }


@dataclass(frozen=True)
class Fact:
    """A row of the fact table: one measure, one cell (or ``None``) per document."""

    measure: Measure
    cells: tuple[FactCell | None, ...]
    conflict: bool
    first: int | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "measure": self.measure.to_dict(),
            "cells": [c.to_dict() if c else None for c in self.cells],
            "conflict": self.conflict,
            "first": self.first,
        }


@dataclass(frozen=True)
class FactTable:
    """Rows are facts, columns are documents (in the order given)."""

    documents: tuple[DocumentInfo, ...]
    facts: tuple[Fact, ...]

    @property
    def conflicts(self) -> list[Fact]:
        return [f for f in self.facts if f.conflict]

    def to_dict(self) -> dict[str, Any]:
        """The public contract of ``storydiff facts --json`` (docs/facts-json.md)."""
        return {
            "documents": [
                {
                    "title": d.title,
                    "outlet": d.outlet,
                    "published": d.published.isoformat() if d.published else None,
                }
                for d in self.documents
            ],
            "facts": [f.to_dict() for f in self.facts],
        }


# --- items ------------------------------------------------------------------------------


def fact_items(doc: Document, tags: Tags, doc_index: int = 0) -> list[FactItem]:
    """The facts of one document, in text order. A fact said again (same value, a measure
    that agrees: each field the same or unsaid on one side) is one item: its first mention
    with a source, else its first mention; its measure joins what both mentions say."""
    starts = [s.start for s in doc.sentences]
    size = max(1, len(doc.text))
    sources = _sources_by_sentence(tags, starts)
    speakers = _Speakers(tags)
    items: list[FactItem] = []
    same_value_items: dict[tuple[str, Any], list[int]] = defaultdict(list)
    words: dict[int, frozenset[str]] = {}  # stemmed content words per sentence
    for figure in tags.figures:
        measure = figure.measure or Measure(figure.kind)
        sentence = _at(starts, figure)
        source = _source_of(figure, sources.get(sentence, []), speakers)
        bucket = same_value_items[(measure.kind, value_key(figure, measure))]
        earlier = next((n for n in bucket if _repeats(items[n], figure, measure)), None)
        if earlier is not None:
            items[earlier] = _mention_again(items[earlier], figure, measure, sentence, source)
            continue
        if sentence not in words:
            text = doc.sentences[sentence].text if doc.sentences else ""
            words[sentence] = frozenset(stem(w) for w in content_words(text) if w[0].isalpha())
        bucket.append(len(items))
        items.append(
            FactItem(
                doc_index,
                figure,
                measure,
                sentence,
                figure.start / size,
                source,
                words[sentence],
                variants=(measure,),
            )
        )
    return items


def _repeats(earlier: FactItem, figure: Figure, measure: Measure) -> bool:
    """Whether a mention with the same value restates an earlier one: no field said
    otherwise, and either a field said alike by both, or a bare mention of a value too
    distinctive to be another fact ("has risen to 2,960" after "2,960 people killed")."""
    for variant in earlier.variants:
        pairs = [(x, y) for x, y in zip(_fields(variant), _fields(measure), strict=True)]
        if any(x and y and x != y for x, y in pairs):
            continue
        if any(x and x == y for x, y in pairs):
            return True
        if not measure.specific and _distinctive(figure):
            return True
    return False


def _distinctive(figure: Figure) -> bool:
    if figure.kind in ("money", "percent", "date"):
        return True
    value = figure.value
    return isinstance(value, (int, float)) and abs(value) >= 100 and figure.kind != "year"


def _mention_again(
    item: FactItem, figure: Figure, measure: Measure, sentence: int, source: str | None
) -> FactItem:
    variants = (*item.variants, measure)
    if item.source is None and source is not None:
        # The attributed mention represents the fact; the first is kept in ``also``.
        return replace(
            item,
            figure=figure,
            measure=measure,
            sentence=sentence,
            source=source,
            also=(item.figure, *item.also),
            variants=(measure, *item.variants),
        )
    return replace(item, also=(*item.also, figure), variants=variants)


@lru_cache(maxsize=4096)
def _fields(measure: Measure) -> tuple[str, ...]:
    """A measure's compared fields: quantity (by stems), event family, period, place."""
    return tuple(measure.field_key(name) for name in _MEASURE_FIELDS)


def _at(starts: list[int], figure: Figure) -> int:
    return max(0, bisect.bisect_right(starts, figure.start) - 1)


def _sources_by_sentence(tags: Tags, starts: list[int]) -> dict[int, list[tuple[int, str]]]:
    found: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for source in tags.sources:
        found[max(0, bisect.bisect_right(starts, source.start) - 1)].append(
            (source.start, source.name)
        )
    return found


def _source_of(
    figure: Figure, in_sentence: list[tuple[int, str]], speakers: _Speakers
) -> str | None:
    """Who states the figure: the speaker of a quote around it, else the attribution
    nearest to it in its sentence."""
    speaker = speakers.around(figure.start)
    if speaker is not None:
        return speaker
    if not in_sentence:
        return None
    return min(in_sentence, key=lambda s: abs(s[0] - figure.start))[1]


class _Speakers:
    """The quotes that have a speaker, found by offset (binary search)."""

    def __init__(self, tags: Tags) -> None:
        self.quotes = sorted((q.start, q.end, q.speaker) for q in tags.quotes if q.speaker)
        self.starts = [q[0] for q in self.quotes]

    def around(self, offset: int) -> str | None:
        i = bisect.bisect_right(self.starts, offset) - 1
        if i >= 0 and self.quotes[i][0] <= offset < self.quotes[i][1]:
            return self.quotes[i][2]
        return None


def sentence_evidence(doc: Document, tags: Tags) -> dict[int, set[str]]:
    """Tokens for the facts each sentence states (sentence index → tokens): its figures'
    measure keys, and values that say something (not "three", not "second"), so
    alignment can pair paraphrases of one fact."""
    starts = [s.start for s in doc.sentences]
    found: dict[int, set[str]] = defaultdict(set)
    for figure in tags.figures:
        measure = figure.measure or Measure(figure.kind)
        tokens = found[_at(starts, figure)]
        if measure.specific:
            tokens.add("m:" + measure.key)
        if _telling(figure):
            tokens.add(f"v:{measure.kind}:{_hashable_value(figure, measure)}")
    return found


def _telling(figure: Figure) -> bool:
    """Whether a value tells a fact apart: dates, times, money, percentages, durations,
    ages; counts and numbers from 10 up (not "three", not "second")."""
    if figure.kind in ("date", "money", "percent", "year", "duration", "age"):
        return True
    if figure.kind == "ordinal" or not isinstance(figure.value, (int, float)):
        return False
    return abs(figure.value) >= 10


# --- values -----------------------------------------------------------------------------


def value_key(figure: Figure, measure: Measure | None = None) -> Any:
    """The value as compared: "3.2%" and "3.2 percent", "Jan. 5" and "January 5" agree."""
    value = figure.value
    if isinstance(value, str):
        return value[-5:] if len(value) == 10 and value[4] == "-" else value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        number = round(float(value), 6)
        if measure is not None and measure.event == "fell":
            number = -abs(number)
        # The unit is part of the value ("3 years" is not "3 months"), except a count's
        # counted noun: "23" in a headline is "23 people".
        unit = figure.unit.lower() if figure.unit and figure.kind != "count" else None
        high = None if figure.high is None else round(float(figure.high), 6)  # type: ignore[arg-type]
        return (number, high, unit)
    return value


def same_value(a: FactItem, b: FactItem) -> bool:
    """Whether two statements give the same value (qualifiers aside)."""
    x, y = a.value, b.value
    if isinstance(x, tuple) and isinstance(y, tuple):
        (vx, hx, ux), (vy, hy, uy) = x, y
        if ux and uy and ux != uy:
            return False
        return math.isclose(vx, vy, rel_tol=1e-9, abs_tol=1e-9) and hx == hy
    return x == y


def bound(qualifier: str | None) -> str:
    """ "lower", "upper" or "" for a qualifier that bounds the value."""
    q = (qualifier or "").lower()
    if q in LOWER_BOUNDS:
        return "lower"
    return "upper" if q in UPPER_BOUNDS else ""


def qualifiers_conflict(a: FactItem, b: FactItem) -> bool:
    """ "more than 200" against "nearly 200": one a lower bound, the other an upper one."""
    return {bound(a.figure.qualifier), bound(b.figure.qualifier)} == {"lower", "upper"}


def differ(a: FactItem, b: FactItem) -> bool:
    """Whether two statements of one fact disagree: another value or a bound that conflicts."""
    return not same_value(a, b) or qualifiers_conflict(a, b)


# --- pairing ----------------------------------------------------------------------------


def fact_score(a: FactItem, b: FactItem) -> float | None:
    """How well ``a`` and ``b`` state the same fact, or ``None`` when they cannot: the
    best over the measures their mentions were read with."""
    if a.measure.kind != b.measure.kind:
        return None
    same = same_value(a, b)
    best = None
    for ma in a.variants or (a.measure,):
        for mb in b.variants or (b.measure,):
            fit = _measure_fit(ma, mb, same)
            if fit is not None and (best is None or fit > best):
                best = fit
    if best is None:
        return None
    score = best + (SAME_VALUE_WEIGHT if same else 0.0)
    score += 1.0 if a.figure.qualifier == b.figure.qualifier else 0.0
    score += 2.0 * _overlap(a.words, b.words)
    score += 0.5 * (1.0 - abs(a.position - b.position))
    return score


def _measure_fit(ma: Measure, mb: Measure, same_value: bool) -> float | None:
    """Fields in common (3 each) less fields said on one side only (1 each); ``None`` when
    a field is said otherwise, or when values differ and the measures are not the same
    and specific."""
    equal = loose = 0
    for x, y in zip(_fields(ma), _fields(mb), strict=True):
        if x and y and x != y:
            return None
        if x and y:
            equal += 1
        elif x or y:
            loose += 1
    if not same_value and (loose or not ma.specific):
        return None
    return 3.0 * equal - 1.0 * loose


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def match_facts(items_a: Sequence[FactItem], items_b: Sequence[FactItem]) -> FactMatch:
    """Pair two documents' facts (see the module docstring); greedy, best score first."""
    pairs = assign(list(items_a), list(items_b), fact_score)
    paired_a = {id(a) for a, _ in pairs}
    paired_b = {id(b) for _, b in pairs}
    pairs.sort(key=lambda p: (p[0].figure.start, p[1].figure.start))
    return FactMatch(
        tuple(pairs),
        tuple(a for a in items_a if id(a) not in paired_a),
        tuple(b for b in items_b if id(b) not in paired_b),
    )


def assign(
    left: list[FactItem],
    right: list[FactItem],
    score: Callable[[FactItem, FactItem], float | None],
) -> list[tuple[FactItem, FactItem]]:
    """A one-to-one assignment: candidate pairs from shared buckets, best score first."""
    index = _Buckets(right)
    scored = []
    for i, item in enumerate(left):
        for j in index.candidates(item):
            value = score(item, right[j])
            if value is not None:
                scored.append((value, -i, -j))
    scored.sort(reverse=True)
    used_left: set[int] = set()
    used_right: set[int] = set()
    pairs = []
    for _value, i, j in scored:
        i, j = -i, -j
        if i in used_left or j in used_right:
            continue
        used_left.add(i)
        used_right.add(j)
        pairs.append((left[i], right[j]))
    return pairs


class _Buckets:
    """Items grouped by kind and value, and by full measure key, each sorted by position."""

    def __init__(self, items: list[FactItem]) -> None:
        self.groups: dict[tuple[str, Any], list[int]] = defaultdict(list)
        for j, item in enumerate(items):
            for key in _bucket_keys(item):
                self.groups[key].append(j)
        self.positions = {
            key: [items[j].position for j in members] for key, members in self.groups.items()
        }

    def candidates(self, item: FactItem) -> set[int]:
        found: set[int] = set()
        for key in _bucket_keys(item):
            members = self.groups.get(key, [])
            if len(members) <= BUCKET_CAP:
                found.update(members)
                continue
            at = bisect.bisect_left(self.positions[key], item.position)
            lo = max(0, at - BUCKET_CAP // 2)
            found.update(members[lo : lo + BUCKET_CAP])
        return found


def _bucket_keys(item: FactItem) -> list[tuple[str, Any]]:
    keys: list[tuple[str, Any]] = [("value", (item.measure.kind, _hashable(item)))]
    if item.measure.specific:
        keys.append(("measure", item.measure.key))
    return keys


def _hashable(item: FactItem) -> Any:
    key = item.value
    if isinstance(key, tuple):
        return (abs(key[0]), key[1])  # units and signs are checked when scoring
    return key


def _hashable_value(figure: Figure, measure: Measure) -> Any:
    key = value_key(figure, measure)
    if isinstance(key, tuple):
        return (abs(key[0]), key[1])  # units and signs are checked when scoring
    return key


# --- the table --------------------------------------------------------------------------


@dataclass
class _Row:
    cells: dict[int, FactItem] = field(default_factory=dict)

    def best(self) -> FactItem:
        return next(iter(self.cells.values()))


def fact_table(
    documents: Sequence[Document],
    tags: Sequence[Tags],
    infos: Sequence[DocumentInfo] | None = None,
    order_known: bool = True,
) -> FactTable:
    """The story's facts over all ``documents`` (columns in the order given).

    ``first`` is the earliest document carrying a fact by ``infos[k].published``;
    without times it is the first in the order given when ``order_known`` (files
    given oldest first), else ``None``.
    """
    infos = list(infos) if infos is not None else [DocumentInfo(d.title) for d in documents]
    rows: list[_Row] = []
    for k, (doc, doc_tags) in enumerate(zip(documents, tags, strict=True)):
        items = fact_items(doc, doc_tags, k)
        placed = _join_rows(rows, items, k)
        rows += [_Row({k: item}) for item in items if id(item) not in placed]
    facts = [_fact(row, len(documents), infos, order_known) for row in rows]
    return FactTable(tuple(infos), tuple(facts))


def _join_rows(rows: list[_Row], items: list[FactItem], k: int) -> set[int]:
    """Put document ``k``'s items into the rows they state (one item per row); the ids
    of the items placed."""
    by_rep = {id(row.best()): row for row in rows}
    pairs = assign([row.best() for row in rows], items, lambda r, i: _row_score(by_rep[id(r)], i))
    for rep, item in pairs:
        by_rep[id(rep)].cells[k] = item
    return {id(item) for _, item in pairs}


def _row_score(row: _Row, item: FactItem) -> float | None:
    """An item joins a row only if it fits every cell of it; scored by the best fit."""
    scores = [fact_score(cell, item) for cell in row.cells.values()]
    if any(s is None for s in scores):
        return None
    return max(s for s in scores if s is not None)


def _fact(row: _Row, count: int, infos: Sequence[DocumentInfo], order_known: bool) -> Fact:
    items = list(row.cells.values())
    measure = max((i.measure for i in items), key=_said)
    conflict = any(differ(a, b) for n, a in enumerate(items) for b in items[n + 1 :])
    cells = tuple(FactCell(row.cells[k]) if k in row.cells else None for k in range(count))
    return Fact(measure, cells, conflict, first_reported(sorted(row.cells), infos, order_known))


def _said(measure: Measure) -> int:
    return sum(bool(getattr(measure, name)) for name in _MEASURE_FIELDS)


def first_reported(
    carriers: list[int], infos: Sequence[DocumentInfo], order_known: bool
) -> int | None:
    """The document that carried a fact first: by publication time where every carrier
    has one, else the first given when the order is known, else ``None``."""
    if not carriers:
        return None
    times = [infos[k].published for k in carriers]
    if all(t is not None for t in times):
        return min(carriers, key=lambda k: (infos[k].published.timestamp(), k))  # type: ignore[union-attr]
    return carriers[0] if order_known else None
