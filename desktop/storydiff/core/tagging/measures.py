"""What a figure measures, read from its sentence: ``killing at least 23 people`` →
people killed; ``prices rose 3.2% from a year earlier`` → consumer prices, annual change.

A :class:`Measure` is a record of fields, not a string: the quantity counted or
measured, the event (normalised class), the base or period, and the place. Small
named rules read it; each adds its name to ``rules`` so a view can say which rule
decided. The words come from :mod:`.measure_lexicon`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from storydiff.core.patterns import compile_pattern
from storydiff.core.stems import stem
from storydiff.core.tagging.measure_context import WINDOW, Context, Reading, Sentence, tokens
from storydiff.core.tagging.measure_lexicon import (
    CANDIDATE_TITLES,
    CHANGE_EVENTS,
    COUNTED_NOUNS,
    COUNTRIES,
    COUNTRY_NAMES,
    EARLIER_LINKS,
    GENERIC_QUANTITIES,
    PEOPLE_EVENTS,
    PLACE_GENERIC_WORDS,
)
from storydiff.core.tagging.measure_rules import EVENT_OF, RULES, quantity_name
from storydiff.core.tagging.records import Figure
from storydiff.core.tagging.wordtrie import word_trie


@dataclass(frozen=True, slots=True)
class Measure:
    """What a figure counts or measures, in what frame (empty string: not stated)."""

    kind: str  # the figure kind's group: count, percent, money, date, ...
    quantity: str = ""  # "people", "consumer prices", "troops", "magnitude"
    event: str = ""  # normalised event class: killed, injured, rose, fell, ...
    period: str = ""  # annual, monthly, "since september", ...
    place: str = ""  # "gaza", as stated after "in"
    rules: tuple[str, ...] = ()  # the rules that decided, in order
    month: str = ""  # "october": the month the figure is for ("212,000 jobs in October")

    @property
    def family(self) -> str:
        """The event as compared: rises and falls are one family (``change``)."""
        return "change" if self.event in CHANGE_EVENTS else self.event

    def field_key(self, name: str) -> str:
        """A field as compared: the quantity by word stems ("supervision" ~ "supervised"),
        the event by family, the others as they are."""
        if name == "quantity":
            return _stemmed(self.quantity)
        if name == "place":
            return place_key(self.place)
        return self.family if name == "family" else getattr(self, name)

    @property
    def key(self) -> str:
        """A normalised key: two figures with the same key measure the same thing."""
        key = _measure_key(self.kind, self.quantity, self.family, self.period, self.place)
        return f"{key}|{self.month}" if self.month else key

    @property
    def specific(self) -> bool:
        """Whether the measure says enough to call two different values a conflict."""
        if self.event:
            return True
        # "two people" and "about 20,000 people": people, but doing or suffering nothing said
        if self.quantity.endswith(" deep"):
            return False  # agencies measure a quake's depth apart: "10 km" ~ "8 km" no conflict
        return bool(self.quantity) and (
            self.quantity not in GENERIC_QUANTITIES or bool(self.period or self.place)
        )

    @property
    def label(self) -> str:
        """A readable name: "people killed", "consumer prices, annual change"."""
        return measure_label(self)

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "label": self.label,
            "kind": self.kind,
            "quantity": self.quantity or None,
            "event": self.event or None,
            "period": self.period or None,
            "place": self.place or None,
            "month": self.month or None,
            "rules": list(self.rules),
        }


# Rules whose place is whose figure it is, a candidate or a party: "seats for Labour".
_WHOSE_RULES = frozenset(
    {
        "vote_share_of",
        "vote_side",
        "gave_share",
        "vote_share_respectively",
        "votes_of",
        "party_share",
        "share_of_votes",
        "party_seats",
        "for_whom",
        "owner",
    }
)


def measure_label(measure: Measure) -> str:
    """ "people killed", "consumer prices, annual change", "magnitude", "aid pledged"."""
    if measure.period.endswith("earlier"):
        period = measure.period.removesuffix("earlier").rstrip(", ")
        return measure_label(replace(measure, period=period)) + " (earlier value)"
    where = ""
    if measure.place:
        whose = not _WHOSE_RULES.isdisjoint(measure.rules)  # a candidate's or a party's
        if "fatality_rate" in measure.rules:
            where = f" among {measure.place}"  # a group of people, not a place
        else:
            link = "from" if "distance_from" in measure.rules else "for" if whose else "in"
            where = f" {link} {place_title(measure.place)}"
    if measure.family == "change":
        head = (
            f"{measure.quantity or measure.kind}, {measure.period + ' ' if measure.period else ''}"
        )
        text = head + "change" + where  # "consumer prices, annual change in Euro Area"
    else:
        event = "" if measure.quantity == "share of the vote" else measure.event  # "voted"
        if event and measure.quantity and _stemmed(measure.quantity.split()[-1]) == _stemmed(event):
            event = ""  # "fines", not "fines fined"
        text = (" ".join(p for p in (measure.quantity, event) if p) or measure.kind) + where
        if measure.period:
            text += f", {measure.period}"  # "share of the vote for Harbour, in 2017"
    if measure.month:
        text += f", {measure.month.title()}"
    if measure.kind == "times" and text != "times":
        text += " (times)"  # "killed (times)": "deaths more than tripled"
    return text


def place_title(place: str) -> str:
    """A place as a label shows it: "Democratic Republic of Congo", "DR Congo", "UK"."""
    words = []
    for word in place.split():
        word = word.removesuffix("'s").removesuffix("’s")
        if word in ("of", "the", "and"):
            words.append(word)
        elif (word in COUNTRY_NAMES and "." not in word and len(word) <= 3) or word == "dr":
            words.append(word.upper())
        else:
            words.append(word.title())
    return " ".join(words)


@lru_cache(maxsize=8192)
def _stemmed(phrase: str) -> str:
    """A phrase by word stems, read once per phrase (keys are compared many times)."""
    return " ".join(stem(w) for w in phrase.split())


@lru_cache(maxsize=8192)
def _measure_key(kind: str, quantity: str, family: str, period: str, place: str) -> str:
    """:attr:`Measure.key` from its fields (the same fields give the same key)."""
    return "|".join((kind, _stemmed(quantity), family, period, place_key(place)))


@lru_cache(maxsize=4096)
def place_key(place: str) -> str:
    """A place as compared: "Dhading district" and "Dhading" are one place ("district"
    alone stays "district": it still says "not the whole country"), with or without its
    accents ("Varnów" ~ "Varnow")."""
    if not place.isascii():
        place = "".join(
            c for c in unicodedata.normalize("NFKD", place) if not unicodedata.combining(c)
        )
    words = [w.removesuffix("'s").removesuffix("’s") for w in place.split()]
    country = COUNTRY_NAMES.get(" ".join(words))
    if country:
        return country  # "DR Congo", "the Democratic Republic of Congo" → congo
    named = [w for w in words if w not in PLACE_GENERIC_WORDS]
    return " ".join(named) if named else place


def national(place: str) -> bool:
    """Whether a place key is a whole country ("nepal"): said or not, one national figure."""
    return place in COUNTRIES


def places_agree(x: str, y: str) -> bool:
    """Whether two place keys name one place: equal, or one's words within the other's
    ("rukum" ~ "rukum west")."""
    if x == y:
        return True
    a, b = set(x.split()), set(y.split())
    if a and b and (a <= b or b <= a):
        return True
    xs, ys = x.split(), y.split()
    if not (xs and ys and _one_letter_apart(xs[-1], ys[-1])):
        return False
    return set(xs[:-1]) <= set(ys[:-1]) or set(ys[:-1]) <= set(xs[:-1])  # "Ana Varnescu"


def _one_letter_apart(x: str, y: str) -> bool:
    """Whether two long names differ by one letter added, dropped or changed, as names
    transliterated two ways do ("Varnescu" ~ "Varnesku", "Zelensky" ~ "Zelenskyy")."""
    if min(len(x), len(y)) < _SPELLING_MIN or abs(len(x) - len(y)) > 1:
        return False
    if len(x) > len(y):
        x, y = y, x
    k = next((i for i, (p, q) in enumerate(zip(x, y, strict=False)) if p != q), len(x))
    return x[k + (len(x) == len(y)) :] == y[k + 1 :]


_SPELLING_MIN = 7  # shorter names one letter apart are often two names ("Lima" ~ "Lina")


def read_measures(text: str, start: int, end: int, figures: list[Figure]) -> list[Measure]:
    """The measure of each of ``figures``, all in the sentence at ``text[start:end]``."""
    if not figures:
        return []
    # Only the words near the figures matter: a window keeps long sentences cheap.
    lo = max(start, min(f.start for f in figures) - WINDOW)
    hi = min(end, max(f.end for f in figures) + WINDOW)
    sentence = Sentence(tokens(text, lo, hi), figures)
    opening = _OPENING_PLACE.match(text, start, min(end, start + 120))
    if opening:
        sentence.opening_place = opening.group(1).lower()
    measures: list[Measure] = []
    increment = _INCREMENT.search(text, start, end)
    months = _months_said(text, start, end)
    for n in range(len(figures)):
        measure, link = _read(sentence, figures, n)
        if increment and _added(text, start, figures[n], measure):
            measure = replace(measure, period="added", rules=(*measure.rules, "added_to_total"))
        elif (
            _n_more(figures[n], measure)
            or _increase_of(text, start, figures[n], measure)
            or (n and _more_shared(text, figures[n - 1], figures[n], measures[-1], measure))
        ):
            measure = replace(measure, period="added", rules=(*measure.rules, "n_more"))
        if n and _gapped(text, figures[n - 1], figures[n], measures[-1], measure):
            previous = measures[-1]
            measure = Measure(
                measure.kind,
                previous.quantity,
                previous.event,
                measure.period or previous.period,
                measure.place or _whose(text, figures[n], end, previous),
                (*measure.rules, "gapped"),
            )
        elif n and _gapped_subject(text, figures[n - 1], figures[n], measures[-1], measure):
            subject = _GAPPED_SUBJECT.search(text, figures[n - 1].end, figures[n].start)
            measure = replace(
                measure,
                quantity=quantity_name(subject.group("subject").split()),
                event=measures[-1].event,
                rules=(*measure.rules, "gapped_subject"),
            )
        elif n and _share_of_votes(text, figures[n - 1], figures[n], measures[-1], measure):
            measure = replace(
                measure,
                quantity="share of the vote",
                event="voted",
                place=measures[-1].place,
                rules=(*measure.rules, "share_of_votes"),
            )
        elif n and not link and "change_noun_after" in measure.rules and not measure.quantity:
            previous = measures[-1] if measures[-1].family == "change" else None
            linked = _CHANGE_NOUN_LINK.fullmatch(text, figures[n - 1].end, figures[n].start)
            if previous and previous.quantity and linked:  # "rose 1.05% on the month, for a"
                measure = replace(
                    measure,
                    quantity=previous.quantity,
                    place=measure.place or previous.place,
                    rules=(*measure.rules, "change_of_previous"),
                )
        elif n and measure.quantity in _OTHERS and measures[-1].quantity:
            # "41 people were found dead and 17 others hurt": others of the same noun
            quantity = measures[-1].quantity
            measure = replace(measure, quantity=quantity, rules=(*measure.rules, "others_of"))
        elif _place_of_previous(text, figures, n, measures, measure):
            place = next(m.place for m in reversed(measures) if m.place)
            measure = replace(measure, place=place, rules=(*measure.rules, "place_of_previous"))
        elif link and n and _other_things(figures[n - 1], figures[n]):
            pass  # "26 people from 8 states": no earlier value of another noun
        elif link == "earlier" and measures and measures[-1].kind == measure.kind:
            measure = _earlier(measures[-1], measure)
        elif link == "current" and measures and measures[-1].kind == measure.kind:
            previous = measures[-1]
            if previous.period.endswith("earlier"):  # "revised by 41,000, from 150,000 to"
                previous = replace(
                    previous, period=previous.period.removesuffix("earlier").rstrip(", ")
                )
            else:
                measures[-1] = _earlier(previous, previous)
            measure = replace(
                previous,
                quantity=measure.quantity or previous.quantity,  # "to 191,000 jobs"
                rules=(*previous.rules, "current_of_previous"),
            )
        if n and measure.quantity == "degrees" and "quake_degrees" in measures[-1].rules:
            # "the first measuring 6.9 degrees and the second 6.1 degrees": both magnitudes
            measure = replace(
                measure, quantity="magnitude", rules=(*measure.rules, "quake_degrees")
            )
        if measure.kind == "age":
            # Whose age rarely reads right ("the 47-year-old Lima"): ages agree when the
            # same and are never a conflict between two outlets.
            measure = Measure("age", rules=(*measure.rules, "age_alone"))
        measures.append(measure)
    measures = _events_past_places(text, measures, figures)
    measures = _events_past_aside(text, measures, figures)
    measures = _listed_events(text, measures, figures)
    breakdown = _OF_THE_TOLL.match(text, start, end)
    if breakdown:
        measures = _broken_down(measures, figures, breakdown)
    if "respectively" in text[start:end]:
        measures = _respectively(text, start, measures, figures)
    if "(" in text[start:end]:
        measures = _listed_parts(text, measures, figures)
    return _with_months(text, measures, figures, months) if months else measures


def _events_past_aside(text: str, measures: list[Measure], figures: list[Figure]) -> list[Measure]:
    """A count of people whose verb follows an aside on some of them: "12 people, including
    three children, were killed" → 12 people killed, three children killed (some of them)."""
    out = list(measures)
    for n in range(len(figures) - 1):
        whole, part = out[n], out[n + 1]
        if whole.event or whole.kind != "count" or not figures[n].unit:
            continue
        if not _ASIDE_OPENS.fullmatch(text, figures[n].end, figures[n + 1].start):
            continue
        verb = _ASIDE_CLOSES.match(text, figures[n + 1].end)
        event = EVENT_OF.get(verb.group(1).lower()) if verb else None
        if event not in PEOPLE_EVENTS:
            continue
        out[n] = replace(whole, event=event, rules=(*whole.rules, "event_past_aside"))
        if not part.event:
            out[n + 1] = replace(part, event=event, rules=(*part.rules, "event_past_aside"))
    return out


