"""The named rules that read a figure's measure, in the order they run (:data:`RULES`).

Each fills only the fields still empty and adds its name to the reading's rules, so a
view can say which rule decided; each has a test in tests/core/tagging/test_measures.py.
"""

from __future__ import annotations

import itertools

from storydiff.core.tagging.measure_context import FIGURE, Context, Reading
from storydiff.core.tagging.measure_groups import (
    rule_distance_from,
    rule_for_whom,
    rule_gave_share,
    rule_majority_mark,
    rule_opening_place,
    rule_owner,
    rule_party_share,
    rule_place,
    rule_seats,
    rule_sector,
    rule_sub_area,
    rule_toll_place,
    rule_vote_share_of,
    rule_vote_side,
    rule_votes_of,
)
from storydiff.core.tagging.measure_lexicon import (
    ANNUAL_RATE_NOUNS,
    AREA_NAMES,
    AT_RISK,
    AUXILIARIES,
    BALLOT_NOUNS,
    BRIDGE_WORDS,
    CALENDAR_WORDS,
    CHANGE_EVENTS,
    CHANGE_SUBJECTS,
    CLAUSE_JOINS,
    COUNTED_NOUNS,
    COUNTING_WORDS,
    COUNTRIES,
    COUNTRY_ADJECTIVES,
    EARLIER_LINKS,
    EARLIER_VALUE_FILLERS,
    EVENT_CLASSES,
    FORECAST_COMPARED,
    FORECAST_PARTICIPLES,
    FORECAST_STOPS,
    FORECAST_WORDS,
    GROUP_WORDS,
    INTENSIFIERS,
    LEVEL_NOUNS,
    LEVEL_VERBS,
    LIGHT_VERBS,
    MONEY_EVENTS,
    MONEY_NOUNS,
    NAMING_LINKS,
    NOUN_PHRASE_START,
    PEOPLE_EVENTS,
    PERIOD_PHRASES,
    PERSON_OBJECT_EVENTS,
    PURPOSE_LINKS,
    QUANTITY_SYNONYMS,
    RECORD_WORDS,
    RELATIVE_OPENERS,
    SUBJECT_SKIP,
    SUBJECT_STOP,
    TIME_NOUNS,
    TOLL_NOUNS,
)
from storydiff.core.tagging.measure_periods import rule_period, rule_year_frame
from storydiff.core.tagging.records import Figure

EVENT_OF = {word: cls for cls, words in EVENT_CLASSES.items() for word in words}
_TOLLS = {tuple(k.split()): v for k, v in TOLL_NOUNS.items()}
_TOLL_HEADS = frozenset(k[-1] for k in _TOLLS)
# How far (in words) an event word may be from its figure.
_EVENT_BEFORE = 6
_EVENT_AFTER = 4
_TOLL_REACH = 16
_FORECAST_REACH = 8
# Currency areas and countries a subject names ("eurozone inflation", "the German economy",
# "China's economy"): they become the place.
_AREAS = {
    tuple(k.split()): v
    for k, v in {**AREA_NAMES, **COUNTRY_ADJECTIVES, **{c: c for c in COUNTRIES}}.items()
}
_AREA_WORDS = frozenset(w for name in _AREAS for w in name)
# Where the clause of a part-of-country toll starts, read backwards ("..., while 77 died").


# --- rules, applied in this order; each fills only fields still empty -------------------


def rule_counted_noun(reading: Reading, context: Context, figure: Figure) -> None:
    """The counted noun of a count: "118 dead" → people killed, "300,000 troops" → troops."""
    if figure.kind not in ("count", "number"):
        return
    # "mg per kilogram": what is measured, mg; "14 others" has no unit but counts others
    unit = figure.base_unit or ("others" if figure.text.lower().endswith(" others") else "")
    if not unit:
        return
    if figure.kind == "number" and unit.split()[-1] not in COUNTED_NOUNS:
        reading.set("measure_unit", quantity=unit)
    else:
        _set_counted(reading, "counted_noun", unit)


def _set_counted(reading: Reading, rule: str, unit: str) -> None:
    """What a count of ``unit`` counts: "dead" → people killed, "troops" → troops."""
    head = unit.split()[-1]
    if head in COUNTED_NOUNS:
        quantity, event = COUNTED_NOUNS[head]
        reading.set(rule, quantity=quantity, event=event)
    else:
        reading.set(rule, quantity=_singular_safe(unit))


def rule_part_of_total(reading: Reading, context: Context, figure: Figure) -> None:
    """A bare count said as part of a total counts the total's noun: "37 of the 150 seats",
    "a total of 38 out of the 120 seats" → seats."""
    if figure.kind not in ("count", "number") or figure.base_unit:
        return
    words = [t.word for t in context.after[:5]]
    k = 3 if words[:3] == ["out", "of", "the"] else 0
    k = k or (2 if words[:2] in (["of", "the"], ["out", "of"]) else 0)
    if k and len(words) > k + 1 and words[k][:1].isdigit() and words[k + 1].isalpha():
        _set_counted(reading, "part_of_total", words[k + 1])


def rule_unconfirmed(reading: Reading, context: Context, figure: Figure) -> None:
    """A count not confirmed is another fact than the confirmed one: "six suspected
    cases", "three probable deaths", "five more are suspected of carrying the infection"."""
    if reading.kind != "count":
        return
    described = (figure.base_unit or "").split()[:-1]
    after = context.own_after[:4]
    said = any(w in _UNCONFIRMED and after[k - 1] in _BEING for k, w in enumerate(after) if k)
    if said or _UNCONFIRMED.intersection(described):
        reading.set("unconfirmed", period="suspected")
    elif _with_unconfirmed(context.own_after):
        reading.set("with_unconfirmed", period="with probable")


def _with_unconfirmed(words: list[str]) -> bool:
    """Whether a count says it takes in unconfirmed ones: "cases rose to 73, including
    confirmed and probable cases" (not the confirmed count another outlet gives)."""
    start = [k for k, w in enumerate(words[:3]) if w in ("including", "includes", "incl")]
    return bool(start) and bool(_UNCONFIRMED.intersection(words[start[0] + 1 : start[0] + 5]))


_UNCONFIRMED = frozenset("suspected probable possible presumed presumptive".split())
_BEING = frozenset("are were is was being".split())


def rule_part_of_group(reading: Reading, context: Context, figure: Figure) -> None:
    """Some of a group is another fact than the group: "Three of the dead were pulled from a
    barn" is never the toll, nor "That included 2,300 jobs in retail" the jobs added
    (but "52 cases, including seven deaths" counts deaths)."""
    if reading.kind != "count":
        return
    after = [*context.own_after[:3], "", "", ""]
    included = context.before_words[-1:] and context.before_words[-1] in _INCLUDING
    of_group = after[0] == "of" and after[1] in _GROUP_DETERMINERS and after[2] in GROUP_WORDS
    # "52 cases, including seven deaths": deaths are a toll of their own
    if (included and not reading.event) or of_group:
        reading.set("part_of_group", period="some of them")


_GROUP_DETERMINERS = frozenset("the these those".split())
_INCLUDING = frozenset("including included includes include".split())


def rule_at_risk(reading: Reading, context: Context, figure: Figure) -> None:
    """People at risk are not people struck: "leaving 2,000 lives at risk" counts
    no deaths."""
    if reading.kind == "count" and tuple(context.own_after[:2]) in AT_RISK:
        reading.event = ""
        reading.quantity = ""
        reading.set("at_risk", quantity="people", event="at risk")


