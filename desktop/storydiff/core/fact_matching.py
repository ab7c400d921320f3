"""Pair two documents' facts: an assignment over all their figures, by measure.

1. candidate pairs share a kind and either a value or a full measure key
   (bucketed, a bounded number per item, so no all-pairs pass);
2. a pair is allowed only when the measures agree: each field equal, or unsaid
   on one side and the values equal; other values are the same fact only when
   every field is equal and says something (:attr:`Measure.specific`); an item
   said several times is matched by whichever mention's measure fits best;
3. pairs are scored (measure fields in common, same value, same words around
   them, similar position) and taken best first, each figure once (greedy).
"""

from __future__ import annotations

import bisect
import math
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from storydiff.core.align import opening_roles
from storydiff.core.fact_items import (
    MEASURE_FIELDS,
    FactItem,
    directed,
    fields_of,
    said_otherwise,
    sentence_index,
    significant,
)
from storydiff.core.model import Document
from storydiff.core.patterns import compile_pattern
from storydiff.core.tagging.lexicon import MONTHS
from storydiff.core.tagging.measure_lexicon import PEOPLE_EVENTS
from storydiff.core.tagging.measures import Measure, national, places_agree
from storydiff.core.tagging.records import Figure

# Qualifiers by what they say about the true value; a lower and an upper bound conflict.
LOWER_BOUNDS = frozenset(
    {"over", "more than", "at least", "beyond", "upwards of", "or more", "plus", "in excess of"}
)
UPPER_BOUNDS = frozenset({"up to", "less than", "fewer than", "under", "nearly", "almost", "below"})
# A pair that agrees on the value outweighs one measure field in common ("four" ~ "four
# counts" before "nine counts" ~ "four counts").
SAME_VALUE_WEIGHT = 4.5
# Both figures are their outlet's first of the measure: "45 injured" in one lead pairs with
# "300 injured" in the other, before a later "more than 40 injured".
FIRST_MENTION_WEIGHT = 1.0
# Two figures of one telling value whose measures were read apart still pair, after
# every pair whose measures fit.
UNREAD_SAME_VALUE = -8.0
# A plain value this near a bound keeps it: "more than 7 years" and "7.25 years" agree.
BOUND_REACH = 1.05
# Of two other values of one measure, the nearer is likelier the same fact: an updated toll
# ("at least 140" ~ "152") before a figure of something else ("17"). Up to this much.
NEAR_VALUE_WEIGHT = 1.0
# Counts of a bare thing ("points", "seats") this many times apart are two facts.
BARE_COUNT_REACH = 3.0
# Candidates per bucket: the nearest by position, so large documents stay near-linear.
BUCKET_CAP = 24


# How well two facts state one fact (``None``: they cannot).
Scorer = Callable[[FactItem, FactItem], float | None]


@dataclass(frozen=True)
class FactMatch:
    """Two documents' facts paired: ``pairs`` (a, b), and those only in one."""

    pairs: tuple[tuple[FactItem, FactItem], ...]
    only_a: tuple[FactItem, ...]
    only_b: tuple[FactItem, ...]


def same_value(a: FactItem, b: FactItem, rounded: bool = True) -> bool:
    """Whether two statements give the same value (qualifiers aside), also when written to
    different precision (:func:`rounded_alike`) unless ``rounded`` is false."""
    x, y = a.value, b.value
    if isinstance(x, tuple) and isinstance(y, tuple):
        (vx, hx, ux), (vy, hy, uy) = x, y
        if ux and uy and ux != uy:
            return False
        if rounded and hx is None and hy is None and rounded_alike(a, b):
            return True
        return math.isclose(vx, vy, rel_tol=1e-9, abs_tol=1e-9) and hx == hy
    return x == y