_ASIDE_OPENS = compile_pattern(r",\s+(?:including|among\s+them|among\s+whom|of\s+whom)\s+")
# ", were killed", ", have died", ", died": the aside closes and the clause's verb follows.
_ASIDE_CLOSES = compile_pattern(r"\s*,\s+(?:(?:were|was|have|had|has|been|all)\s+){0,2}(\w+)")


def _listed_events(text: str, measures: list[Measure], figures: list[Figure]) -> list[Measure]:
    """Counts listed before one verb share it: "1,318 homes, six schools and one
    clinic were damaged" → homes and schools damaged too."""
    out = list(measures)
    for n in range(len(figures) - 2, -1, -1):
        later, measure = out[n + 1], out[n]
        if "event_after" not in later.rules or measure.event or not figures[n].unit:
            continue
        if figures[n].kind != "count" or figures[n + 1].kind != "count":
            continue
        if (later.event == "destroyed") == (measure.quantity == "people"):
            continue  # no one is damaged, no home is killed
        if _PART_OF_BEFORE.search(text, max(0, figures[n].start - 12), figures[n].start):
            continue  # "Of the 120 residents, 14 were injured": a whole, then its part
        if _LIST_COMMA.fullmatch(text, figures[n].end, figures[n + 1].start):
            out[n] = replace(measure, event=later.event, rules=(*measure.rules, "event_after"))
    return out