def rule_measured_thing(reading: Reading, context: Context, figure: Figure) -> None:
    """A hyphenated measure names what it measures: "31-yard field goal" → yard field goal,
    so a 9-yard touchdown and a 52-yard pass are other facts."""
    tail = figure.text.lower().rsplit("-", 1)[-1]
    if "-" not in figure.text or not figure.unit or not tail.isalpha():
        return
    thing = []
    after = context.own_after_tokens[:2]
    for k, token in enumerate(after):
        word = token.word
        if not word[0].isalpha() or word in SUBJECT_STOP or word in EVENT_OF:
            break
        if k and word.endswith("ly") and len(word) > 4 and word not in _LY_NOUNS:
            break  # "the 9-person panel quickly agreed": an adverb, no part of the thing
        if k and after[0].capital and not token.capital:
            break  # "four-time All-Star finished third": a title is its capitalised words
        thing.append(word)
    if thing and thing[0] in _WHAT_IT_MEASURES.get(tail, ()):
        return  # "a 5.8-magnitude quake" is the magnitude, as "magnitude 5.8" is
    if thing and figure.kind == "duration":
        # "a 30-month prison sentence" ~ "a 2.5-year prison term": the unit is the value's
        name = " ".join(thing)
        reading.quantity = ""
        reading.set("measured_thing", quantity=QUANTITY_SYNONYMS.get(name, name))
    elif thing:
        reading.quantity = ""
        reading.set("measured_thing", quantity=f"{tail} {' '.join(thing)}")


# Words ending in "ly" that are no adverb.
_LY_NOUNS = frozenset("supply family assembly rally ally belly jelly italy".split())
# What a unit measures unless said otherwise: no other thing ("a 5.8-magnitude earthquake";
# "a 4.7-magnitude aftershock" is another).
_WHAT_IT_MEASURES = {"magnitude": frozenset({"earthquake", "quake", "temblor", "tremor"})}


def rule_quake_degrees(reading: Reading, context: Context, figure: Figure) -> None:
    """A quake "measuring 6.9 degrees (on the Richter scale)" is its magnitude, as some
    outlets write it, not a temperature."""
    if reading.quantity != "degrees" or figure.unit not in ("degrees", "degree"):
        return
    measuring = context.before_words[-1:] == ["measuring"]
    richter = "richter" in context.own_after[:4]
    quake = not _QUAKE_NOUNS.isdisjoint(context.before_words)
    if richter or (measuring and quake):
        reading.quantity = "magnitude"
        reading.rules.append("quake_degrees")


_QUAKE_NOUNS = frozenset("quake quakes earthquake earthquakes tremor temblor aftershock".split())


def rule_fatality_rate(reading: Reading, context: Context, figure: Figure) -> None:
    """A case fatality rate is a rate of its own, no toll: "the case fatality rate is
    estimated at 48 percent", "(a 48% case fatality ratio)", "overall case fatality
    ratio 58.2%"."""
    if reading.kind != "percent":
        return
    before, after = context.before_words[-8:], context.own_after[:3]
    near = [*before, "|", *after]
    if any(a == "fatality" and b in _RATES for a, b in itertools.pairwise(near)):
        reading.quantity = "case fatality rate"
        reading.event = ""
        reading.rules.append("fatality_rate")
        among = _among(after) or _among(before)
        if among:  # "the ratio among women is 52%": a group's rate, not the whole outbreak's
            reading.set("fatality_rate", place=among)


def _among(words: list[str]) -> str:
    """The group after the last "among" in ``words`` ("among women" → women)."""
    found = [b for a, b in itertools.pairwise(words) if a == "among" and b.isalpha()]
    return found[-1] if found else ""


_RATES = frozenset({"rate", "ratio"})


def rule_per_game(reading: Reading, context: Context, figure: Figure) -> None:
    """A rate per game is no total: "24.6 points per game", "24 points a game" → period
    ``per game`` (not a career's 21,450 points, nor one night's 41)."""
    period = _PER_GAME.get(" ".join(figure.text.lower().split()[-2:]))
    if period:
        reading.set("per_game", period=period)


_PER_GAME = {
    f"{per} {what}": f"per {what}"
    for per in ("per", "a")
    for what in ("game", "match", "night", "season", "start")
}


def rule_unit_of_kind(reading: Reading, context: Context, figure: Figure) -> None:
    """Ages and ordinals measure their unit ("38-year-old" → years, "second child" → child)."""
    if figure.kind in ("age", "ordinal") and figure.unit:
        reading.set("unit_of_kind", quantity=figure.unit.lower())


def rule_duration_of(reading: Reading, context: Context, figure: Figure) -> None:
    """What a duration is of: "four years of supervision" → supervision (compared by
    stem, so "four years of supervised probation" agrees), "7.5 hours of committee
    deliberation" → deliberation (one with "seven and a half hours of deliberations")."""
    if figure.kind != "duration":
        return
    before = context.before_words[-2:]
    if len(before) == 2 and before[1] == "for" and _activity(before[0]):
        # "had been negotiating for almost 30 hours" → negotiation
        word = before[0]
        noun = word[:-3] + "ion" if word.endswith("ating") else word[:-3]
        reading.set("duration_of", quantity=noun)
        return
    words = context.own_after
    if len(words) < 2 or words[0] != "of":
        return
    noun = _noun_phrase(words[1:3])
    if noun:
        # the head noun: "7.5 hours of committee deliberation" is deliberation; a participle
        # names the thing itself: "four years of supervised probation" is supervision
        reading.set("duration_of", quantity=noun[0] if _participle(noun[0]) else noun[-1])


def _activity(word: str) -> bool:
    """An activity's -ing form that a duration measures ("deliberating", "negotiating"),
    not an event word ("fighting" is still an activity; "being", "going" are not)."""
    return (
        word.endswith("ing")
        and len(word) > 5
        and word not in EVENT_OF
        and word not in ("being", "having", "going", "during", "nothing", "something")
    )


def rule_nearest_event(reading: Reading, context: Context, figure: Figure) -> None:
    """The event word nearest the figure in its clause: before it across qualifiers
    ("killing at least 23", "rose 3.2%", "fell by 2%"), or after it ("23 people were
    killed", "14 remain missing"); figures joined by "and" share the event before them
    ("rose 3.2% ... and 0.2%")."""
    if "majority_mark" in reading.rules:
        return  # "falling short of the 201 majority mark": the mark does not fall
    if (
        reading.kind == "count"
        and context.before_words[-2:-1]
        and (context.before_words[-2] in _POPULATED and context.before_words[-1] == "of")
    ):
        return  # "a town of 90,000": its people, whatever befell some of them
    before = _event_before(context)
    after = _event_after(context)
    found = [c for c in (before, after) if c is not None]
    if figure.kind == "number" and figure.unit:  # a measurement ("magnitude 5.9") only changes
        found = [c for c in found if c[1] in CHANGE_EVENTS]
    if figure.kind != "money":
        found = [c for c in found if c[1] not in MONEY_EVENTS]
    if reading.quantity in _THINGS:  # "feared dead as three buildings collapsed": no building died
        found = [c for c in found if c[1] not in PEOPLE_EVENTS]
    if found:
        _distance, event, rule = min(found, key=lambda c: c[0])  # a tie: the verb before
        if event == "destroyed" and figure.kind == "percent":
            event = "fell"  # "exports collapsed by 4.6 percent": a rate falls, nothing is razed
        reading.set(rule, event=event)
    elif figure.kind == "duration" and context.before_words[-1:] == ["to"]:
        # "sentenced the founder of the exchange to 20 years": the verb, its object, "to"
        verbs = _PERSON_OBJECT_VERBS.intersection(context.before_words[-12:])
        if verbs:
            reading.set("event_of_object", event=EVENT_OF[min(verbs)])