def rounded_alike(a: FactItem, b: FactItem) -> bool:
    """Money or percentages that round alike at the coarser one's precision, which has two
    significant digits at least: "$3.2 trillion" and "$3.17 trillion", "52%" and "52.4%"
    (not "5%" and "5.3%", nor counts: "1,874" is not "1,900")."""
    if b.figure.kind != a.figure.kind:
        return False
    if a.figure.kind not in _ROUNDED_KINDS and not _decimal_count(a, b):
        return False
    if bound(a.figure.qualifier) or bound(b.figure.qualifier):
        return False  # "over 6%" and "6.1%": a bound, not a rounding (within_bound)
    steps = (_last_digit(a.figure), _last_digit(b.figure))
    if steps[0] is None or steps[1] is None or steps[0] == steps[1]:
        return False
    va, vb = float(a.figure.value), float(b.figure.value)
    coarse, value = (steps[0], va) if steps[0] > steps[1] else (steps[1], vb)
    return abs(value) >= 10 * coarse * (1 - 1e-9) and abs(va - vb) <= coarse / 2 * (1 + 1e-9)


_ROUNDED_KINDS = frozenset({"money", "percent"})


def _decimal_count(a: FactItem, b: FactItem) -> bool:
    """Whether one of two counts has decimals, so the other may round it: an average
    ("21.2 points per game", "21 points a game"); whole counts never round ("1,874" is
    not "1,900")."""
    values = (a.figure.value, b.figure.value)
    if a.figure.kind not in ("count", "number") or not all(
        isinstance(v, (int, float)) for v in values
    ):
        return False
    return any(float(v) != int(v) for v in values)


_MANTISSA = compile_pattern(r"\d[\d,]*(?:\.(\d+))?")


def _last_digit(figure: Figure) -> float | None:
    """What the last written digit of ``figure`` is worth ("$3.17 trillion": 10 billion)."""
    m = _MANTISSA.search(figure.text)
    value = figure.value
    if m is None or not isinstance(value, (int, float)) or isinstance(value, bool):
        return None
    mantissa = float(m.group().replace(",", ""))
    if mantissa == 0 or value == 0:
        return None
    return abs(value / mantissa) * 10.0 ** -len(m.group(1) or "")


def bound(qualifier: str | None) -> str:
    """ "lower", "upper" or "" for a qualifier that bounds the value."""
    q = (qualifier or "").lower()
    if q in LOWER_BOUNDS:
        return "lower"
    return "upper" if q in UPPER_BOUNDS else ""


def _range_holds(x: FactItem, y: FactItem) -> bool:
    if not isinstance(x.value, tuple) or not isinstance(y.value, tuple):
        return False
    (low, high, ux), (value, top, uy) = x.value, y.value
    if high is None or top is not None or (ux and uy and ux != uy):
        return False
    return low <= value <= high


def qualifiers_conflict(a: FactItem, b: FactItem) -> bool:
    """ "more than 200" against "nearly 200": one a lower bound, the other an upper one."""
    return {bound(a.figure.qualifier), bound(b.figure.qualifier)} == {"lower", "upper"}


def differ(a: FactItem, b: FactItem, rounded: bool = True) -> bool:
    """Whether two statements of one fact disagree: another value or a bound that conflicts.
    A value within a range the other states is none ("about 1,300" / "between 1,000 and
    1,300"), nor one within a bound ("over 300 games" / "310 games"), except in a toll,
    where a higher count is news."""
    if same_value(a, b, rounded) or _unsigned_alike(a, b):
        return qualifiers_conflict(a, b)
    if _range_holds(a, b) or _range_holds(b, a):
        return False  # "about 1,300" within "between 1,000 and 1,300"
    return not (a.measure.event not in PEOPLE_EVENTS and within_bound(a, b))


def _unsigned_alike(a: FactItem, b: FactItem) -> bool:
    """Whether two statements of one fact give one size, one of them without saying which
    way it went ("shrank 0.6%" and "0.6%" in a table): no change to report."""
    if directed(a.measure) and directed(b.measure):
        return False
    x, y = a.value, b.value
    if not (isinstance(x, tuple) and isinstance(y, tuple)) or x[1:] != y[1:]:
        return False
    return math.isclose(abs(x[0]), abs(y[0]), rel_tol=1e-9, abs_tol=1e-9)