_PART_OF_BEFORE = compile_pattern(r"\b(?:of|among|out of)\s+(?:the\s+)?$", re.IGNORECASE)
_LIST_COMMA = compile_pattern(r"\s*,\s*(?:and\s+)?")


def _events_past_places(text: str, measures: list[Measure], figures: list[Figure]) -> list[Measure]:
    """A count of people whose event is told after the places they are from: "38 people
    from 7 states have fallen ill" → people infected. Nothing befalls a count of places:
    "62 people sick in 9 states" → states (they only say where)."""
    out = list(measures)
    for n, (measure, figure) in enumerate(zip(measures, figures, strict=True)):
        if figure.base_unit not in _PLACE_COUNTS or measure.event not in PEOPLE_EVENTS:
            continue
        out[n] = replace(measure, event="")
        people = out[n - 1] if n else None
        if people is None or people.quantity != "people" or people.event:
            continue
        if _FROM_PLACES.fullmatch(text, figures[n - 1].end, figure.start):
            out[n - 1] = replace(
                people, event=measure.event, rules=(*people.rules, "event_past_places")
            )
    return out


# Places a count of people is said to be from: "38 people from 7 states".
_PLACE_COUNTS = frozenset(
    "states countries provinces districts counties cities regions towns villages".split()
)
_FROM_PLACES = compile_pattern(r"\s+(?:from|in|across)\s+")


