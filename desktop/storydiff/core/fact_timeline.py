"""Who carried a fact first, and who changed or dropped it when.

The story's documents (outlets and versions alike) are put in time order: by
publication time when every document has one, else by import time when every
document has one, else in the order given (files oldest first, library stories in
version order); the :class:`Timeline` says which (``basis``). Walking that order,
a fact's events are: *first* carried, *changed* from one value to another,
*dropped* by a document after the one before it carried the fact, and carried
*again* after a drop. Figures are the rows of the fact table
(:mod:`storydiff.core.facts`); quotes are matched across documents here
(:func:`quote_rows`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from difflib import SequenceMatcher
from typing import Any, Literal

from storydiff.core.facts import Fact, differ
from storydiff.core.provenance import Timing
from storydiff.core.tagging.records import Figure, Quote, Tags

Basis = Literal["published", "imported", "order"]
EventKind = Literal["first", "changed", "dropped", "again"]

# Two quotes are one when their words mostly agree (near-verbatim: a word or two
# edited) or the shorter is nearly all inside the longer (an outlet trimmed it).
SAME_QUOTE_RATIO = 0.75
INSIDE_SHARE = 0.85
MIN_WORDS_INSIDE = 4


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    """One step of a fact's history: in ``document``, at ``when`` (``None`` when the
    order alone is known), ``before`` → ``after`` as written."""

    event: EventKind
    document: int
    when: datetime | None
    before: str | None = None
    after: str | None = None

    def to_dict(self, basis: Basis) -> dict[str, Any]:
        return {
            "event": self.event,
            "document": self.document,
            "time": self.when.isoformat() if self.when else None,
            "time_basis": basis,
            "from": self.before,
            "to": self.after,
        }


@dataclass(frozen=True)
class StoryOrder:
    """The documents in time order, the time of each, and what the order rests on."""

    order: tuple[int, ...]
    times: tuple[datetime | None, ...]
    basis: Basis


def story_order(timings: Sequence[Timing]) -> StoryOrder:
    """Publication times when all documents have one, else import times when all
    have one, else the order given (ties keep the order given)."""
    for basis, times in (
        ("published", [t.published for t in timings]),
        ("imported", [t.imported for t in timings]),
    ):
        if times and all(times):
            aware = [_aware(t) for t in times if t is not None]
            order = sorted(range(len(aware)), key=lambda k: (aware[k], k))
            return StoryOrder(tuple(order), tuple(times), basis)  # type: ignore[arg-type]
    return StoryOrder(tuple(range(len(timings))), tuple(None for _ in timings), "order")


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def timeline(
    cells: Sequence[Any | None],
    order: StoryOrder,
    changed: Callable[[Any, Any], bool],
    text: Callable[[Any], str],
) -> tuple[TimelineEvent, ...]:
    """The events of one row (a cell per document, ``None`` where absent)."""
    events: list[TimelineEvent] = []
    last: Any | None = None
    carried = False
    for k in order.order:
        cell, when = cells[k], order.times[k]
        if cell is None:
            if carried and last is not None:
                events.append(TimelineEvent("dropped", k, when, text(last), None))
            carried = False
            continue
        if last is None:
            events.append(TimelineEvent("first", k, when, None, text(cell)))
        elif changed(last, cell):
            events.append(TimelineEvent("changed", k, when, text(last), text(cell)))
        elif not carried:
            events.append(TimelineEvent("again", k, when, None, text(cell)))
        last, carried = cell, True
    return tuple(events)


def fact_timeline(fact: Fact, order: StoryOrder) -> tuple[TimelineEvent, ...]:
    """A fact-table row's events: a change is another value or a conflicting bound (a
    value written more precisely, "$3.2 trillion" then "$3.17 trillion", is a change too:
    a version that corrects a figure so says something)."""
    return timeline(
        fact.cells,
        order,
        lambda a, b: differ(a.item, b.item, rounded=False),
        lambda cell: cell.figure.text,
    )


def figure_timeline(
    figures: Sequence[Figure | None], order: StoryOrder
) -> tuple[TimelineEvent, ...]:
    """One figure followed through the documents (``None`` where not found): a change
    is another value or qualifier."""
    return timeline(
        figures,
        order,
        lambda a, b: (a.value, a.unit, a.qualifier) != (b.value, b.unit, b.qualifier),
        lambda figure: figure.text,
    )


BASIS_WORDS = {"published": "published", "imported": "imported", "order": ""}


def event_sentence(event: TimelineEvent, name: str, basis: Basis) -> str:
    """The event for people: ``Changed from 100 to 150 by v2 · AP (published 6 Feb
    2023 09:00)``; ``name`` names the document."""
    what = {
        "first": f"First carried ({event.after})",
        "changed": f"Changed from {event.before} to {event.after}",
        "dropped": f"Dropped ({event.before})",
        "again": f"Carried again ({event.after})",
    }[event.event]
    when = ""
    if event.when is not None:
        when = f" ({BASIS_WORDS[basis]} {event.when.strftime('%d %b %Y %H:%M')})"
    return f"{what} by {name}{when}"


@dataclass(frozen=True)
class QuoteRow:
    """One quote across the story: a cell per document (``None`` where absent)."""

    cells: tuple[Quote | None, ...]

    @property
    def speaker(self) -> str | None:
        return next((q.speaker for q in self.cells if q is not None and q.speaker), None)

    def first(self, order: StoryOrder) -> int | None:
        return next((k for k in order.order if self.cells[k] is not None), None)

    def timeline(self, order: StoryOrder) -> tuple[TimelineEvent, ...]:
        """Events: a change is other words (case, punctuation and quote marks aside)."""
        return timeline(
            self.cells, order, lambda a, b: quote_words(a) != quote_words(b), lambda q: q.text
        )

    def to_dict(self, order: StoryOrder) -> dict[str, Any]:
        return {
            "speaker": self.speaker,
            "cells": [q.to_dict() if q else None for q in self.cells],
            "first": self.first(order),
            "timeline": [e.to_dict(order.basis) for e in self.timeline(order)],
        }


def quote_words(quote: Quote) -> tuple[str, ...]:
    """The quote's words, lower case, without punctuation or quotation marks."""
    return tuple(re.findall(r"\w+(?:['’]\w+)*", quote.text.lower().replace("’", "'")))