# Places whose size "of N" is their population: "a town of 40,000".
_POPULATED = frozenset("nation country city town island islands village state region".split())
# Counted things that no event of people befalls (they are destroyed or damaged instead).
_THINGS = frozenset({"coaches", "buildings", "homes"})


# Verbs whose "down" or "up" is no rise or fall: "handed down", "stepped down", "set up".
_PHRASAL_VERBS = frozenset(
    "hand hands handed handing step steps stepped stepping set sets setting sign signs signed "
    "shut shuts turn turns turned broke break breaks back backs backed pick picks picked".split()
)


def _event_before(context: Context) -> tuple[int, str, str] | None:
    words = context.before_words[-_EVENT_BEFORE - 4 :]
    for k in range(len(words) - 1, -1, -1):
        if words[k] in ("down", "up") and k and words[k - 1] in _PHRASAL_VERBS:
            continue  # "handed down a six-month sentence": no fall
        if words[k] in EVENT_OF:
            between = words[k + 1 :]
            gap = [w for w in between if w not in BRIDGE_WORDS]
            if FIGURE in between:
                if "and" in between:  # "rose 3.2% ... and 0.2%"
                    return _EVENT_BEFORE, EVENT_OF[words[k]], "event_shared"
                return None
            if len(gap) <= 2 and "and" not in gap:
                return len(gap), EVENT_OF[words[k]], "event_before"
            return None
    return None


def _event_after(context: Context) -> tuple[int, str, str] | None:
    after = _past_short_aside(context.own_after)
    words = after[:_EVENT_AFTER]
    told = 0
    while told < len(after) and after[told] in _TOLD_TO_HAVE:
        told += 1  # "31 people are now known to have died": the verb past the telling
    if told > 2:
        words = after[: told + 2]
    for k, word in enumerate(words):
        if word == "as" and k and words[k - 1] in _LISTED:
            continue  # "2,400 residents are listed as missing"
        if word == "with" and _INJURY_NOUNS.intersection(after[k + 1 : k + 6]):
            return k, "injured", "event_after"  # "58 people with light injuries"
        if word in _INTO and _SHELTERS.intersection(after[k + 1 : k + 4]):
            return k, "displaced", "event_after"  # "640 people were put in relief camps"
        if word == "among" and k and words[k - 1] in AUXILIARIES:
            group = [w for w in after[k + 1 : k + 3] if w != "the"][:1]
            if group and group[0] in _AMONG_GROUPS:  # "three children were among the dead"
                return k, _AMONG_GROUPS[group[0]], "event_after"
        lost = _lost(after[k:]) if word in _LOST else ""
        if lost:
            return k, lost, "event_after"  # "1,200 people lost their lives (homes)"
        if word in CLAUSE_JOINS:
            return None
        if word in EVENT_OF and EVENT_OF[word] not in CHANGE_EVENTS:
            return k, EVENT_OF[word], "event_after"
    return None


# Groups that "were among the ..." puts a count in, and what befell them.
_AMONG_GROUPS = {
    "dead": "killed", "deceased": "killed", "killed": "killed", "fatalities": "killed",
    "injured": "injured", "wounded": "injured", "missing": "missing",
}  # fmt: skip


def _past_short_aside(words: list[str]) -> list[str]:
    """The words after a figure without a short aside between its auxiliary and its verb:
    "have, by all accounts, died" → "have died"."""
    if len(words) < 4 or words[1] != "," or words[0] not in AUXILIARIES:
        return words
    for k in range(2, min(len(words), 2 + _ASIDE_WORDS + 1)):
        if words[k] == ",":
            return words[:1] + words[k + 1 :] if k > 2 else words
        if not words[k][0].isalpha():
            break
    return words


# "lost their lives", "lost their homes": what people lost says what befell them.
_LOST = frozenset({"lost", "lose", "losing"})
_LOST_WHAT = {"lives": "killed", "life": "killed", "homes": "displaced", "home": "displaced"}


def _lost(words: list[str]) -> str:
    """What befell people who "lost their lives" (killed) or "lost their homes" (displaced)."""
    rest = [w for w in words[1:3] if w not in ("their", "his", "her")]
    return _LOST_WHAT.get(rest[0], "") if rest else ""


# Where displaced people are taken: "640 people were moved to temporary shelters".
_INTO = frozenset({"in", "into", "to", "at"})
_SHELTERS = frozenset("shelter shelters centre centres center centers camp camps tents".split())
# Words between a count and its verb that tell how it is known: "are now known to have".
_TOLD_TO_HAVE = frozenset(
    "are were is was now known believed thought feared confirmed reported said to have been "
    "be".split()
)
# What people "with" these have are injuries: "12 people with serious burns".
_INJURY_NOUNS = frozenset("injuries injury wounds burns fractures".split())
# Verbs after which "as" names what a count is: "listed as missing", "reported as dead".
_LISTED = frozenset("listed reported registered classified confirmed counted recorded".split())


def rule_toll_noun(reading: Reading, context: Context, figure: Figure) -> None:
    """A toll named just before a count: "the death toll rose to 31" → people killed
    (the toll's verb is not the event)."""
    if reading.kind != "count" or reading.quantity not in ("", "people"):
        return
    if reading.event and reading.event not in CHANGE_EVENTS:
        return
    words = context.before_words[-_TOLL_REACH:]
    if _TOLL_HEADS.intersection(words) and _named_toll(reading, words):
        return
    counted = _counted_subject(words)
    if counted:  # "Lanta cholera deaths rise to 29"
        reading.event = ""
        said = [*words, *(t.word for t in context.named_before_bracket)]  # "cases (LF)"
        period = "with probable" if _both_counted(said) else ""
        reading.set("toll_subject", quantity="people", event=counted, period=period)


def _named_toll(reading: Reading, words: list[str]) -> bool:
    """Set the toll a noun before the figure names ("the death toll in Varn rose to"),
    reading back past a short aside set off by commas; whether one was found."""
    k = len(words) - 1
    while k >= 0:
        if words[k] == ",":
            # ", Varn Province,": a short aside set off by commas is skipped, any other ends it
            aside = [j for j in range(max(0, k - _ASIDE_WORDS - 1), k) if words[j] == ","]
            if not aside:
                return False
            k = aside[-1] - 1
            continue
        for size in (4, 3, 2, 1):
            noun = tuple(words[max(0, k - size + 1) : k + 1])
            if len(noun) == size and noun in _TOLLS:
                reading.event = ""
                period = "suspected" if _UNCONFIRMED.intersection(noun) else ""
                if _both_counted(words[max(0, k - 6) : k + 1]):
                    period = "with probable"  # "suspected and confirmed cases rose to"
                reading.set("toll_noun", quantity="people", event=_TOLLS[noun], period=period)
                return True
        k -= 1
    return False


def _both_counted(words: list[str]) -> bool:
    """Whether a toll's words count confirmed and unconfirmed cases together: "suspected and
    confirmed cases", "confirmed and probable deaths"."""
    return "confirmed" in words and not _UNCONFIRMED.isdisjoint(words)


def _counted_subject(words: list[str]) -> str:
    """The event of a count of people that rose or fell to the figure: "deaths rose to 29",
    "cases have climbed to 140" → killed, infected ("" when the subject is something else)."""
    if len(words) < 3 or words[-1] != "to" or EVENT_OF.get(words[-2]) not in CHANGE_EVENTS:
        return ""
    k = len(words) - 3
    while k > 0 and words[k] in AUXILIARIES:
        k -= 1
    if words[k] not in COUNTED_NOUNS:  # "cases in Portmere, Varn, have risen to"
        places = [j for j in range(max(0, k - 6), k) if words[j] == "in"]
        k = places[0] - 1 if places else k
    quantity, event = COUNTED_NOUNS.get(words[k], ("", "")) if k >= 0 else ("", "")
    return event if quantity == "people" else ""