def within_bound(a: FactItem, b: FactItem) -> bool:
    """Whether one statement is a bound ("more than 7 years") the other's plain value
    ("7.25 years") keeps, and is near (within 5%), or a range ("between 1,000 and 1,300")
    that holds the other's value."""
    for x, y in ((a, b), (b, a)):
        if _range_holds(x, y):
            return True
        side, other = bound(x.figure.qualifier), bound(y.figure.qualifier)
        if not side or other or not isinstance(x.value, tuple) or not isinstance(y.value, tuple):
            continue
        (vx, hx, ux), (vy, hy, uy) = x.value, y.value
        if hx is not None or hy is not None or (ux and uy and ux != uy) or vx <= 0:
            continue
        if side == "lower" and vx <= vy <= vx * BOUND_REACH:
            return True
        if side == "upper" and vx / BOUND_REACH <= vy <= vx:
            return True
    return False


def fact_score(a: FactItem, b: FactItem) -> float | None:
    """How well ``a`` and ``b`` state the same fact, or ``None`` when they cannot: the
    best over the measures their mentions were read with."""
    if a.measure.kind != b.measure.kind or _other_readers(a, b) or _month_ruled_out(a, b):
        return None
    same = same_value(a, b)
    if not same and a.measure.period == "added" == b.measure.period:
        return None  # "40 more cases" and "a further 12": each since its own last count
    kept = same or within_bound(a, b)  # "more than 7 years" keeps "7.25 years"
    if not kept and _far_apart_bare_counts(a, b):
        return None
    best = None
    variants_b = _variant_fields(b)
    for fields_a, specific_a in _variant_fields(a):
        for fields_b, _ in variants_b:
            fit = _fields_fit(fields_a, fields_b, specific_a, kept)
            if fit is not None and (best is None or fit > best):
                best = fit
    if best is None:
        if not (same and telling_value(a)) or _other_months(a.measure, b.measure):
            return None
        best = UNREAD_SAME_VALUE  # "362,000" read as two measures: still one figure, last
    if same:  # a value written alike counts more than one that only rounds alike
        score = best + SAME_VALUE_WEIGHT - (0.0 if same_value(a, b, rounded=False) else 1.0)
    else:
        score = best + NEAR_VALUE_WEIGHT * _nearness(a, b)
    score += 1.0 if a.figure.qualifier == b.figure.qualifier else 0.0
    score += 2.0 * _overlap(a.words, b.words)
    score += 0.5 * (1.0 - abs(a.position - b.position))
    return score


def _far_apart_bare_counts(a: FactItem, b: FactItem) -> bool:
    """Whether two counts or sums of a thing said with nothing else (no event, period, place
    or month: "31 points", "27,415 points") are too far apart to be one fact told otherwise:
    one game's points and a career's, one party's seats and another's, one player's fee and
    another's. The same digits at another scale ("$240 million", "$240,000") stay one fact:
    one outlet slipped."""
    if a.measure.kind not in _BARE_KINDS or any(not _bare(m) for m in (*a.measures, *b.measures)):
        return False
    x, y = a.figure.value, b.figure.value
    if not (isinstance(x, (int, float)) and isinstance(y, (int, float))) or not (x and y):
        return False
    low, high = sorted((abs(x), abs(y)))
    if high <= BARE_COUNT_REACH * low:
        return False
    power = math.log10(high / low)
    return abs(power - round(power)) > 1e-6  # same digits, other scale: a slip, one fact


# Kinds whose bare measures may be far apart: counts, and sums such as two players' fees.
_BARE_KINDS = frozenset({"count", "money"})


def _bare(measure: Measure) -> bool:
    return not (measure.event or measure.period or measure.place or measure.month)