def _respectively(
    text: str, start: int, measures: list[Measure], figures: list[Figure]
) -> list[Measure]:
    """Shares of the vote said of several candidates in turn: "Rivals Ana Lima and
    Tomas Varn had about 31% and 12.4% respectively" → lima, varn."""
    shares = [n for n, f in enumerate(figures) if f.kind == "percent"]
    found = _RESPECTIVE_NAMES.search(text, start, figures[shares[0]].start) if shares else None
    if found is None or len(shares) < 2:
        return measures
    names = [n.split()[-1].lower() for n in _NAME_SPLIT.split(found.group("names"))]
    if len(names) != len(shares):
        return measures
    out = list(measures)
    for n, name in zip(shares, names, strict=True):
        out[n] = replace(
            out[n],
            quantity="share of the vote",
            event="voted",
            place=name,
            rules=(*out[n].rules, "vote_share_respectively"),
        )
    return out


def _listed_parts(text: str, measures: list[Measure], figures: list[Figure]) -> list[Measure]:
    """Counts listed in brackets after names ("31 people … from 9 states, Ohio (3),
    Utah (1) and Texas (5)"): each is the part of the count before them in its place."""
    listed = [
        (n, m.group(1))
        for n, f in enumerate(figures)
        if (m := _LISTED_PART.search(text, max(0, f.start - 40), f.start)) is not None
        and text[f.end : f.end + 1] == ")"
        and f.kind in _BARE
    ]
    if len(listed) < MIN_LISTED_PARTS:
        return measures
    first = listed[0][0]
    counts = [m for m in measures[:first] if m.kind == "count" and m.quantity and m.event]
    people = [m for m in counts if m.quantity == "people"]  # not "9 states" before them
    whole = (people or counts or [None])[-1]
    if whole is None:
        return measures
    out = list(measures)
    for n, name in listed:
        out[n] = replace(whole, place=name.lower(), rules=(*measures[n].rules, "listed_part"))
    return out


# A part of a count listed as "Name (N)", and how many make a list.
_LISTED_PART = compile_pattern(
    r"(?:^|[,;:]\s*|\band\s+)((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*)\s*\($"
)
MIN_LISTED_PARTS = 3