_ASIDE_WORDS = 3  # "the death toll in the flood in Ostby, Varn Province, has climbed to"


def rule_change_by_default(reading: Reading, context: Context, figure: Figure) -> None:
    """A rate that is itself a change states a rise: "monthly inflation was 0.3%"."""
    if reading.kind == "percent" and not reading.event and reading.quantity in CHANGE_SUBJECTS:
        reading.set("change_by_default", event="rose")


def rule_subject_of_change(reading: Reading, context: Context, figure: Figure) -> None:
    """The subject of a rise or fall: "Consumer prices rose 3.2%" → consumer prices,
    across auxiliaries ("inflation had dropped to"); for a participle after a comma
    ("The rate of inflation is lower again ..., easing to 5.4%") the clause's own subject."""
    if reading.event not in CHANGE_EVENTS or reading.quantity:
        return
    words = context.before_words
    verbs = [k for k, w in enumerate(words) if EVENT_OF.get(w) == reading.event]
    if not verbs:
        return
    if words[verbs[-1]] in _NAMING_CHANGES and words[verbs[-1] + 1 : verbs[-1] + 2] == ["of"]:
        return  # "topping growth of just 1.5 per cent": the noun names what changed
    subject, head = _subject_of_verb(reading, words, verbs[-1])
    named = _area_of(reading, "subject_of_change", subject)
    if subject and not named and reading.place:
        named = _subject_before_area(reading, words[:head])
    if named:
        reading.subject = named
        reading.set("subject_of_change", quantity=quantity_name(named))


def _subject_of_verb(reading: Reading, words: list[str], verb: int) -> tuple[list[str], int]:
    """The subject of the rise or fall at ``verb``, and where the words before it end."""
    article = _change_noun_after_link(words, verb)
    if article is not None:
        # "Sales rose 2.7%, following an upwardly revised fall of 4.2%": what changed
        # before is what fell, not the adjective before the noun
        earlier = [k for k in range(article) if EVENT_OF.get(words[k]) in CHANGE_EVENTS]
        if earlier:
            return _subject_of_verb(reading, words, earlier[-1])
        return _opening_subject(words[:article]), article
    head = verb
    while head > 0 and (
        words[head - 1] in AUXILIARIES
        or words[head - 1] in SUBJECT_SKIP
        or words[head - 1] in _EXPECTED_TO
    ):
        head -= 1  # "inflation had dropped", "..., also fell", "is estimated to have grown"
    relative = _relative_clause_start(words[:head])
    if relative is not None:
        # "household spending, which makes up half of the economy, ..., rose 2%"
        return _subject_before(reading, words[:relative]), head
    if head > 0 and words[head - 1] == ",":
        return _opening_subject(words), head
    if head > 1 and words[head - 1] == "and" and words[head - 2] in (",", FIGURE):
        return _opening_subject(words), head  # "sales had their worst month ..., and fell"
    return _subject_before(reading, words[:head]), head


def _subject_before_area(reading: Reading, words: list[str]) -> list[str]:
    """The subject before the area it is said in: "rents in the Portmere area" →
    rents (the area is already the place)."""
    found = [k for k in range(max(0, len(words) - 7), len(words)) if words[k] == "in"]
    return _subject_before(reading, words[: found[-1]]) if found else []


def _subject_before(reading: Reading, words: list[str]) -> list[str]:
    light = [k for k, w in enumerate(words[-4:]) if w in LIGHT_VERBS]
    if light:  # "fuel prices saw a sharp drop": the subject is before "saw"
        words = words[: len(words) - 4 + light[-1]] if len(words) >= 4 else words[: light[-1]]
    subject: list[str] = []
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        if not subject and word in AUXILIARIES:
            continue  # "rents are still climbing"
        if not subject and word == FIGURE and k and words[k - 1] == "in":
            continue  # "the economy in 2023 expanded": a year, said before the verb
        if not subject and (word in CALENDAR_WORDS or word in ("in", "of")):
            continue  # "the jobless rate in April fell"
        if word in SUBJECT_STOP or word in NOUN_PHRASE_START or not word[0].isalpha():
            if TIME_NOUNS.intersection(subject):  # "in April of the current year"
                subject = []
                continue
            break
        if word in PERIOD_PHRASES:
            reading.set("subject_period", period=PERIOD_PHRASES[word])
            continue
        if word not in SUBJECT_SKIP:
            subject.insert(0, word)
        if len(subject) == 3:
            break
    while subject[:1] and subject[0] in TIME_NOUNS:
        subject.pop(0)  # "the second quarter real GDP": the quarter is when, not what
    if subject == ["euro"] and words[-3:-2] and words[-3] in _SHARING:
        return ["euro", "area"]  # "inflation in the 17 countries using the euro rose"
    return subject


_SHARING = frozenset("sharing share shares using use uses".split())


def _relative_clause_start(words: list[str]) -> int | None:
    """Where a relative clause between a subject and its verb starts (the comma before
    "which" or "who"), when the words up to the verb end with a comma."""
    if len(words) < 3 or words[-1] != ",":
        return None
    for k in range(len(words) - 2, 0, -1):
        if words[k] in ("which", "who") and words[k - 1] == ",":
            return k - 1
    return None


def _change_noun_after_link(words: list[str], head: int) -> int | None:
    """Where "a"/"an" opens a change said as a noun after a link to an earlier figure
    ("..., following a revised fall of", "after an upwardly revised rise of"), else None."""
    for k in range(head - 1, max(-1, head - 4), -1):
        if words[k] in ("a", "an"):
            return k if k and words[k - 1] in EARLIER_LINKS else None
    return None


_SAID = frozenset("said says say reported reports estimated estimates showed shows".split())


def _opening_subject(words: list[str]) -> list[str]:
    """The noun phrase a clause opens with, up to its verb: "the rate of inflation" (none
    when the clause opens with a preposition: "In the third quarter, ...")."""
    if words[:1] and words[0] in _SAID and words[1:2] == ["that"]:
        words = words[2:]  # "said that retail sales ...": what was said opens here
    if words and words[0] in SUBJECT_STOP:
        return []
    subject = []
    for word in words:
        if word in AUXILIARIES or word in EVENT_OF or not word[0].isalpha():
            break
        if word == "that" and subject and subject[-1] in _SAID:
            subject = []  # "The office said that retail sales ...": what it said opens here
        elif word not in SUBJECT_SKIP:
            subject.append(word)
    return subject[-3:] if len(subject) <= 5 else []


def rule_change_in(reading: Reading, context: Context, figure: Figure) -> None:
    """What a rise or fall named after the figure is in: "a 0.4% fall in factory output",
    "a 2% contraction in Gross Domestic Product" → factory output, gdp (not a place)."""
    words = context.own_after
    if reading.quantity or len(words) < 3 or words[1] != "in":
        return
    if EVENT_OF.get(words[0]) not in CHANGE_EVENTS:
        return
    thing: list[str] = []
    capitals = []
    for word, token in zip(words[2:6], context.after[2:6], strict=False):
        if word in SUBJECT_STOP or word in CALENDAR_WORDS or not word[0].isalpha():
            break
        if word not in SUBJECT_SKIP:
            thing.append(word)
            capitals.append(token.capital)
    if TIME_NOUNS.intersection(thing):
        return  # "a 4% increase in the first quarter": when, not what
    name = quantity_name(thing) if thing else ""
    if thing and all(capitals) and name == " ".join(thing):
        return  # "a 5% rise in Portmere": a place, unless a known name ("Gross Domestic Product")
    if name:
        reading.set("change_in", quantity=name, event=EVENT_OF[words[0]])


