"""Differences between outlets' coverage of one story, built on facts.

Outlets word everything differently, so a text change says nothing; what matters is
which facts, sources and quotes each carries. Small named rules, each tested:

- :func:`rule_facts`: figures are paired by measure across the whole documents
  (:func:`storydiff.core.facts.match_facts`), independent of the sentence alignment.
  Same measure, other value → ``figure_changed``; bounds that cannot both hold ("more
  than 200" / "nearly 200") → ``qualifier_changed``; a fact in one outlet only →
  ``figure_removed`` (only in A) / ``figure_added`` (only in B), once per fact however
  often the outlet repeats it, and not when the other outlet gives the same value for the
  same thing in another frame (a forecast, an earlier value);
- :func:`rule_sources`: one source per normalised name per document; a name cited by
  one outlet only → ``source_removed`` / ``source_added`` at its first mention; a name
  in both is no difference;
- :func:`rule_quotes`: quoted words one outlet has and the other does not (the same
  words anywhere in the other are no difference; reworded words in aligned sentences
  are ``quote_changed``);
- :func:`rule_claims`: a checkable statement without figures in a sentence the other
  outlet has no counterpart for → ``claim_removed`` / ``claim_added``. Figures speak
  for themselves (:func:`rule_facts`), so a claim never repeats them, and an aligned
  (reworded) sentence is never a claim difference.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Any

from storydiff.core.fact_items import fact_items, name_aliases
from storydiff.core.fact_matching import (
    differ,
    match_facts,
    qualifiers_conflict,
    same_value,
    telling_value,
)
from storydiff.core.tagging.differences import (
    Difference,
    DifferenceKind,
    TagRef,
    TagSide,
    describe_figure,
    initials,
    same_source,
    source_key,
)
from storydiff.core.tagging.records import Quote, Source, Tags

K = DifferenceKind
# How alike two quotes in aligned sentences must be to be the same quote reworded.
QUOTE_LIKENESS = 0.5


def coverage_differences(comparison: Any, a: TagSide, b: TagSide) -> list[Difference]:
    """Every coverage rule, in reading order of ``a`` (then what only ``b`` has)."""
    found = rule_facts(a, b)
    found += rule_sources(a, b)
    found += rule_quotes(comparison, a, b)
    found += rule_claims(comparison, a, b)
    return sorted(found, key=_reading_order)


def _reading_order(d: Difference) -> tuple[float, float, int]:
    a = d.sentence_a if d.sentence_a is not None else float("inf")
    b = d.sentence_b if d.sentence_b is not None else -1
    return (a, b, (d.old or d.new).start if (d.old or d.new) else 0)


_ref = TagRef.of


def rule_facts(a: TagSide, b: TagSide) -> list[Difference]:
    """Figures paired by measure: changed values, conflicting bounds, facts in one only."""
    aliases = name_aliases(a.doc, b.doc)
    items_a, items_b = fact_items(a.doc, a.tags, 0, aliases), fact_items(b.doc, b.tags, 1, aliases)
    match = match_facts(items_a, items_b)
    found = []
    for x, y in match.pairs:
        if not differ(x, y):
            continue
        if same_value(x, y) and qualifiers_conflict(x, y):
            kind = K.QUALIFIER_CHANGED
            detail = f"{x.figure.qualifier} → {y.figure.qualifier}"
        else:
            kind = K.FIGURE_CHANGED
            detail = f"{describe_figure(x.figure)} → {describe_figure(y.figure)}"
        found.append(
            Difference(
                kind,
                _ref(x.figure),
                _ref(y.figure),
                x.sentence,
                y.sentence,
                f"{x.measure.label}: {detail}",
            )
        )
    for x in match.only_a:
        if not _said_by_other(x, items_b):
            found.append(
                Difference(K.FIGURE_REMOVED, _ref(x.figure), None, x.sentence, None, _label(x))
            )
    for y in match.only_b:
        if not _said_by_other(y, items_a):
            found.append(
                Difference(K.FIGURE_ADDED, None, _ref(y.figure), None, y.sentence, _label(y))
            )
    return found


def _said_by_other(item: Any, others: list[Any]) -> bool:
    """Whether the other outlet gives the same value for the same thing in another frame
    (a forecast, an earlier value), or a value too telling to be another thing's ("the 151
    majority mark", "146,000" however each reads it): it is then in both, not only in one."""
    quantity = item.measure.quantity
    telling = telling_value(item)
    return any(
        z.measure.kind == item.measure.kind
        and (telling or (bool(quantity) and z.measure.quantity == quantity))
        and same_value(item, z, rounded=False)
        for z in others
    )


def _label(item: Any) -> str:
    return f"{item.measure.label}: {describe_figure(item.figure)}"


def first_per_name(sources: tuple[Source, ...]) -> list[Source]:
    """One source per normalised name: its first mention."""
    seen: set[str] = set()
    firsts = []
    for source in sources:
        key = source_key(source.name)
        if key and key not in seen:
            seen.add(key)
            firsts.append(source)
    return firsts


@dataclass(frozen=True)
class Citations:
    """Who is cited by whom, for one pair of outlets: names (first mentions) cited by
    both, by ``a`` only and by ``b`` only."""

    both: tuple[tuple[Source, Source], ...]
    only_a: tuple[Source, ...]
    only_b: tuple[Source, ...]


# Attributions that name nobody: one outlet's "officials said" against another's "authorities
# said" tells a journalist nothing about who each cites.
UNNAMED_SOURCES = frozenset(
    """
    he she they it we i you officials authorities police experts analysts sources reports
    media residents witnesses rescuers observers critics people others
    """.split()
)