def _broken_down(
    measures: list[Measure], figures: list[Figure], breakdown: re.Match[str]
) -> list[Measure]:
    """A sentence that breaks a toll down ("Of the 64 dead, 40 were in Portmere; 12 in
    Varn"): its bare counts are of the toll's people and event."""
    quantity, event = COUNTED_NOUNS[breakdown.group("noun").lower()]
    return [
        replace(m, quantity=quantity, event=event, rules=(*m.rules, "toll_breakdown"))
        if f.start >= breakdown.end() and m.kind == "count" and not (m.quantity or m.event)
        else m
        for m, f in zip(measures, figures, strict=True)
    ]


def _with_months(
    text: str, measures: list[Measure], figures: list[Figure], months: list[Month]
) -> list[Measure]:
    """Each figure's month (:func:`_month_of`); a change's figure reads no month past its
    earlier value ("rose 5.4%, down from 6.2% in April": April is the earlier value's), an
    earlier value none said right after the current one ("3.9% in May from 3.7%": May is
    the current one's), and no figure a month past a bracket or semicolon ("165,000 (down
    from 240,000); and October's")."""
    out = []
    for n, (measure, figure) in enumerate(zip(measures, figures, strict=True)):
        earlier_next = n + 1 < len(measures) and measures[n + 1].period.endswith("earlier")
        own = [m for m in months if not _CUT.search(text, figure.end, max(figure.end, m[0]))]
        if n + 1 < len(figures) and _EARLIER_LINK.search(text, figure.end, figures[n + 1].start):
            # "fell 5.2%, following a fall of 0.7% in April": the month is the earlier one's
            own = [m for m in own if m[0] < figures[n + 1].start]
        if n and measure.period.endswith("earlier"):
            # "rose to 3.9% in May from 3.7%": a month between the current value and its
            # earlier one is the current one's ("March's 165,000 (down from 240,000)" is
            # a revision of March's; "from 3.7% in April", "from April's 3.7%" are the
            # earlier value's own)
            current = figures[n - 1]
            own = [m for m in own if m[3] or not current.end <= m[0] < figure.start]
        month = _month_of(own, figure, later=not earlier_next)
        if month and _WHOLE_YEAR_AFTER.match(text, figure.end):
            month = ""  # "grew 2.6% for all of 2019": a year's figure, whatever month is near
        if month and _RELATIVE_MONTH_AFTER.match(text, figure.end):
            month = ""  # "rose 2.7% last month, after a fall in March": not March's
        if month and measure.kind not in _UNDATED_KINDS:
            measure = replace(measure, month=month, rules=(*measure.rules, "month_frame"))
        out.append(measure)
    return out


# "Rivals Ana Lima and Tomas Varn had about 31% and 12.4% respectively": names
# joined by "and" or commas, a vote verb, then the shares (checked: "respectively" follows).
_RESPECTIVE_NAMES = compile_pattern(
    r"(?P<names>(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+"
    r"(?:\s*,\s*(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)*"
    r"\s*,?\s+and\s+(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)"
    r"\s+(?:had|received|won|got|took|garnered|secured|polled|trailed\s+with|have)\b[^%]{0,20}$"
)
_NAME_SPLIT = compile_pattern(r"\s*,\s*(?:and\s+)?|\s+and\s+")
# "Of the 64 reported dead so far, ...", "Of the deaths, ...": a toll broken down.
_OF_THE_TOLL = compile_pattern(
    r"\s*Of\s+(?:the|these|those)\s+(?:[\d,]+\s+)?(?:confirmed\s+|reported\s+)?"
    r"(?P<noun>dead|deaths|victims|fatalities|injured|wounded|casualties)\b[^,;]{0,40},"
)
# "212,000 jobs in October", "the report for July", "July's figure", "the June report": the
# month a figure is for (not a date: "August 5"; not a period's start: "since September").
# A month said in a sentence: where, which, whether a figure before it may take it, and
# whether it opens a phrase of its own ("December's job growth is 290,000").
Month = tuple[int, str, bool, bool]
_MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_MONTH_NAME = compile_pattern(rf"\b{word_trie(set(_MONTH_NAMES.split('|')))}\b")
_MONTH_ORDER = _MONTH_NAMES.lower().split("|")
_NTH = {
    **{w: n for n, w in enumerate("first second third fourth fifth sixth seventh eighth "
       "ninth tenth eleventh twelfth".split())},
    "last": 11,
    "final": 11,
}  # fmt: skip
_NTH_MONTH = compile_pattern(
    rf"\bthe\s+({'|'.join(_NTH)})\s+month\s+of\s+(?:the\s+)?year\b", re.IGNORECASE
)
_MONTH_LINK_BEFORE = compile_pattern(r"\b(?i:in|for|during|of|to)\s+$")
_MONTH_AFTER = compile_pattern(
    r"(?P<own>['’]s\b)|(?P<date>[ \t]*\d)"
    r"|(?P<named>\s+(?:jobs\s+)?(?:report|figures?|data|reading|estimate|survey)\b)"
)