def _nearness(a: FactItem, b: FactItem) -> float:
    """How near two different values are, 0..1: an updated toll is near the first one."""
    x, y = a.figure.value, b.figure.value
    if not (isinstance(x, (int, float)) and isinstance(y, (int, float))):
        return 0.0
    top = max(abs(x), abs(y))
    return 1.0 - min(1.0, abs(x - y) / top) if top else 1.0


def _month_ruled_out(a: FactItem, b: FactItem) -> bool:
    """Whether one side leaves its month unsaid while it gives the measure's value for that
    month, or a later one, elsewhere: its own figure is then a later month's. "Added
    190,000 jobs last month", in a story that gives March's 165,000 and February's
    210,000, is neither another outlet's "240,000 jobs in March" nor its January's."""
    return any(_not_before(m.month, a.other_months) for m in b.measures) or any(
        _not_before(m.month, b.other_months) for m in a.measures
    )


def _not_before(month: str, named: frozenset[str]) -> bool:
    """Whether ``month`` is one of ``named`` or comes before the latest of them (months
    read as one stretch of under a year: December then January)."""
    if not month or not named or month not in MONTHS:
        return False
    numbers = [MONTHS[m] for m in named if m in MONTHS]
    if not numbers:
        return False
    wraps = max(numbers) - min(numbers) > 6  # "December ... January": across the year's end
    latest = max(n + 12 if wraps and n <= 6 else n for n in numbers)
    number = MONTHS[month]
    number += 12 if wraps and number <= 6 else 0
    return number <= latest


def _other_readers(a: FactItem, b: FactItem) -> bool:
    """Whether two readings of a magnitude are two agencies' (or one agency's and another
    unnamed one's): "5.8, the US Geological Survey said" is not the "6.0" another outlet
    gives; officials who repeat a reading are no agency that measures it."""
    if a.measure.quantity not in _READINGS or b.measure.quantity not in _READINGS:
        return False
    readers = [_reader(item.source) for item in (a, b)]
    if not any(readers) or readers[0] == readers[1]:
        return False
    return not same_value(a, b, rounded=False)  # the same reading from anyone agrees


def _reader(source: str | None) -> str:
    """The source's name if it names an agency that measures earthquakes, else ""."""
    name = (source or "").lower()
    return name if _READERS.intersection(name.replace("'s", " ").split()) else ""


_READINGS = frozenset({"magnitude"})
# Words in the name of an agency that measures earthquakes.
_READERS = frozenset(
    "survey geological seismological seismology seismic earthquake earthquakes weather "
    "meteorological geophysics geosciences bureau centre center institute observatory "
    "usgs emsc gfz cenc jma cwb phivolcs afad bmkg kandilli".split()
)


def _other_months(a: Measure, b: Measure) -> bool:
    """Whether two figures are said to be for different months ("41,000 jobs in May" and
    April's 41,000): never one fact, however telling the value."""
    return bool(a.month and b.month and a.month != b.month)


def telling_value(item: FactItem) -> bool:
    """A value two outlets would hardly both give for two different things: money, a
    percentage with decimals ("3.7%"), a count from 1,000 or an uneven one from 100."""
    figure = item.figure
    value = figure.value
    if figure.kind == "money":
        return True
    if not isinstance(value, (int, float)) or isinstance(value, bool) or figure.high is not None:
        return False
    if figure.kind == "percent":
        return value != int(value)
    if figure.kind in ("count", "number"):
        return abs(value) >= 1000 or (abs(value) >= 100 and value % 10 != 0)
    return False


def _measure_fit(ma: Measure, mb: Measure, same_value: bool) -> float | None:
    """Fields in common (3 each) less fields said on one side only (1 each); ``None`` when
    a field is said otherwise, or when values differ and the measures are not the same
    and specific."""
    return _fields_fit(fields_of(ma), fields_of(mb), ma.specific, same_value)