def rule_revised_to(reading: Reading, context: Context, figure: Figure) -> None:
    """The value a figure was revised to: "output was revised down to 5.1%", "exports were
    upgraded to a 9.2% rate", "investment saw a revision to 5.8%" → the revised
    thing (up or down is the revision's direction, not a rise or fall of the thing)."""
    if reading.quantity:
        return
    words = context.before_words[-8:]
    if "to" not in words[-3:]:
        return
    to = len(words) - 1 - words[::-1].index("to")
    revised = [k for k in range(max(0, to - 4), to) if words[k] in _REVISION_WORDS]
    if not revised or not set(words[to + 1 :]) <= {"a", "an"}:
        return
    k = len(context.before_words) - len(words) + revised[0]
    head = context.before_words[:k]
    while head and head[-1] in _BEFORE_REVISION:  # "saw a downward revision"
        head = head[:-1]
    subject = _area_of(reading, "revised_to", _subject_before(reading, head))
    if subject:
        reading.subject = subject
        reading.event = ""
        reading.set("revised_to", quantity=quantity_name(subject))


_REVISION_WORDS = frozenset("revised upgraded downgraded revision upgrade downgrade".split())
_BEFORE_REVISION = frozenset({"an", "a", "upward", "downward"})


def rule_higher_than(reading: Reading, context: Context, figure: Figure) -> None:
    """A change said as a level's comparison: "fuel prices, which were 27.4% higher than
    a year earlier", "Rents are 3% lower" → fuel prices (or rents) rose (fell)."""
    if reading.kind != "percent" or reading.event or reading.quantity:
        return
    after = context.own_after[:1]
    event = EVENT_OF.get(after[0]) if after else None
    if event not in CHANGE_EVENTS or after[0] not in _COMPARATIVES:
        return
    words = context.before_words
    if not words or words[-1] not in AUXILIARIES:
        return
    head = words[:-1]
    which = [k for k in range(len(head) - 1) if head[k] == "," and head[k + 1] == "which"]
    if which:
        head = head[: which[-1]]  # "fuel prices, which (the agency estimates) were"
    subject = _subject_before(reading, head)
    while subject[:1] and subject[0] in EVENT_OF:
        subject = subject[1:]  # "soaring fuel prices"
    subject = _area_of(reading, "higher_than", subject)
    if subject:
        reading.subject = subject
        reading.set("higher_than", quantity=quantity_name(subject), event=event)


_COMPARATIVES = frozenset({"higher", "lower"})


def rule_change_noun_after(reading: Reading, context: Context, figure: Figure) -> None:
    """A change named by a noun right after its figure: "for a 9.4% year-on-year increase",
    "a 2% drop" → a rise (fall); what rose is read from the sentence before it."""
    if reading.kind != "percent" or reading.event:
        return
    if context.before_words[-1:] not in (["a"], ["an"]):
        return
    words = context.own_after[:3]
    nouns = [w for w in words[:2] if w in _CHANGE_NOUNS]
    if nouns and all(w in PERIOD_PHRASES for w in words[: words.index(nouns[0])]):
        reading.set("change_noun_after", event=EVENT_OF[nouns[0]])


_CHANGE_NOUNS = frozenset(
    "increase rise gain jump surge decrease decline drop fall contraction".split()
)


def rule_comparison_base(reading: Reading, context: Context, figure: Figure) -> None:
    """ "higher than the expected 5.1%", "lower than April's 12.4%": a comparison's base
    is no rise or fall of its own."""
    words = context.before_words[-4:]
    if reading.event in CHANGE_EVENTS and "than" in words and "to" not in words:
        reading.event = ""  # "slid more than expected to 3.6%" is a level, read later
        reading.rules.append("comparison_base")


def rule_level_after_to(reading: Reading, context: Context, figure: Figure) -> None:
    """ "dropped to 5.4%", "easing to 5.4%": the figure is the new level, not the change,
    so the verb's direction is no part of it."""
    if reading.event not in CHANGE_EVENTS:
        return
    if (figure.qualifier or "").lower() in _LEVEL_BOUNDS:
        reading.event = ""  # "climbed as high as 44.6C": the level reached
        reading.rules.append("level_after_to")
        return
    words = context.before_words[-4:]
    record = context.before_words[-7:]
    k = len(record)
    while k and (record[k - 1] in RECORD_WORDS or record[k - 1] in ("a", "an", "of")):
        k -= 1
    if k < len(record) and record[k - 1 : k] == ["to"]:
        words = record[k - 1 :]  # "rose to an all-time high of 9%"
    if "to" not in words or {"by", FIGURE} & set(words[words.index("to") :]):
        return
    verbs = [k for k, w in enumerate(words) if EVENT_OF.get(w) in CHANGE_EVENTS]
    if verbs and verbs[-1] > len(words) - 1 - words[::-1].index("to"):
        return  # "are believed to have slipped 4.6%": an infinitive, the verb after it
    reading.event = ""
    reading.rules.append("level_after_to")


_LEVEL_BOUNDS = frozenset({"as high as", "as low as"})


def rule_earlier_value(reading: Reading, context: Context, figure: Figure) -> None:
    """ "5.4% ..., down from 6.2% in April": the figure after "from" is the earlier value
    of the figure before it (filled in by :func:`read_measures`)."""
    words = context.before_words[-3:]
    after_figure = FIGURE in context.before_words or context.bracketed_after_figure
    if _AGE_WORDS.intersection(context.before_words[-4:]):
        return  # "with ages from 19 to 54": ages, no earlier value
    if _after_from(context.before_words) and after_figure:
        context.earlier_of_previous = True
        reading.rules.append("earlier_value")
    elif context.bracketed_after_figure and context.own_after[:1] in _PREVIOUS:
        context.earlier_of_previous = True  # "revised to 5.1% (5.5% prev.)"
        reading.rules.append("earlier_value")
    elif "to" in words and _from_figure_to(context.before_words):
        context.current_of_previous = True
        reading.rules.append("current_value")


_AGE_WORDS = frozenset({"age", "ages", "aged"})
# A bracketed figure's word that makes it the value before the one it follows.
_PREVIOUS = (["prev"], ["previously"], ["previous"], ["prior"])


def rule_earlier_figure(reading: Reading, context: Context, figure: Figure) -> None:
    """A figure told as an earlier one is no current value: "a provisional figure of 140
    dead", "the initial estimate of 1.7%", "an earlier official toll of 90", "had
    initially reported 140" (a later outlet quoting it): its period ends in "earlier".
    After another figure of its clause, "the initial reading of 8.9%" is that figure's
    earlier value ("Exports rose 8.1%, below the initial reading of 8.9%",
    "after a preliminary estimate of a 0.35% decline")."""
    words = context.before_words
    if words[-2:-1] == ["of"] and words[-1] in ("a", "an"):
        words = words[:-1]
    before = words[:-4]
    words = words[-4:]
    named = words[-1:] == ["of"] and len(words) >= 3 and words[-2] in _EARLIER_NOUNS
    named = named and bool(_EARLIER_WORDS.intersection(words[:-2]))
    if named and FIGURE in before and _noun_only(reading, words[-2]):
        context.earlier_of_previous = True
        reading.rules.append("earlier_figure")
        return
    after = context.own_after[:2]
    opened = context.before_words[:2] == ["previously", ","]
    told = (
        named
        or (opened and reading.event in PEOPLE_EVENTS)  # "Previously, officials said 182 died"
        or (len(words) >= 2 and words[-2] in _EARLIER_ADVERBS and words[-1] in _TOLD)
        or (len(after) == 2 and after[0] in _EARLIER_ADVERBS and after[1] in _TOLD)
        or _month_before(context.own_after)
    )  # "had initially reported 140", "the 140 cases initially reported"
    if told and not reading.period.endswith("earlier"):
        reading.period = f"{reading.period}, earlier" if reading.period else "earlier"
        reading.rules.append("earlier_figure")