def _months_said(text: str, start: int, end: int) -> list[Month]:
    """The months that frame figures in ``text[start:end]`` (see :data:`_MONTH_NAME`): month
    names are found first (they are rare), then what is around them is checked."""
    found: list[Month] = []
    for m in _MONTH_NAME.finditer(text, start, end):
        after = _MONTH_AFTER.match(text, m.end(), end)
        if after and after.group("date"):
            continue  # "August 5": a date
        if after and after.group("own"):
            found.append((m.start(), m.group().lower(), True, True))  # "July's figure"
        elif _MONTH_LINK_BEFORE.search(text, max(start, m.start() - 8), m.start()):
            found.append((m.start(), m.group().lower(), True, False))  # "in August"
        elif after and after.group("named"):
            found.append((m.start(), m.group().lower(), False, False))  # "the June report"
    for m in _NTH_MONTH.finditer(text, start, end):  # "in the first month of the year"
        month = _MONTH_ORDER[_NTH[m.group(1).lower()]]
        found.append((m.start(), month, True, False))
    return sorted(found)


# Kinds that are no figure for a month: dates and years are when, ages whose.
_UNDATED_KINDS = frozenset({"date", "year", "age", "time"})
# A month this many characters after a figure is its own ("0.2% in August").
_OWN_MONTH_REACH = 12


_CUT = compile_pattern(r"[();]")
_WHOLE_YEAR_AFTER = compile_pattern(
    r"\s+(?:for|in|over|during|across)\s+(?:(?:all|the whole|the full|the entire)\s+(?:of\s+)?)?"
    r"(?:(?:19|20)\d\d\b|(?:the\s+)?(?:last|past|previous)\s+year\b"
    r"|the\s+(?:full|whole|entire)\s+year\b)",
    re.IGNORECASE,
)


_EARLIER_LINK = compile_pattern(
    rf"\b(?:{'|'.join(sorted(EARLIER_LINKS))})\s+(?:an?\s+)?", re.IGNORECASE
)
_RELATIVE_MONTH_AFTER = compile_pattern(
    r"\s+(?:in\s+)?(?:(?:last|this|the\s+previous|the\s+past|the\s+prior|the\s+preceding)"
    r"\s+month|the\s+month\s+(?:before|prior)|a\s+month\s+earlier)\b",
    re.IGNORECASE,
)


def _month_of(months: list[Month], figure: Figure, later: bool = True) -> str:
    """The month a figure is for: the one right after it (not one that opens a phrase of its
    own, "229,000, and December's ..."), else the last before it, else (if ``later``) the
    first after it, in its sentence ("the June report" only before: "rose 2.7%, as in the
    September figure" is no September figure)."""
    reach = figure.end + _OWN_MONTH_REACH
    right_after = [m for at, m, _, opens in months if figure.end <= at <= reach and not opens]
    before = [m for at, m, _, _ in months if at < figure.start]
    after = [m for at, m, follows, _ in months if at >= figure.end and follows] if later else []
    found = right_after or before[-1:] or after
    return found[0] if found else ""


# "In Dhading district, ...", "In the southern province of Sindh, ...": a place that opens
# the sentence (capitalised names, a generic word after them allowed).
_OPENING_PLACE = compile_pattern(
    r"\s*In\s+((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+(?:\s+(?:district|province|county|region"
    r"|state|prefecture))?)\s*,"
)
# "64 people were killed in Sindh and 21 in Punjab": the second count's words were left out.
_BARE = frozenset({"count", "number"})
# "..., against 41.2% for Halden": whose share a gapped share of the vote is.
_FOR_NAME = compile_pattern(
    rf"\s+for\s+(?:(?:[A-Z][\w'’-]+|{'|'.join(sorted(CANDIDATE_TITLES))})\s+){{0,4}}"
    r"([A-Z][\w'’-]+)"
)
_NAME_POSSESSIVE = compile_pattern(r"\b([A-Z][\w-]*)['’]s\s+$")
# "... bringing the toll to 250", "raising the total number of deaths to": the sentence adds
# its counts to a total it states.
_INCREMENT = compile_pattern(
    r"\b(?:bringing|raising|pushing|taking|lifting)\s+(?:the\s+)?(?:\w+\s+){0,3}?"
    r"(?:toll|total|tally|number)\b",
    re.IGNORECASE,
)
_MORE_BEFORE = compile_pattern(r"\b(?:another|a further|an additional|an extra)\s+\d", re.I)
# What may follow a gapped figure: a place, a group, or the clause's end.
_GAP_AFTER = compile_pattern(r"\s*(?:[,.;:)]|$)|\s+(?:in|at|for|from|on|across|among)\b")
_JOINED_BY_AND = compile_pattern(r"\band\s+(?:\w+\s+){0,2}$")
_WHOLE = compile_pattern(
    r"\b(?:while|whereas|but|nationwide|overall|in total|across|elsewhere)\b", re.IGNORECASE
)
_OTHERS = frozenset({"others", "other", "more"})
_GAP_BETWEEN = compile_pattern(
    r"[^\d]{0,80}?(?:,|\band|\bagainst|\bversus|\bvs\.?|\bcompared\s+(?:with|to))\s+"
    r"(?:[A-Z][\w-]*['’]s\s+)?$"
)


