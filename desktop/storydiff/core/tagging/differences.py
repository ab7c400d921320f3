"""Typed differences between two compared documents: figures, sources, quotes, claims.

What changed for a fact-checker, row by aligned row of a :class:`Comparison`:

- in a changed (or split, merged, edited-and-moved) row, the figures, sources and
  quotes of both sides are paired: a figure with the same kind and counted noun
  but another value is ``figure_changed`` (300,000 → 318,000 troops), the same
  value with another qualifier is ``qualifier_changed`` ("over 370,000" →
  "370,000"), a claim now attributed to someone else is ``source_changed``,
  reworded quoted words are ``quote_changed``; what is left over is added or removed;
- an inserted or deleted sentence that carries a claim gives one ``claim_added`` /
  ``claim_removed`` record for the sentence, and, so that no figure, source or
  quote is ever missed, one ``*_added`` / ``*_removed`` record for each tag in it
  (same ``sentence_a`` / ``sentence_b``, so a view can fold them under the claim);
- unchanged rows and merely moved sentences give nothing;
- comparing coverage by different outlets, a figure removed in one place and one
  added in another with the same kind and a similar unit is a ``figure_changed``,
  and the same figure in unaligned sentences is no difference at all.
"""

from __future__ import annotations

import bisect
import difflib
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import Any, Protocol

from storydiff.core.model import Document
from storydiff.core.tagging.records import Figure, Quote, Source, Tags

KINDS = (
    "figure_changed", "figure_added", "figure_removed", "qualifier_changed",
    "source_added", "source_removed", "source_changed",
    "quote_changed", "quote_added", "quote_removed",
    "claim_added", "claim_removed",
)  # fmt: skip
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

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Difference:
    """One change a fact-checker should look at."""

    kind: str
    old: TagRef | None
    new: TagRef | None
    sentence_a: int | None
    sentence_b: int | None
    detail: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "old": self.old.to_dict() if self.old else None,
            "new": self.new.to_dict() if self.new else None,
            "sentence_a": self.sentence_a,
            "sentence_b": self.sentence_b,
        }


def find_differences(comparison: _Comparison, tags_a: Tags, tags_b: Tags) -> list[Difference]:
    """The typed differences of ``comparison``, in the order of its rows."""
    side_a = _Side(comparison.a, tags_a)
    side_b = _Side(comparison.b, tags_b)
    found: list[Difference] = []
    for row in comparison.rows:
        if row.op == "equal" or (row.op == "moved" and _unchanged(row)):
            continue
        # In a split or merged row, a sentence that is nearly all new was inserted (deleted).
        a_new = [
            i
            for i in row.a
            if len(row.a) > 1 and row.b and _share_new(row, side_a, i, -1) >= _NEW_SENTENCE
        ]
        b_new = [
            i
            for i in row.b
            if len(row.b) > 1 and row.a and _share_new(row, side_b, i, 1) >= _NEW_SENTENCE
        ]
        for index in a_new if row.b else row.a:
            found.extend(_whole_sentence(side_a, index, "removed"))
        for index in b_new if row.a else row.b:
            found.extend(_whole_sentence(side_b, index, "added"))
        kept_a = [i for i in row.a if i not in a_new]
        kept_b = [i for i in row.b if i not in b_new]
        if kept_a and kept_b:
            found.extend(_compare_group(side_a, kept_a, side_b, kept_b))
    if comparison.mode == "coverage":
        found = pair_across_rows(found, side_a, side_b)
    return found


class _Side:
    """One document's tags grouped by the sentence they start in."""

    def __init__(self, doc: Document, tags: Tags) -> None:
        self.doc = doc
        self.starts = [s.start for s in doc.sentences]
        self.figures: dict[int, list[Figure]] = defaultdict(list)
        self.sources: dict[int, list[Source]] = defaultdict(list)
        self.quotes: dict[int, list[Quote]] = defaultdict(list)
        self.claims: set[int] = set()
        for figure in tags.figures:
            self.figures[self.sentence_of(figure.start)].append(figure)
        for source in tags.sources:
            self.sources[self.sentence_of(source.start)].append(source)
        for quote in tags.quotes:
            self.quotes[self.sentence_of(quote.start)].append(quote)
        for claim in tags.claims:
            self.claims.add(self.sentence_of(claim.start))

    def sentence_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def gather(self, name: str, indices: list[int]) -> list[Any]:
        table = getattr(self, name)
        return [tag for i in indices for tag in table.get(i, [])]