def _month_before(words: list[str]) -> bool:
    """Whether a figure is said for the month before the one told: "a rise of 0.9% the
    month before", "1.3% in the previous month"."""
    if words[:1] == ["in"]:
        words = words[1:]
    return tuple(words[:3]) in _MONTH_BEFORE


_MONTH_BEFORE = frozenset(
    tuple(p.split())
    for p in (
        "the month before",
        "the previous month",
        "the month prior",
        "the prior month",
        "a month earlier",
        "the preceding month",
    )
)


def _noun_only(reading: Reading, noun: str) -> bool:
    """Whether the reading's quantity is none, or only the noun it was told with."""
    return reading.quantity.split()[-1:] in ([], [noun])


_EARLIER_WORDS = frozenset(
    "preliminary initial earlier previous prior original provisional".split()
)
_EARLIER_NOUNS = frozenset(
    "figure figures estimate estimates reading toll count tally number average".split()
)
_EARLIER_ADVERBS = frozenset("earlier previously initially originally first".split())
_TOLD = frozenset("reported estimated put said gave counted".split())


def _after_from(words: list[str]) -> bool:
    """ "from 6.2%", "from April's 3.1%", "from the previous month's 0.2%": the
    figure is the value before a change."""
    k = len(words) - 1
    if k >= 2 and words[k].isalpha() and words[k - 1] in ("the", "a", "an"):
        k -= 1  # an adjective: "from the stunning 410,000", "from a strong 4%"
    while k >= 0 and len(words) - 1 - k < 4 and _earlier_filler(words[k]):
        k -= 1
    if k >= 1 and words[k - 1] in _CAUSED:
        return False  # "the death toll from two floods": what caused it, no earlier value
    return k >= 0 and words[k] == "from"


# Nouns whose "from" names a cause: "the toll from", "deaths from", "damage from".
_CAUSED = frozenset("toll tolls deaths casualties damage losses injuries fallout".split())


def _earlier_filler(word: str) -> bool:
    if word in EARLIER_VALUE_FILLERS:
        return True
    base = word[:-2] if word.endswith("'s") else ""
    return base in CALENDAR_WORDS or base in TIME_NOUNS


def _from_figure_to(words: list[str]) -> bool:
    """ "... from FIGURE in March to": the figure before was the earlier value."""
    if FIGURE not in words:
        return False
    k = len(words) - 1 - words[::-1].index(FIGURE)
    if k > 1 and words[k - 2] in _CAUSED:
        return False  # "the toll from two floods ... has climbed to 88"
    return k > 0 and words[k - 1] == "from" and "to" in words[k:]


def rule_threshold(reading: Reading, context: Context, figure: Figure) -> None:
    """What share is needed is not what share was had: "a motion needs more than 60% of
    votes" → period ``required`` (a threshold is another fact than anyone's share)."""
    if reading.kind != "percent":
        return  # "must forfeit $5 billion" is an order, not a threshold
    words = context.before_words[-4:]
    needed = [k for k, word in enumerate(words) if word in _NEEDED]
    if needed and FIGURE not in words[needed[-1] :]:
        reading.set("threshold", period="required")


_NEEDED = frozenset("needs need needed require requires required must".split())


def rule_forecast(reading: Reading, context: Context, figure: Figure) -> None:
    """A forecast is another fact than the outcome: "the predicted 5.1%", "economists
    expected", "it would slip back to 5.0%"."""
    words = context.before_words[-_FORECAST_REACH:]
    if not FORECAST_WORDS.intersection(words):
        return
    for k in range(len(words) - 1, -1, -1):
        if words[k] in FORECAST_STOPS:
            return
        if words[k] in FORECAST_WORDS and not FORECAST_COMPARED.intersection(words[k - 3 : k]):
            if words[k + 1 : k + 3] == ["to", "have"]:
                return  # "is estimated to have reached": an estimate of the past
            reading.period = ""
            reading.set("forecast", period="forecast")
            return


def rule_annual_rate(reading: Reading, context: Context, figure: Figure) -> None:
    """An inflation rate with no period is the annual rate ("inflation dropped to 5.4%")."""
    said = set(reading.subject) | set(context.before_words[-6:])
    if reading.quantity in CHANGE_SUBJECTS and not reading.period and said & ANNUAL_RATE_NOUNS:
        reading.set("annual_rate", period="annual")


def rule_level_verb_subject(reading: Reading, context: Context, figure: Figure) -> None:
    """ "the jobless rate stood at 4.1%", "core inflation, which excludes food and energy,
    remained steady at 3.4%": a level stated by a verb; the measure is the verb's subject,
    read across a relative clause set off by commas."""
    words = context.before_words
    if reading.quantity or len(words) < 3 or words[-1] != "at":
        return
    k = len(words) - 2
    while k >= 0 and words[k] in LEVEL_VERBS:
        k -= 1
    if k == len(words) - 2:
        return
    while k >= 0 and words[k] in AUXILIARIES:
        k -= 1
    before = words[: k + 1]
    if before[-1:] == [","]:
        opened = [j for j in range(len(before) - 1) if before[j] == "," and
                  before[j + 1] in RELATIVE_OPENERS]  # fmt: skip
        if opened:
            before = before[: opened[-1]]
    subject = _area_of(reading, "level_verb_subject", _subject_before(reading, before))
    if subject:
        reading.subject = subject
        reading.set("level_verb_subject", quantity=quantity_name(subject))


def rule_noun_of_figure(reading: Reading, context: Context, figure: Figure) -> None:
    """A noun naming the figure: "an annual inflation rate of 3.2%", "inflation of 3.2%"
    (not the person before "to" in "sentenced the founder to 12 years")."""
    words = context.before_words
    if words[-1:] and words[-1] in _LINK_ADVERBS:
        words = words[:-1]  # "growth of just 1.5 per cent"
    k = len(words)
    while k > 2 and words[k - 1] in RECORD_WORDS:
        k -= 1
    if k < len(words) and k > 3 and words[k - 2] in ("a", "an") and words[k] == "record":
        k -= 1  # "worth a league record 90 million euros": whose record, one word
    if k < len(words) and words[k - 1] in ("a", "an") and words[k - 2] in NAMING_LINKS:
        words = words[: k - 1]  # "turnout is a record 68.4 percent"
    if len(words) < 2 or words[-1] not in NAMING_LINKS:
        return
    if len(words) > 4 and words[-3:-1] == ["to", "be"] and words[-4] in _SAID_TO_BE:
        words = words[:-4] + words[-1:]  # "a fee estimated to be worth": the fee's worth
    if words[-1] == "of" and words[-2] in _MADE_OF:
        return  # "the award consisted of $410,000 in damages": the parts name themselves
    if words[-1] == "to" and (
        reading.event in PERSON_OBJECT_EVENTS or _PERSON_OBJECT_VERBS.intersection(words)
    ):
        return
    put = [k for k, w in enumerate(words[:-1]) if w in _PUT_VERBS]
    if words[-1] == "at" and put:
        # "Sky News puts the fee at €90 million": the fee; "puts it (the figure) at": the
        # thing said before, which this clause does not name
        thing = [w for w in words[put[-1] + 1 : -1] if w not in SUBJECT_SKIP]
        relative = _relative_clause_start([*words[: put[-1]], ","])
        if not thing and relative is not None:
            # "the transfer fee, which reports have put at £90 million": the fee
            thing = _subject_before(reading, words[:relative])
        if thing and not _REFERENCES.intersection(thing):
            reading.set("noun_of_figure", quantity=quantity_name(thing[-3:]))
        return
    if len(words) > 2 and _participle(words[-2]):
        # "the index (was) finalized at 3.3%", "more than expected to": the verb is no noun
        cut = 3 if words[-3] in AUXILIARIES else 2
        words = words[:-cut] + words[-1:]
    subject: list[str] = []
    for word in reversed(words[:-1]):
        if word in LEVEL_NOUNS and not subject:
            subject.insert(0, word)
            continue
        if word in SUBJECT_STOP or not word[0].isalpha():
            break
        if word in PERIOD_PHRASES:
            reading.set("noun_of_figure", period=PERIOD_PHRASES[word])
            continue
        if not subject and words[-1] == "of" and word in _NAMING_CHANGES:
            subject.insert(0, word)  # "growth of 3%", "wage growth of 4%"
            continue
        if word in EVENT_OF or word in CALENDAR_WORDS or word in NOUN_PHRASE_START:
            break
        if subject and _participle(word):
            break  # "outpaced growth of 3%": a verb, no part of the noun
        if word in FORECAST_WORDS or word in FORECAST_PARTICIPLES:
            if subject:
                break  # "analysts now expect growth of 1.4%": the subject is growth
            continue  # "growth seen at 1.9%"
        if word not in SUBJECT_SKIP:
            subject.insert(0, word)
        if len(subject) == 3:
            break
    # "a record high of 5%", "a new all-time low at": a level's name, not what it measures
    record = bool(subject) and all(w in RECORD_WORDS for w in subject)
    subject = [w for w in subject if w not in RECORD_WORDS and w not in INTENSIFIERS]
    if record:
        verb = _verb_reaching(words[:-1])
        reached = _subject_before(reading, words[:verb]) if verb else []
        subject = _area_of(reading, "noun_of_figure", reached)
        if reached and not subject and reading.place:
            subject = _subject_before_area(reading, words[:verb])
        reading.subject = subject
    subject = _area_of(reading, "noun_of_figure", subject)
    if subject and subject != ["rate"]:
        reading.set("noun_of_figure", quantity=quantity_name(subject))


