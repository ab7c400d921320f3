"""Facts across documents: the story's fact table, one row per measure, one column per
document, each cell the figure as written with its source.

A *fact* is one measure (people killed, consumer prices' annual change) as each
document states it. Documents join the table one by one: each document's facts
(:func:`~storydiff.core.fact_items.fact_items`) are paired with the rows so far by
the same assignment that pairs two documents
(:func:`~storydiff.core.fact_matching.match_facts`); a fact joins a row only if it
fits every cell of it. This module is the API the presenters read (see
docs/architecture.md, "Using the fact table from ui/ and reports/").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from storydiff.core.fact_items import (
    MEASURE_FIELDS,
    FactItem,
    fact_items,
    name_aliases,
    sentence_evidence,
    value_key,
)
from storydiff.core.fact_matching import (
    FactMatch,
    Scorer,
    assign_groups,
    differ,
    fact_score,
    match_facts,
    qualifiers_conflict,
    same_value,
    scorer,
)
from storydiff.core.model import Document
from storydiff.core.tagging.measures import Measure
from storydiff.core.tagging.records import Figure, Tags

__all__ = [
    "DocumentInfo", "Fact", "FactCell", "FactItem", "FactMatch", "FactTable", "differ",
    "fact_items", "fact_score", "fact_table", "first_reported", "match_facts",
    "qualifiers_conflict", "same_value", "sentence_evidence", "value_key",
]  # fmt: skip


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


@dataclass
class _Row:
    cells: dict[int, FactItem] = field(default_factory=dict)


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
    aliases = name_aliases(*documents)
    per_document = [
        fact_items(doc, doc_tags, k, aliases)
        for k, (doc, doc_tags) in enumerate(zip(documents, tags, strict=True))
    ]
    score = scorer(*per_document)
    for k, items in enumerate(per_document):
        placed = _join_rows(rows, items, k, score)
        rows += [_Row({k: item}) for item in items if id(item) not in placed]
    facts = [_fact(row, len(documents), infos, order_known) for row in rows]
    return FactTable(tuple(infos), tuple(facts))


def _join_rows(rows: list[_Row], items: list[FactItem], k: int, score: Scorer) -> set[int]:
    """Put document ``k``'s items into the rows they state (one item per row); the ids
    of the items placed."""
    groups = [list(row.cells.values()) for row in rows]
    pairs = assign_groups(groups, items, lambda g, item: _row_score(rows[g], item, score))
    for g, item in pairs:
        rows[g].cells[k] = item
    return {id(item) for _, item in pairs}


def _row_score(row: _Row, item: FactItem, score: Scorer) -> float | None:
    """An item joins a row only if it fits every cell of it; scored by the best fit."""
    scores = [score(cell, item) for cell in row.cells.values()]
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
    return sum(bool(getattr(measure, name)) for name in MEASURE_FIELDS)


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