def _fields_fit(
    fields_a: tuple[str, ...], fields_b: tuple[str, ...], specific_a: bool, same_value: bool
) -> float | None:
    """:func:`_measure_fit` of two measures given as their fields."""
    equal = loose = 0
    for name, x, y in zip(MEASURE_FIELDS, fields_a, fields_b, strict=True):
        if said_otherwise(x, y) and not (x and y and _fields_agree(name, x, y)):
            return None
        if x and y:
            equal += 1
        elif name == "place" and national(x or y):
            continue  # "killed 52 in Peru" and "killed 61": one national toll
        elif name == "month":
            continue  # "added 212,000 jobs in October" and "added 150,000 jobs": one release
        elif x or y:
            loose += 1
    if not same_value and (loose or not specific_a):
        return None
    return 3.0 * equal - 1.0 * loose


def _fields_agree(name: str, x: str, y: str) -> bool:
    """Two different field values that still say one thing: places by name ("dhading" ~
    "dhading west"), quantities with one head noun, one's words within the other's ("girl" ~
    "teenag girl")."""
    if name == "place":
        return places_agree(x, y)
    if name == "quantity":
        a, b = _without_generic_head(x.split()), _without_generic_head(y.split())
        return a[-1] == b[-1] and (set(a) <= set(b) or set(b) <= set(a))
    return False


# Head nouns a sector is named with or without ("services output" ~ "services", by stems).
_GENERIC_HEADS = frozenset({"output", "sector", "activ", "industri"})


def _without_generic_head(words: list[str]) -> list[str]:
    return words[:-1] if len(words) > 1 and words[-1] in _GENERIC_HEADS else words


def _variant_fields(item: FactItem) -> tuple[tuple[tuple[str, ...], bool], ...]:
    """Each of the item's measures (its variants, else its measure) as (fields, specific),
    read once per item: an item is scored against many candidates."""
    cached = item.__dict__.get("_variant_fields")
    if cached is None:
        cached = tuple((fields_of(m), m.specific) for m in item.measures)
        object.__setattr__(item, "_variant_fields", cached)
    return cached


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    common = len(a & b)
    return common / (len(a) + len(b) - common)  # len(a | b), without building it


def match_facts(items_a: Sequence[FactItem], items_b: Sequence[FactItem]) -> FactMatch:
    """Pair two documents' facts (see the module docstring); greedy, best score first."""
    pairs = assign(list(items_a), list(items_b), scorer(items_a, items_b))
    paired_a = {id(a) for a, _ in pairs}
    paired_b = {id(b) for _, b in pairs}
    pairs.sort(key=lambda p: (p[0].figure.start, p[1].figure.start))
    return FactMatch(
        tuple(pairs),
        tuple(a for a in items_a if id(a) not in paired_a),
        tuple(b for b in items_b if id(b) not in paired_b),
    )


def scorer(*documents: Sequence[FactItem]) -> Scorer:
    """:func:`fact_score` over the facts of ``documents``, plus a bonus when both figures
    are their outlet's first of the measure (its own figure, not one it quotes)."""
    firsts = set().union(*(_first_mentions(items) for items in documents))

    def score(a: FactItem, b: FactItem) -> float | None:
        found = fact_score(a, b)
        if found is not None and id(a) in firsts and id(b) in firsts:
            found += FIRST_MENTION_WEIGHT
        return found

    return score


def _first_mentions(items: Sequence[FactItem]) -> set[int]:
    """The items (by ``id``) that are their document's first of a specific measure (kind,
    quantity, event and place): where an outlet gives two tolls, its first is its own."""
    seen: set[tuple[str, ...]] = set()
    first: set[int] = set()
    for item in items:
        if not item.measure.specific:
            continue
        quantity, family, period, place = fields_of(item.measure)[:4]
        if national(place):
            place = ""  # "the toll in Varnland" is the national toll said once more
        key = (item.measure.kind, quantity, family, period, place)
        if key not in seen:
            seen.add(key)
            first.add(id(item))
    return first