def _verb_reaching(words: list[str]) -> int:
    """Where the subject of a record ends, before its verb of reaching: "Lanta's inflation
    (is thought to have) climbed to an all-time high (of)" (0 if no such verb)."""
    k = len(words)
    while k and (words[k - 1] in RECORD_WORDS or words[k - 1] in ("a", "an", "to", "its")):
        k -= 1
    if not k or words[k - 1] not in _REACHING:
        return 0
    k -= 1
    while k and (words[k - 1] in AUXILIARIES or words[k - 1] in _EXPECTED_TO):
        k -= 1  # "is thought to have hit"
    return k


_EXPECTED_TO = frozenset("to expected likely set estimated thought believed".split())
# Verbs whose object, a record, is what their subject reached: "inflation hit a record high".
_REACHING = frozenset(
    "reached reach reaches hit hits climbed climbs rose rises jumped soared surged set".split()
)


# Participles of a worth told by someone else: "a fee believed to be worth".
_SAID_TO_BE = frozenset("estimated believed thought said reported understood expected".split())
# Verbs whose "of" lists parts: "consisted of", "made up of".
_MADE_OF = frozenset("consisted consists consist consisting composed comprised up".split())
# "X puts the fee at": a source's estimate of the thing after the verb.
_PUT_VERBS = frozenset({"put", "puts", "putting", "places", "placed"})
# Words that refer back to a thing named before: "puts it at", "puts the figure at".
_REFERENCES = frozenset({"it", "figure", "figures", "number", "amount", "sum", "this", "that"})

_PERSON_OBJECT_VERBS = frozenset(
    word for event in PERSON_OBJECT_EVENTS for word in EVENT_CLASSES[event]
)


# Nouns of change that name what changed ("growth of 3%" is the economy's; "an increase of
# 5%" needs its subject, "Sales showed an increase of 5%").
_NAMING_CHANGES = frozenset({"growth"})
# Adverbs between a naming noun's link and its figure: "growth of just 3%".
_LINK_ADVERBS = frozenset("just only merely barely".split())


def _participle(word: str) -> bool:
    """A past participle or tense, by its ending ("finalized", "expected"; not "speed") or
    as a common irregular one ("the storm struck at 4.10am")."""
    return word in _IRREGULAR_PAST or (
        len(word) > 4 and word.endswith("ed") and not word.endswith("eed")
    )


_IRREGULAR_PAST = frozenset("struck hit began begun shook took came broke".split())


def _area_of(reading: Reading, rule: str, subject: list[str]) -> list[str]:
    """A subject without the currency or trade area, or the country, it names ("eurozone
    inflation", "the German economy"), which becomes the place: the euro area's rate and the
    EU's are other facts."""
    if not _AREA_WORDS.intersection(w.removesuffix("'s") for w in subject):
        return subject
    words = [w.removesuffix("'s") for w in subject]
    for size in (3, 2, 1):
        for k in range(len(words) - size + 1):
            name = tuple(words[k : k + size])
            if name in _AREAS:
                reading.set(rule, place=_AREAS[name])
                return subject[:k] + subject[k + size :]
    return subject


# Words of a share of the count not yet counted: "still to be counted", "yet to count".
_STILL_TO = frozenset({"still", "yet", "left", "remaining", "outstanding"})


def rule_share_of(reading: Reading, context: Context, figure: Figure) -> None:
    """A share: "more than 90 percent of the monthly increase" → share of monthly increase."""
    words = context.own_after
    if reading.kind != "percent" or len(words) < 2 or words[0] != "of":
        return
    noun = _noun_phrase(words[1:5])
    near_before = context.before_words[-4:]
    if "," in near_before:  # "With 97% of ballots counted, Lima has 52.4% of the votes"
        near_before = near_before[len(near_before) - near_before[::-1].index(",") :]
    counting = COUNTING_WORDS.intersection([*words[1:7], *near_before])
    if BALLOT_NOUNS.intersection(noun) and counting:
        # "91% of ballots counted", "a count of 68% of ballot boxes": how far the count is
        reading.quantity = ""
        left = bool(_STILL_TO.intersection(words[1:8]))  # "1.5% of ballots still to be counted"
        reading.set("share_counted", quantity="share of the count", period="left" if left else "")
    elif {"vote", "votes", "ballots"}.intersection(noun):
        reading.quantity = ""
        reading.set("share_of", quantity="share of the vote")  # "of the total votes cast"
    elif noun:
        # "Rents made up about 60 percent of the increase": a share of the increase,
        # whatever the subject before it
        reading.quantity = ""
        reading.set("share_of", quantity="share of " + " ".join(noun))


def rule_money_purpose(reading: Reading, context: Context, figure: Figure) -> None:
    """What money is for: "$1.2 billion in aid" → aid, "a $5 million fine" → fined."""
    if reading.kind != "money":
        return
    words = context.own_after
    if len(words) >= 2 and words[0] in PURPOSE_LINKS:
        noun = _noun_phrase(words[1:4])
        if noun[:1] and EVENT_OF.get(noun[0]) in MONEY_EVENTS and len(noun) == 1:
            reading.set("money_purpose", event=EVENT_OF[noun[0]])  # "$2 million in fines"
        elif noun and noun[0] not in CALENDAR_WORDS:
            name = " ".join(noun[:2])
            reading.set("money_purpose", quantity=QUANTITY_SYNONYMS.get(name, name))
    elif words and words[0] in EVENT_OF:
        reading.set("money_purpose", event=EVENT_OF[words[0]])
    elif words[:1] == ["as"] and words[1:2] in (["a"], ["an"]):
        noun = _noun_phrase(words[2:5])  # "86 million euros as a fixed fee"
        if noun and noun[-1] in MONEY_NOUNS:
            name = " ".join(noun)
            reading.set("money_as", quantity=QUANTITY_SYNONYMS.get(name, name))
    else:
        noun = _noun_phrase(words[:3])
        heads = [k for k, word in enumerate(noun) if word in MONEY_NOUNS]
        if heads:  # "a 90 million euro signing-on bonus", "the £9 million fee eclipses"
            name = " ".join(noun[: heads[0] + 1])
            if name in _PRICE_DEALS and words[len(name.split()) : len(name.split()) + 1] == ["for"]:
                name = "fee"  # "a £58 million deal for the midfielder": the price paid
            reading.set("money_noun", quantity=QUANTITY_SYNONYMS.get(name, name))
        elif _price_paid(context.before_words):
            reading.set("price_paid", quantity="fee")