def citations(tags_a: Tags, tags_b: Tags) -> Citations:
    """The sources of two outlets side by side, one per normalised name."""
    in_a, in_b = first_per_name(tags_a.sources), first_per_name(tags_b.sources)
    index = _NameIndex(in_b)
    both = []
    for source in in_a:
        other = index.find(source.name)
        if other is not None:
            both.append((source, other))
    paired_b = {id(o) for _, o in both}
    paired_a = {id(s) for s, _ in both}
    return Citations(
        tuple(both),
        tuple(s for s in in_a if id(s) not in paired_a),
        tuple(s for s in in_b if id(s) not in paired_b),
    )


class _NameIndex:
    """Sources found by name the way :func:`same_source` matches names, without trying
    every pair: only names sharing a word, or an acronym, are compared."""

    def __init__(self, sources: list[Source]) -> None:
        self.sources = sources
        self.by_word: dict[str, list[int]] = {}
        for n, source in enumerate(sources):
            for word in set(source_key(source.name).split()) | {source.name.strip().casefold()}:
                self.by_word.setdefault(word, []).append(n)
            if initials(source.name):
                self.by_word.setdefault(initials(source.name).casefold(), []).append(n)

    def find(self, name: str) -> Source | None:
        keys = set(source_key(name).split()) | {name.strip().casefold()}
        if initials(name):
            keys.add(initials(name).casefold())
        candidates = sorted({n for key in keys for n in self.by_word.get(key, ())})
        return next(
            (self.sources[n] for n in candidates if same_source(name, self.sources[n].name)),
            None,
        )


def rule_sources(a: TagSide, b: TagSide) -> list[Difference]:
    """Who is cited by one outlet only; a name both cite is no difference, and an
    attribution that names nobody ("he said", "officials said") is none either."""
    cited = citations(a.tags, b.tags)
    found = []
    for source in [s for s in cited.only_a if source_key(s.name) not in UNNAMED_SOURCES]:
        found.append(
            Difference(
                K.SOURCE_REMOVED,
                _ref(source),
                None,
                a.sentence_of(source.start),
                None,
                source.name,
            )
        )
    for source in [s for s in cited.only_b if source_key(s.name) not in UNNAMED_SOURCES]:
        found.append(
            Difference(
                K.SOURCE_ADDED,
                None,
                _ref(source),
                None,
                b.sentence_of(source.start),
                source.name,
            )
        )
    return found


def quote_key(quote: Quote) -> str:
    """Quoted words as compared: lower case, words only (punctuation and spacing aside)."""
    return " ".join(re.findall(r"\w+", quote.text.replace("\u2019", "'").casefold()))


def rule_quotes(comparison: Any, a: TagSide, b: TagSide) -> list[Difference]:
    """Quoted words in one outlet only; reworded quotes in aligned sentences changed.
    Words one outlet quotes within a longer quote of the other are no difference."""
    all_a = "|".join(quote_key(q) for q in a.tags.quotes)
    all_b = "|".join(quote_key(q) for q in b.tags.quotes)
    left = [q for q in a.tags.quotes if not quote_key(q) or quote_key(q) not in all_b]
    right = [q for q in b.tags.quotes if not quote_key(q) or quote_key(q) not in all_a]
    partners = _aligned_sentences(comparison)
    found = []
    for quote in left:
        sentence = a.sentence_of(quote.start)
        near = [q for q in right if b.sentence_of(q.start) in partners.get(sentence, ())]
        scored = [(_likeness(quote, q), n) for n, q in enumerate(near)]
        if scored and max(scored)[0] >= QUOTE_LIKENESS:
            partner = near[max(scored)[1]]
            right.remove(partner)
            found.append(
                Difference(
                    K.QUOTE_CHANGED,
                    _ref(quote),
                    _ref(partner),
                    sentence,
                    b.sentence_of(partner.start),
                    partner.speaker or "",
                )
            )
            continue
        found.append(
            Difference(K.QUOTE_REMOVED, _ref(quote), None, sentence, None, quote.speaker or "")
        )
    for quote in right:
        found.append(
            Difference(
                K.QUOTE_ADDED,
                None,
                _ref(quote),
                None,
                b.sentence_of(quote.start),
                quote.speaker or "",
            )
        )
    return found


def _likeness(x: Quote, y: Quote) -> float:
    return difflib.SequenceMatcher(None, quote_key(x), quote_key(y)).ratio()


def _aligned_sentences(comparison: Any) -> dict[int, tuple[int, ...]]:
    """Sentence of ``a`` → the sentences of ``b`` aligned with it."""
    partners: dict[int, tuple[int, ...]] = {}
    for row in comparison.rows:
        if row.a and row.b:
            for i in row.a:
                partners[i] = tuple(row.b)
    return partners


def rule_claims(comparison: Any, a: TagSide, b: TagSide) -> list[Difference]:
    """A checkable statement that the other outlet has no counterpart for: an assertion
    in an unaligned sentence without figures or quotes (those have records of their own)."""
    found = []
    for row in comparison.rows:
        if row.a and row.b:
            continue
        side, indices, kind = (a, row.a, K.CLAIM_REMOVED) if row.a else (b, row.b, K.CLAIM_ADDED)
        for index in indices:
            if index not in side.assertions or side.figures.get(index) or index in side.quoted:
                continue
            sentence = side.doc.sentences[index]
            ref = TagRef(sentence.text, sentence.start, sentence.end)
            on_a = kind is K.CLAIM_REMOVED
            found.append(
                Difference(
                    kind,
                    ref if on_a else None,
                    None if on_a else ref,
                    index if on_a else None,
                    None if on_a else index,
                    "statement only in one outlet",
                )
            )
    return found