def matched_evidence(
    items: tuple[Sequence[FactItem], Sequence[FactItem]],
    evidence: tuple[dict[int, set[str]], dict[int, set[str]]],
    documents: tuple[Document, Document],
) -> tuple[dict[int, set[str]], dict[int, set[str]]]:
    """Each side's sentence evidence plus tokens for each fact the two documents share (a
    specific measure, paired by :func:`match_facts`), so coverage alignment pairs sentences
    that state one fact, however worded: one token in the sentences that state it, the
    headlines or the leads where both open with it, else its attributed mention (else its
    first)."""
    a = {k: set(v) for k, v in evidence[0].items()}
    b = {k: set(v) for k, v in evidence[1].items()}
    starts = tuple([s.start for s in doc.sentences] for doc in documents)
    roles = tuple(_roles_by_index(doc) for doc in documents)
    for n, (x, y) in enumerate(match_facts(*items).pairs):
        if not (x.measure.specific and y.measure.specific):
            continue
        in_a = {sentence_index(starts[0], f) for f in (x.figure, *x.also)}
        in_b = {sentence_index(starts[1], f) for f in (y.figure, *y.also)}
        opening = [
            (i, j)
            for i in sorted(in_a & roles[0].keys())
            for j in sorted(in_b & roles[1].keys())
            if roles[0][i] == roles[1][j]
        ]
        i, j = opening[0] if opening else (x.sentence, y.sentence)
        a.setdefault(i, set()).add(f"f:{n}")
        b.setdefault(j, set()).add(f"f:{n}")
    return a, b


def _roles_by_index(doc: Document) -> dict[int, str]:
    content = doc.content_sentences
    return {content[k].index: role for k, role in opening_roles(content).items()}


def assign(
    left: list[FactItem],
    right: list[FactItem],
    score: Scorer,
) -> list[tuple[FactItem, FactItem]]:
    """A one-to-one assignment: candidate pairs from shared buckets, best score first."""
    chosen = assign_groups([[item] for item in left], right, lambda g, r: score(left[g], r))
    return [(left[g], item) for g, item in chosen]


def assign_groups(
    groups: list[list[FactItem]],
    right: list[FactItem],
    score: Callable[[int, FactItem], float | None],
) -> list[tuple[int, FactItem]]:
    """One item of ``right`` per group (a fact table row, by the index of the group):
    candidates share a bucket with any member, best score first."""
    index = _Buckets(right)
    scored = []
    for g, members in enumerate(groups):
        for j in set().union(*(index.candidates(member) for member in members)):
            value = score(g, right[j])
            if value is not None:
                scored.append((value, -g, -j))
    scored.sort(reverse=True)
    used_groups: set[int] = set()
    used_right: set[int] = set()
    pairs = []
    for _value, g, j in scored:
        g, j = -g, -j
        if g in used_groups or j in used_right:
            continue
        used_groups.add(g)
        used_right.add(j)
        pairs.append((g, right[j]))
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
    for measure in item.measures:  # each mention's reading: the headline's may be the one
        if measure.specific:
            # the quantity without a generic head ("services output" meets "services"), any
            # place and month: those are scored
            quantity, family, period = fields_of(measure)[:3]
            named = " ".join(_without_generic_head(quantity.split()))
            keys.append(("measure", (measure.kind, named, family, period)))
    value = item.figure.value
    if item.figure.kind in _ROUNDED_KINDS and isinstance(value, (int, float)) and value:
        # values that may round alike ("$3.2 trillion", "$3.17 trillion") meet here
        keys += [("rounded", (item.figure.kind, d, significant(value, d))) for d in (2, 3)]
    return keys


def _hashable(item: FactItem) -> Any:
    key = item.value
    if isinstance(key, tuple):
        return (abs(key[0]), key[1])  # units and signs are checked when scoring
    return key