def _added(text: str, start: int, figure: Figure, measure: Measure) -> bool:
    """Whether a toll is an increase on an earlier total: "another 40 people died, bringing
    the toll to 250" (not the toll itself, nor "another 20 are missing" after the dead)."""
    if measure.period or measure.kind != "count" or measure.event not in PEOPLE_EVENTS:
        return False
    return _MORE_BEFORE.search(text, max(start, figure.start - 14), figure.end) is not None


def _n_more(figure: Figure, measure: Measure) -> bool:
    """Whether a toll counts only those added since the last one: "Four more people have
    died", "eleven more infections have been reported", "14 new cases" (not "more than 30")."""
    if measure.period or measure.kind != "count" or measure.event not in PEOPLE_EVENTS:
        return False
    return _N_MORE.match(figure.text) is not None


def _increase_of(text: str, start: int, figure: Figure, measure: Measure) -> bool:
    """Whether a toll is said as the rise in another: "the new toll was an increase of 9
    from the first tally of 31"."""
    if measure.period or measure.kind != "count" or measure.event not in PEOPLE_EVENTS:
        return False
    return _INCREASE_OF.search(text, max(start, figure.start - 30), figure.start) is not None


_INCREASE_OF = compile_pattern(r"\b(?:increase|rise|jump)\s+of\s+$", re.IGNORECASE)


def _more_shared(
    text: str, before: Figure, figure: Figure, previous: Measure, measure: Measure
) -> bool:
    """Whether a toll right after "N more ... and" shares its "more": "Four more patients have
    died and over 20 have fallen ill"."""
    if "n_more" not in previous.rules or measure.period or measure.kind != "count":
        return False
    if measure.event not in PEOPLE_EVENTS:
        return False
    return _AND_CLAUSE.fullmatch(text, before.end, figure.start) is not None


# "... have died and ": words of the first toll's clause, then "and".
_AND_CLAUSE = compile_pattern(r"[^,;.]{0,40}\band\s+")
_N_MORE = compile_pattern(r"[\w,.-]+\s+(?:more|new)\s+(?!than\b)", re.IGNORECASE)


def _whose(text: str, figure: Figure, end: int, previous: Measure) -> str:
    """Whose share a gapped share is, when the one before it was someone's: "against 41.2%
    for Halden", "against Lima's 43.8%"."""
    if not previous.place and "vote_share_of" not in previous.rules:
        return ""
    after = _FOR_NAME.match(text, figure.end, end)
    if after:
        return after.group(1).lower()
    before = _NAME_POSSESSIVE.search(text, max(0, figure.start - 30), figure.start)
    return before.group(1).lower() if before else ""


def _place_of_previous(
    text: str, figures: list[Figure], n: int, measures: list[Measure], measure: Measure
) -> bool:
    """Whether a toll with no place takes the place of the toll said before it in the
    sentence: "killed 12 people in Cebu province, and 40 injured people were treated ..."
    (joined by "and"; not "while 77 died nationwide")."""
    if measure.place or measure.kind != "count" or measure.event not in PEOPLE_EVENTS:
        return False
    previous = measures[-1] if measures else None
    if not (previous and previous.place and previous.event in PEOPLE_EVENTS):
        return False
    if len({m.place for m in measures if m.place and m.event in PEOPLE_EVENTS}) > 1:
        return False  # "killed 71 in Arta and 9 in Preveza, and injured 310": a total
    between = text[figures[n - 1].end : figures[n].start]
    after = text[figures[n].end : figures[n].end + 40]
    return _JOINED_BY_AND.search(between) is not None and not _WHOLE.search(between + after)


def _gapped(text: str, before: Figure, figure: Figure, previous: Measure, measure: Measure) -> bool:
    """Whether ``figure`` is a count whose noun and verb are those of the count before it,
    left out: a bare number after "and" or a comma, with nothing of its own."""
    if figure.kind == "percent" == before.kind:
        pass  # "50.3% of the vote, against 41.2% for Halden"
    elif figure.kind not in _BARE or figure.unit or before.kind not in _BARE:
        return False
    if measure.quantity or measure.event or not previous.quantity:
        return False
    if not previous.event and figure.kind != "percent":
        return False
    if _GAP_AFTER.match(text, figure.end) is None:
        return False  # "... and 12 have recovered": a clause of its own
    return _GAP_BETWEEN.fullmatch(text, before.end, figure.start) is not None