# Deals "for" someone or something: the sum is its price ("a deal with" is a contract).
_PRICE_DEALS = frozenset({"deal", "agreement"})
# Words of a purchase or a transfer that a sum "for" is the price of.
_BUYING = frozenset(
    "signing signed sign signs bought buy buys buying sold sell sells selling acquired "
    "acquire acquires acquiring acquisition purchase purchased transfer joined joins".split()
)


def _price_paid(before: list[str]) -> bool:
    """Whether a sum is the price of a purchase or transfer said before it: "completed the
    signing of Varn from Lanta for a club-record 61.5 million pounds"."""
    k = len(before) - 1
    while k >= 0 and (before[k] in RECORD_WORDS or before[k].endswith("-record")):
        k -= 1
    if k > 0 and k + 1 < len(before) and before[k + 1] == "record" and before[k - 1] in ("a", "an"):
        k -= 1  # "for a league record £90m": whose record, one word
    if k >= 0 and before[k] in ("a", "an"):
        k -= 1
    if k < 0 or before[k] != "for":
        return False
    clause = before[max(0, k - 12) : k]
    return bool(_BUYING.intersection(clause)) and FIGURE not in clause


def _noun_phrase(words: list[str]) -> list[str]:
    """The words of a noun phrase read forward: determiners left out, up to a stop word
    or punctuation ("the monthly increase, the ..." → monthly increase)."""
    noun = []
    for word in words:
        if not word[0].isalpha() or word in SUBJECT_STOP:
            break
        if word not in SUBJECT_SKIP:
            noun.append(word)
    return noun


def rule_people_lost(reading: Reading, context: Context, figure: Figure) -> None:
    """People lost are people killed: "we have lost nine people" (money lost is a loss, and
    "lost 300 jobs" counts jobs)."""
    if reading.kind != "count" or reading.event or reading.quantity != "people":
        return
    if context.before_words[-3:] and _LOST.intersection(context.before_words[-3:]):
        reading.set("people_lost", event="killed")


def rule_revision_amount(reading: Reading, context: Context, figure: Figure) -> None:
    """By how much a figure was revised is no value of it: "were revised down by a total of
    58,000 jobs", "was revised up by 41,000", "62,000 jobs higher than previously
    reported" → period ``revision``."""
    if reading.period:
        return
    words = [w for w in context.before_words[-6:] if w not in _REVISION_FILLERS]
    revised_by = words[-1:] == ["by"] and "revised" in words[-4:-1]
    # "62,000 jobs higher than previously reported"
    than_reported = " ".join(context.own_after[:4]).startswith(_THAN_REPORTED)
    if revised_by or than_reported:
        reading.set("revision_amount", period="revision")


_THAN_REPORTED = tuple(
    f"{more} than {when}"
    for more in ("higher", "lower", "more", "fewer")
    for when in ("previously", "first reported")
)
_REVISION_FILLERS = frozenset(
    "a an the combined total of up down upward downward higher lower".split()
)


def rule_jobs_added(reading: Reading, context: Context, figure: Figure) -> None:
    """A count of jobs is the change in jobs however said: "added 190,000 jobs", "240,000
    jobs gained", "employment rose by 240,000", "job gains of 165,000" are one measure
    (the direction stays with the figure)."""
    if reading.kind != "count" or reading.quantity not in _JOB_WORDS:
        return
    if reading.event in CHANGE_EVENTS or not reading.event:
        reading.quantity, reading.event = "jobs", ""
        reading.rules.append("jobs_added")


_JOB_WORDS = frozenset(
    ["jobs", "job", "employment", "payrolls", "payroll", "hiring", "job gains", "job growth",
     "job additions", "nonfarm payrolls", "job creation"]
)  # fmt: skip


def rule_people_by_default(reading: Reading, context: Context, figure: Figure) -> None:
    """A count of victims with no counted noun counts people: "kills at least 23"."""
    if reading.kind == "count" and reading.event in PEOPLE_EVENTS:
        reading.set("people_by_default", quantity="people")


RULES = (
    rule_counted_noun,
    rule_part_of_total,
    rule_unconfirmed,
    rule_part_of_group,
    rule_at_risk,
    rule_measured_thing,
    rule_majority_mark,
    rule_quake_degrees,
    rule_per_game,
    rule_unit_of_kind,
    rule_duration_of,
    rule_nearest_event,
    rule_fatality_rate,
    rule_toll_noun,
    rule_change_in,
    rule_revised_to,
    rule_comparison_base,
    rule_subject_of_change,
    rule_higher_than,
    rule_change_noun_after,
    rule_level_after_to,
    rule_level_verb_subject,
    rule_noun_of_figure,
    rule_share_of,
    rule_vote_side,
    rule_gave_share,
    rule_vote_share_of,
    rule_party_share,
    rule_votes_of,
    rule_seats,
    rule_money_purpose,
    rule_period,
    rule_threshold,
    rule_forecast,
    rule_earlier_value,
    rule_place,
    rule_toll_place,
    rule_for_whom,
    rule_sector,
    rule_owner,
    rule_distance_from,
    rule_sub_area,
    rule_opening_place,
    rule_year_frame,
    rule_annual_rate,
    rule_change_by_default,
    rule_people_lost,
    rule_revision_amount,
    rule_jobs_added,
    rule_people_by_default,
    rule_earlier_figure,
)


def quantity_name(words: list[str]) -> str:
    """A subject's normal name: "inflation", "CPI inflation", "consumer price index" →
    consumer prices; "food prices" stays food prices (only words of one known name map)."""
    words = [w for w in words if not w.endswith("'s")]  # "UK's inflation rate"
    while words[:1] and words[0] in _BEFORE_NOW:
        words = words[1:]  # "the prior viewership figure": earlier, said by its period
    name = " ".join(words)
    if name in QUANTITY_SYNONYMS:
        return QUANTITY_SYNONYMS[name]
    content = {w for w in words if w not in SUBJECT_STOP}  # "rate of inflation"
    for target, vocabulary in _SYNONYM_WORDS.items():
        if content and content <= vocabulary:
            return target
    return name


_BEFORE_NOW = frozenset({"prior", "previous", "earlier"})
_SYNONYM_WORDS: dict[str, set[str]] = {}
for _phrase, _target in QUANTITY_SYNONYMS.items():
    _SYNONYM_WORDS.setdefault(_target, set()).update(_phrase.split())


def _singular_safe(unit: str) -> str:
    """A counted noun as a key: lower case, the synonym table applied, a head noun that
    outlets use for one another as one ("12 felony charges" ~ "12 felony counts")."""
    words = unit.split()
    if words and words[-1] in _HEAD_SYNONYMS:
        unit = " ".join([*words[:-1], _HEAD_SYNONYMS[words[-1]]])
    return QUANTITY_SYNONYMS.get(unit, unit)


_HEAD_SYNONYMS = {"charges": "counts", "charge": "count"}