def _ref(tag: Figure | Source | Quote) -> TagRef:
    return TagRef(tag.text, tag.start, tag.end)


def _unchanged(row: _Row) -> bool:
    return all(span.op == 0 for span in row.diff)


def _share_new(row: _Row, side: _Side, index: int, own_op: int) -> float:
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


def _whole_sentence(side: _Side, index: int, how: str) -> list[Difference]:
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
        found.append(record(f"figure_{how}", _ref(figure), _describe(figure)))
    for source in side.sources.get(index, []):
        found.append(record(f"source_{how}", _ref(source), source.name))
    for quote in side.quotes.get(index, []):
        found.append(record(f"quote_{how}", _ref(quote), quote.speaker or ""))
    return found


def _describe(figure: Figure) -> str:
    value = figure.value if figure.high is None else f"{figure.value}–{figure.high}"
    parts = (figure.qualifier, value, figure.unit)
    return " ".join(str(p) for p in parts if p is not None) or figure.text


def _compare_group(a: _Side, a_idx: list[int], b: _Side, b_idx: list[int]) -> list[Difference]:
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


def _diff(kind: str, old: Any, new: Any, a: _Side, b: _Side, detail: str) -> Difference:
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


def _compare_figures(old: list[Figure], new: list[Figure], a: _Side, b: _Side) -> list[Difference]:
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
            detail = f"{_describe(figure)} → {_describe(partner)}"
            found.append(_diff("figure_changed", figure, partner, a, b, detail))
        elif partner.qualifier != figure.qualifier:
            detail = f"{figure.qualifier or '(none)'} → {partner.qualifier or '(none)'}"
            found.append(_diff("qualifier_changed", figure, partner, a, b, detail))
    found += [_diff("figure_removed", f, None, a, b, _describe(f)) for f in old]
    found += [_diff("figure_added", None, f, a, b, _describe(f)) for f in new]
    return found


def _compare_sources(old: list[Source], new: list[Source], a: _Side, b: _Side) -> list[Difference]:
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
    key_a, key_b = _source_key(a), _source_key(b)
    if not key_a or not key_b:
        return False
    if key_a == key_b:
        return True
    short, long = sorted((key_a, key_b), key=len)
    if f" {short} " in f" {long} " and len(short.split()) > 1:
        return True
    if len(short.split()) == 1 and len(long.split()) <= 3 and long.endswith(f" {short}"):
        return True  # "Peskov" and "Dmitry Peskov"
    return _initials(a) == b.strip() or _initials(b) == a.strip()


def _source_key(name: str) -> str:
    name = re.sub(r"\([^)]*\)", " ", name or "").casefold()
    return " ".join(w for w in re.findall(r"\w+", name) if w not in ("the", "a", "an"))


def _initials(name: str) -> str:
    """ "Institute for the Study of War" → "ISW"."""
    capitals = "".join(w[0] for w in re.findall(r"[A-Z][\w'-]*", name))
    return capitals if len(capitals) > 1 else ""


def _quote_key(quote: Quote) -> str:
    return " ".join(quote.text.replace("\u2019", "'").casefold().split()).strip(" .,")


def _compare_quotes(old: list[Quote], new: list[Quote], a: _Side, b: _Side) -> list[Difference]:
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


def pair_across_rows(found: list[Difference], a: _Side, b: _Side) -> list[Difference]:
    """Coverage: a figure one outlet has here and the other there is the same fact.

    A removed and an added figure with the same kind and unit become one
    ``figure_changed`` (or nothing, when the values agree)."""
    figure_at = {("a", f.start): f for fs in a.figures.values() for f in fs}
    figure_at.update({("b", f.start): f for fs in b.figures.values() for f in fs})
    removed = [d for d in found if d.kind == "figure_removed"]
    added = [d for d in found if d.kind == "figure_added"]
    drop: set[int] = set()
    extra: list[Difference] = []
    for gone in removed:
        old = figure_at[("a", gone.old.start)]
        for came in added:
            if id(came) in drop:
                continue
            new = figure_at[("b", came.new.start)]
            if figure_key(old) != figure_key(new) or not figure_key(old)[1]:
                continue
            drop.update({id(gone), id(came)})
            if _amount(old) != _amount(new):
                detail = f"{_describe(old)} → {_describe(new)}"
                extra.append(
                    replace(
                        gone,
                        kind="figure_changed",
                        new=came.new,
                        sentence_b=came.sentence_b,
                        detail=detail,
                    )
                )
            break
    return [d for d in found if id(d) not in drop] + extra