def _gapped_subject(
    text: str, before: Figure, figure: Figure, previous: Measure, measure: Measure
) -> bool:
    """Whether a share is a change whose verb, left out, is the one before it, with a
    subject of its own: "services fell by 0.4%, farming by 1.2%"."""
    if figure.kind != "percent" or before.kind != "percent" or measure.quantity:
        return False
    if previous.family != "change" or measure.event:
        return False
    return _GAPPED_SUBJECT.search(text, before.end, figure.start) is not None


# ", farming by ": a comma, the clause's own subject (lower case), "by", the share.
_GAPPED_SUBJECT = compile_pattern(r",\s+(?:and\s+)?(?P<subject>[a-z][a-z ]{1,30}?)\s+by\s+$")


# Between a change and a change named after its figure: "rose 1.05% in May, for a 9.4% annual
# increase" (no other clause: "; separately, wages saw a 3% rise" is the wages').
_CHANGE_NOUN_LINK = compile_pattern(r"[^.;:]{0,40}?,\s+(?:for\s+|to\s+)?an?\s+")


def _share_of_votes(
    text: str, before: Figure, figure: Figure, previous: Measure, measure: Measure
) -> bool:
    """Whether a percentage right after a count of votes is the same candidate's share of
    the vote: "684,000 votes (47%)", "684,000 votes, or 47 per cent", "votes at 47%",
    "votes, securing 47% of the votes"."""
    if figure.kind != "percent" or before.kind not in _BARE or previous.quantity != "votes":
        return False
    if measure.place or measure.quantity not in ("", "share of the vote"):
        return False
    return _AFTER_VOTES.fullmatch(text, before.end, figure.start) is not None


# Between a count of votes and its share: "(", "or", "at", "securing".
_AFTER_VOTES = compile_pattern(
    r"\s*(?:\(|,?\s*(?:or|at|with|securing|representing|which\s+represents?)\b)\s*"
    r"(?:(?:about|around|nearly|almost|some|over|just|more|less|than|the)\s+){0,3}",
    re.IGNORECASE,
)


def _other_things(before: Figure, figure: Figure) -> bool:
    """Whether two counts count different nouns ("26 people" and "8 states")."""
    return (
        before.kind == figure.kind == "count"
        and bool(before.unit and figure.unit)
        and before.base_unit != figure.base_unit
    )


def _earlier(current: Measure, measure: Measure) -> Measure:
    """The earlier value of ``current`` ("down from 6.2%"): its measure, marked earlier."""
    own = "" if current.period == "revision" else current.period  # the size of a revision
    period = f"{own}, earlier" if own else "earlier"
    return Measure(
        current.kind,
        current.quantity,
        current.event,
        period,
        current.place,
        (*measure.rules, "earlier_of_previous"),
    )


def read_measure(text: str, start: int, end: int, figure: Figure) -> Measure:
    """The measure of one figure in the sentence at ``text[start:end]``."""
    return read_measures(text, start, end, [figure])[0]


def _read(sentence: Sentence, figures: list[Figure], n: int) -> tuple[Measure, str]:
    """The figure's measure, and whether it is the "earlier" or "current" value of the
    figure before it ("" if neither)."""
    figure = figures[n]
    reading = Reading(figure)
    context = Context(sentence, figure, n)
    for rule in RULES:
        rule(reading, context, figure)
    link = "earlier" if context.earlier_of_previous else ""
    return Measure(*reading.fields()), link or ("current" if context.current_of_previous else "")


# Words that make a document about a disease, where "cases" are people infected.
_DISEASE = compile_pattern(
    r"\b(?:virus|viral|outbreak|infect\w*|disease|epidemic|pandemic|covid|ebola|cholera|"
    r"measles|dengue|malaria|influenza|flu|mpox|marburg|nipah|tested positive|symptoms)\b",
    re.IGNORECASE,
)


def cases_without_disease(text: str, figures: list[Figure]) -> list[Figure]:
    """In a document that names no disease, "27 cases in Portmere" counts cases, not people
    infected (rule ``cases_unsaid``): an earthquake's or a court's "cases" are no infections."""
    infected = [k for k, f in enumerate(figures) if _infected_cases(f)]
    if not infected or _DISEASE.search(text):
        return figures
    figures = list(figures)
    for k in infected:
        measure = figures[k].measure
        rules = (*measure.rules, "cases_unsaid")
        figures[k] = figures[k].with_measure(
            replace(measure, quantity="cases", event="", rules=rules)
        )
    return figures


def _infected_cases(figure: Figure) -> bool:
    measure = figure.measure
    # bare "cases" only: "suspected cases" and "confirmed cases" say what they are
    return measure is not None and measure.event == "infected" and figure.unit == "cases"