def quote_score(a: Quote, b: Quote) -> float | None:
    """How alike two quotes are (0..1), or ``None`` when they are not one quote: another
    speaker, or words that neither nearly agree nor sit one inside the other."""
    if not _same_speaker(a.speaker, b.speaker):
        return None
    wa, wb = quote_words(a), quote_words(b)
    if not wa or not wb:
        return None
    if wa == wb:
        return 1.0
    if len(set(wa) & set(wb)) < 0.5 * min(len(wa), len(wb)):
        return None  # cannot reach either bar below: skip the slower matcher
    matcher = SequenceMatcher(None, wa, wb, autojunk=False)
    ratio = matcher.ratio()
    if ratio >= SAME_QUOTE_RATIO:
        return ratio
    shorter = min(len(wa), len(wb))
    shared = sum(block.size for block in matcher.get_matching_blocks())
    if shorter >= MIN_WORDS_INSIDE and shared / shorter >= INSIDE_SHARE:
        return ratio
    return None


def _same_speaker(a: str | None, b: str | None) -> bool:
    """Unknown on one side, the same name, or the same surname ("Lima", "Ana Lima")."""
    if not a or not b:
        return True
    x, y = a.lower().split(), b.lower().split()
    return x == y or (bool(x) and bool(y) and x[-1] == y[-1])


def quote_rows(tags: Sequence[Tags]) -> list[QuoteRow]:
    """The story's quotes matched across documents (documents in the order given): each
    document's quotes join the rows so far, best fit first, one quote per row."""
    rows: list[list[Quote | None]] = []
    count = len(tags)
    for k, doc_tags in enumerate(tags):
        quotes = list(doc_tags.quotes)
        scored = []
        for r, row in enumerate(rows):
            for q, quote in enumerate(quotes):
                score = _row_score(row, quote)
                if score is not None:
                    scored.append((score, -r, -q))
        used_rows: set[int] = set()
        used_quotes: set[int] = set()
        for _score, r, q in sorted(scored, reverse=True):
            if -r in used_rows or -q in used_quotes:
                continue
            used_rows.add(-r)
            used_quotes.add(-q)
            rows[-r][k] = quotes[-q]
        for q, quote in enumerate(quotes):
            if q not in used_quotes:
                row: list[Quote | None] = [None] * count
                row[k] = quote
                rows.append(row)
    return [QuoteRow(tuple(row)) for row in rows]


def _row_score(row: list[Quote | None], quote: Quote) -> float | None:
    """A quote joins a row when it is one quote with the row's latest cell."""
    latest = next((q for q in reversed(row) if q is not None), None)
    return None if latest is None else quote_score(latest, quote)


def timelines_dict(facts: Sequence[Fact], quotes: Sequence[QuoteRow], order: StoryOrder) -> dict:
    """The fields ``facts --json`` adds (docs/facts-json.md): a timeline per fact, the
    quotes with theirs, and what the order rests on."""
    return {
        "time_basis": order.basis,
        "timelines": [[e.to_dict(order.basis) for e in fact_timeline(f, order)] for f in facts],
        "quotes": [row.to_dict(order) for row in quotes],
    }
