"""Facts of one document: each figure with what it measures, where it is and who says it.

:func:`fact_items` turns a document's figures into :class:`FactItem` records: a
figure said again (same value, a measure that agrees) is one item, represented by
its first attributed mention; :func:`value_key` is the value as compared ("3.2%" =
"3.2 percent", "Jan. 5" = "January 5", "3 years" is not "3 months");
:func:`sentence_evidence` gives alignment the facts each sentence states.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from storydiff.core.features import content_words
from storydiff.core.model import Document
from storydiff.core.patterns import compile_pattern
from storydiff.core.stems import stem
from storydiff.core.tagging.measure_lexicon import CHANGE_EVENTS, PEOPLE_EVENTS
from storydiff.core.tagging.measures import Measure, place_key
from storydiff.core.tagging.records import Figure, Tags

MEASURE_FIELDS = ("quantity", "family", "period", "place", "month")
# Field values that unsaid does not agree with: a suspected count is never the count of
# confirmed cases, and some of the dead never the toll, however the other side words it.
NEVER_UNSAID = frozenset({"suspected", "some of them"})


def said_otherwise(x: str, y: str) -> bool:
    """Whether two values of one field say different things (unsaid agrees with anything
    but :data:`NEVER_UNSAID` and an earlier value: "down from 6.2%" is not another
    outlet's current 6.2%)."""
    return x != y and (bool(x and y) or _never_unsaid(x) or _never_unsaid(y))


def _never_unsaid(value: str) -> bool:
    return value in NEVER_UNSAID or value.endswith("earlier")


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
    # With no month of its own: the months the document gives this measure's other values
    # for, which it is therefore not ("190,000 jobs last month" beside "March's 165,000").
    other_months: frozenset[str] = frozenset()

    @property
    def measures(self) -> tuple[Measure, ...]:
        """What each mention of the fact says it measures (its variants, else its measure)."""
        return self.variants or (self.measure,)

    @property
    def value(self) -> Any:
        """The value as compared (:func:`value_key`), read once."""
        cached = self.__dict__.get("_value", self)
        if cached is self:
            cached = value_key(self.figure, self.measure)
            object.__setattr__(self, "_value", cached)
        return cached


def fact_items(
    doc: Document, tags: Tags, doc_index: int = 0, aliases: Mapping[str, str] | None = None
) -> list[FactItem]:
    """The facts of one document, in text order. A fact said again (same value, a measure
    that agrees: each field the same or unsaid on one side) is one item: its first mention
    with a source, else its first mention; its measure joins what both mentions say.
    ``aliases`` (:func:`name_aliases`) name a place or party by its full name."""
    starts = [s.start for s in doc.sentences]
    size = max(1, len(doc.text))
    sources = _sources_by_sentence(tags, starts)
    speakers = _Speakers(tags)
    items: list[FactItem] = []
    same_value_items: dict[tuple[str, Any], list[int]] = defaultdict(list)
    items_by_measure: dict[tuple[str, ...], list[int]] = defaultdict(list)
    headline = _headline(doc)
    words: dict[int, frozenset[str]] = {}  # stemmed content words per sentence
    for figure in tags.figures:
        measure = figure.measure or Measure(figure.kind)
        if aliases and measure.place in aliases:  # "PiS" is "Law and Justice"
            measure = replace(measure, place=aliases[measure.place])
        sentence = sentence_index(starts, figure)
        source = _source_of(figure, sources.get(sentence, []), speakers)
        key = value_key(figure, measure)
        bucket = same_value_items[(measure.kind, key)]
        candidates = bucket + same_value_items.get((measure.kind, _other_sign(key, measure)), [])
        earlier = next((n for n in candidates if _repeats(items[n], figure, measure)), None)
        if earlier is not None:
            item = items[earlier]
            better = (source is not None and item.source is None) or (
                item.sentence == headline and (source is not None or item.source is None)
            )  # an attributed mention, else one in the body rather than the headline's
            items[earlier] = _mention_again(item, figure, measure, sentence, source, better)
            continue
        same_measure = items_by_measure[_measure_of(measure)]
        rounded = next((n for n in same_measure if _rounds(items[n].figure, figure)), None)
        if rounded is not None:
            # "nearly two dozen people" then "23 people": one fact, told best by the exact
            item = items[rounded]
            better = _approximate(item.figure)
            items[rounded] = _mention_again(item, figure, measure, sentence, source, better)
            continue
        if measure.specific:
            same_measure.append(len(items))
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
    items = _with_other_months(items)
    area = _story_area(doc)
    return [_in_area(item, area) for item in items] if area else items


def name_aliases(*documents: Document) -> dict[str, str]:
    """Short names the documents give in brackets after a full one, by the short name, both
    as place keys: "the Law and Justice party (PiS)" → {"pis": "law and justice"}."""
    found: dict[str, str] = {}
    for doc in documents:
        for m in _ALIAS.finditer(doc.text):
            words = m.group("full").split()
            if words[-1].isupper() or sum(c.isupper() for c in m.group("short")) < 2:
                continue  # "NEW YORK (Reuters)": a dateline and its agency
            owner = [k for k, w in enumerate(words) if w.endswith(("'s", "’s"))]
            words = words[owner[-1] + 1 :] if owner else words  # "Lima's Third Path"
            full = " ".join(words).lower()
            full = full[4:] if full.startswith("the ") else full
            short = m.group("short").lower()
            if short != full and " " in full:
                found.setdefault(short, full)
    return found


# "Law and Justice (PiS)", "the Harbour Party (HP)": a capitalised name, then its short form.
_ALIAS = compile_pattern(
    r"(?P<full>(?:[A-Z][\w'’-]*\s+(?:(?:and|of|for|the)\s+)?){0,5}[A-Z][\w'’-]*)"
    r"(?:\s+party)?\s+\((?P<short>[A-Z][A-Za-z]{1,7})\)"
)


def _with_other_months(items: list[FactItem]) -> list[FactItem]:
    """Each item with no month in any mention, with the months its document states for the
    same measure (:attr:`FactItem.other_months`); an earlier value's month counts for the
    current value."""
    months: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for item in items:
        for measure in item.measures:
            if measure.month:
                months[_monthless(measure)].add(measure.month)
    if not months:
        return items
    return [
        replace(item, other_months=frozenset(months[_monthless(item.measure)]))
        if not _months_of(item) and months.get(_monthless(item.measure))
        else item
        for item in items
    ]


def _months_of(item: FactItem) -> set[str]:
    """The months any mention of ``item`` is said for ("3.9%" in a headline, "3.9% in May")."""
    return {m.month for m in item.measures if m.month}


def _monthless(measure: Measure) -> tuple[str, ...]:
    """A measure's key without its month, an earlier value's with its current one's: "3.6
    percent from 3.9 percent in May" gives the rate for May, so 3.6 percent is a later
    month's."""
    fields = list(fields_of(measure)[:-1])
    period = _PERIOD_FIELD
    fields[period] = fields[period].removesuffix("earlier").removesuffix(", ")
    return (measure.kind, *fields)


_PERIOD_FIELD = MEASURE_FIELDS.index("period")


def _story_area(doc: Document) -> str:
    """The one part of a country (prefecture, province, district, county, city) the opening of
    ``doc`` names, if it names exactly one: "Rescue workers search in Ostby, Varn
    Prefecture" → varn."""
    content = doc.content_sentences[:OPENING_SENTENCES]
    named = set()
    for sentence in content:
        for m in _AREA_NAMED.finditer(sentence.text):
            named.add(place_key((m.group(1) or m.group(2)).lower()))
    return named.pop() if len(named) == 1 else ""


def _in_area(item: FactItem, area: str) -> FactItem:
    """A toll or count of people with no place of its own may be the story's area's: one
    more way to read it (a variant), so "the death toll reached 64" can meet another
    outlet's "80 died in Varn" as one fact."""
    measure = item.measure
    if measure.place or measure.kind != "count" or measure.event not in PEOPLE_EVENTS:
        return item
    variant = replace(measure, place=area, rules=(*measure.rules, "story_area"))
    return replace(item, variants=(*item.measures, variant))


OPENING_SENTENCES = 4  # the headline, a standfirst or caption, the lead
_AREA_NAMED = compile_pattern(
    r"\b([A-Z][\w'-]+)\s+(?:Prefecture|Province|District|County)\b"
    r"|\b(?:[Pp]refecture|[Pp]rovince|[Dd]istrict|[Cc]ounty|[Cc]ity) of ([A-Z][\w'-]+)"
)


def _repeats(earlier: FactItem, figure: Figure, measure: Measure) -> bool:
    """Whether a mention with the same value restates an earlier one: no field said
    otherwise, and either a field said alike by both, or a bare mention (either one) of a
    value too distinctive to be another fact ("has risen to 1,480" after "1,480 people
    killed"), or a length of time, however each reads it ("sentenced to six months", "a
    six-month term")."""
    fields = fields_of(measure)
    for variant in earlier.variants:
        pairs = list(zip(fields_of(variant), fields, strict=True))
        if any(said_otherwise(x, y) for x, y in pairs):
            continue
        if any(x and x == y for x, y in pairs):
            return True
        if not (measure.specific and variant.specific) and _distinctive(figure):
            return True  # a bare mention, before ("12 years" in a headline) or after
        if figure.kind == "duration":
            return True
    return False


def directed(measure: Measure) -> bool:
    """Whether a measure says which way its value went (rose or fell): only then does the
    sign of its value say something."""
    return measure.event in CHANGE_EVENTS


def significant(value: float, digits: int) -> float:
    """``value`` rounded to ``digits`` significant digits, without its sign."""
    return float(f"{abs(value):.{digits - 1}e}")


def _other_sign(key: Any, measure: Measure) -> Any:
    """The same value fallen, for a mention that does not say which way it went ("by 0.3%"
    after "shrank 0.6%"); else nothing to look up."""
    if directed(measure) or not isinstance(key, tuple) or not key[0]:
        return None
    return (-key[0], *key[1:])


def _measure_of(measure: Measure) -> tuple[str, ...]:
    return (measure.kind, *fields_of(measure))


def _rounds(earlier: Figure, figure: Figure) -> bool:
    """Whether one of two mentions of one measure rounds the other: counts, one approximate
    ("nearly two dozen", "about 40"), the other not, their values within a tenth; or one
    in words that give a range ("dozens of people"), the other exact and within it ("71")."""
    if _approximate(earlier) == _approximate(figure) or figure.kind not in _ROUNDED_KINDS:
        return False
    x, y = earlier.value, figure.value
    if not (isinstance(x, (int, float)) and isinstance(y, (int, float))) or not (x and y):
        return False
    vague, exact = (earlier, figure) if earlier.vague else (figure, earlier)
    if vague.vague and isinstance(vague.high, (int, float)) and not _approximate(exact):
        return vague.value <= exact.value <= vague.high
    return abs(x - y) <= ROUNDING * max(abs(x), abs(y))


def _approximate(figure: Figure) -> bool:
    return figure.vague or (figure.qualifier or "").lower() in _APPROXIMATE


# How far apart a rounded mention and an exact one of one measure may be: a tenth.
ROUNDING = 0.1
# Kinds a mention rounds in words ("three dozen"); rounded shares and sums are often another
# count's ("about 54%" from pollsters beside the commission's 53.6%).
_ROUNDED_KINDS = frozenset({"count", "number"})
_APPROXIMATE = frozenset(
    {"nearly", "almost", "about", "around", "approximately", "roughly", "some", "circa"}
    | {"estimated", "an estimated", "close to"}
)


def _distinctive(figure: Figure) -> bool:
    """A value unlikely to mean two things in one article: money, a percentage, a date, a
    duration or an age ("20 years" in a headline and in the text), or a number from 100."""
    if figure.kind in ("money", "percent", "date", "duration", "age"):
        return True
    value = figure.value
    return isinstance(value, (int, float)) and abs(value) >= 100 and figure.kind != "year"


def _headline(doc: Document) -> int | None:
    """The index of ``doc``'s headline sentence, if it opens with one."""
    from storydiff.core.align import opening_roles

    content = doc.content_sentences
    return content[0].index if opening_roles(content).get(0) == "headline" else None


def _mention_again(
    item: FactItem,
    figure: Figure,
    measure: Measure,
    sentence: int,
    source: str | None,
    better: bool,
) -> FactItem:
    variants = (*item.variants, measure)
    if better:
        # The better mention represents the fact; the first is kept in ``also``.
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
def fields_of(measure: Measure) -> tuple[str, ...]:
    """A measure's compared fields: quantity (by stems), event family, period, place, month."""
    return tuple(measure.field_key(name) for name in MEASURE_FIELDS)


def sentence_index(starts: list[int], figure: Figure) -> int:
    """The index of the sentence (by its ``starts``) that holds ``figure``."""
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
        tokens = found[sentence_index(starts, figure)]
        if measure.specific:
            tokens.add("m:" + measure.key)
        if _telling(figure):
            tokens.add(f"v:{measure.kind}:{_hashable_value(figure, measure)}")
        near = _near_token(figure)
        if near:
            tokens.add(near)
    return found


def _near_token(figure: Figure) -> str | None:
    """A sum rounded to one significant digit: two outlets' "more than $37 million" and
    "$38 million", or "$6.45 million" and "about $6.5m", share it (sums are rare enough
    in a text; counts and shares that round alike are too often other facts)."""
    if figure.kind != "money" or not isinstance(figure.value, (int, float)) or not figure.value:
        return None
    return f"n:money:{significant(figure.value, 1)}"


def _telling(figure: Figure) -> bool:
    """Whether a value tells a fact apart: dates, times, money, percentages, durations,
    ages; counts and numbers from 10 up (not "three", not "second")."""
    if figure.kind in ("date", "money", "percent", "year", "duration", "age"):
        return True
    if figure.kind == "ordinal" or not isinstance(figure.value, (int, float)):
        return False
    return abs(figure.value) >= 10


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
        # "$95 a barrel" and "more than $95": a rate's "per ..." is often left unsaid.
        unit = figure.base_unit if figure.kind != "count" else None
        high = None if figure.high is None else round(float(figure.high), 6)  # type: ignore[arg-type]
        months = _IN_MONTHS.get(unit or "") if figure.kind == "duration" else None
        if months:  # "a three-year term" and "a 36-month term" are one length
            number = round(number * months, 6)
            high = None if high is None else round(high * months, 6)
            unit = "months"
        return (number, high, unit)
    return value


_IN_MONTHS = {"years": 12, "year": 12, "months": 1, "month": 1}


def _hashable_value(figure: Figure, measure: Measure) -> Any:
    key = value_key(figure, measure)
    if isinstance(key, tuple):
        return (abs(key[0]), key[1])  # units and signs are checked when scoring
    return key
