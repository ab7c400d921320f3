"""The rules that read a figure's base or period: "from a year earlier" (annual), "over the
month" (monthly), "since September", "In May last year, ...", a year that frames its clause.
Rules of :data:`storydiff.core.tagging.measure_rules.RULES`, each with a test."""

from __future__ import annotations

from storydiff.core.tagging.measure_context import Context, Reading
from storydiff.core.tagging.measure_lexicon import (
    CLAUSE_JOINS,
    PERIOD_PHRASES,
    PERIOD_SINCE,
    SUBJECT_SKIP,
    SUBJECT_STOP,
)
from storydiff.core.tagging.records import Figure

_PERIOD_WORDS = {tuple(p.split()): v for p, v in PERIOD_PHRASES.items()}
_LONGEST_PERIOD = max(len(k) for k in _PERIOD_WORDS)
_PERIOD_OPENERS = frozenset(k[0] for k in _PERIOD_WORDS) | {PERIOD_SINCE}
# How far (in words) after its figure a period phrase may end ("… in the second quarter of
# 2019 compared to the same period").
_PERIOD_REACH = 12


# "since the outbreak began": since the outbreak, which every count of it counts from.
_WHOLE_EVENT = frozenset({"outbreak", "pandemic", "epidemic"})


def rule_period(reading: Reading, context: Context, figure: Figure) -> None:
    """The base or period after the figure ("from a year earlier", "over the month",
    "since September") or just before it ("annual", "monthly")."""
    words = context.own_after[:_PERIOD_REACH]
    if not _PERIOD_OPENERS.intersection(words):
        words = []
    for k in range(len(words)):
        if words[k] == PERIOD_SINCE and k + 1 < len(words) and k <= 2 and "," not in words[:k]:
            since = []
            for w in words[k + 1 : k + 4]:
                if not w[0].isalnum() or (since and w in SUBJECT_STOP):
                    break
                if w not in SUBJECT_SKIP:
                    since.append(w)
            since = since[:2]
            if since and not _WHOLE_EVENT.intersection(since):  # "since the Varn outbreak"
                reading.set("period_since", period="since " + " ".join(since))
            return  # "since the outbreak began": the whole count, as with no period
        for size in range(_LONGEST_PERIOD, 0, -1):
            phrase = tuple(words[k : k + size])
            if len(phrase) == size and phrase in _PERIOD_WORDS:
                if _names_another(words, k, size):
                    break
                reading.set("period_after", period=_PERIOD_WORDS[phrase])
                return
    if _in_last_hours([t.word for t in context.after[:10]]):
        reading.set("period_after", period="added")  # "two died in the past 24 hours"
        return
    near = context.before_words[-4:]
    for word in reversed(near):
        if word in PERIOD_PHRASES:
            reading.set("period_before", period=PERIOD_PHRASES[word])
            return
    _opening_period(reading, context.before_words[:8])
    _since_before(reading, context.before_words[-14:])


def _in_last_hours(words: list[str]) -> bool:
    """Whether the words after a count say "in the past 24 hours" (or "over the last 48
    hours"): a count since the last one, as "added"."""
    ends = [k for k, w in enumerate(words) if w in CLAUSE_JOINS or w == ","]
    words = words[: ends[0]] if ends else words  # not another clause's count
    for k in range(len(words) - 4):
        window = words[k : k + 5]
        if (
            window[0] in ("in", "over", "during")
            and window[1] == "the"
            and (window[2] in ("past", "last") and window[3][0].isdigit() and window[4] == "hours")
        ):
            return True
    return False


def _names_another(words: list[str], k: int, size: int) -> bool:
    """Whether the period phrase of ``size`` words at ``k`` says no rate of the figure: a
    period word that qualifies another noun ("died during the annual festival", "in its
    monthly report"; not "the annual rate"), or a stretch of time ("after a day of talks",
    "within a week"; not "50,000 barrels a day")."""
    before = words[k - 1] if k > 0 else ""
    following = words[k + size] if k + size < len(words) else ""
    if size == 2 and words[k] == "a":
        return before in _STRETCH_LINKS or following in ("of", "ago", "earlier", "before")
    return (
        size == 1
        and before in _NOUN_DETERMINERS
        and following[:1].isalpha()
        and following not in _RATE_NOUNS
    )


_STRETCH_LINKS = frozenset("after within for in of than about over since".split())


_NOUN_DETERMINERS = frozenset("the its their this his her our a an".split())
# Nouns a period word before them still gives the figure: "rose 3%, the annual rate".
_RATE_NOUNS = frozenset(
    "rate pace basis increase rise fall decline drop gain growth change figure terms "
    "comparison measure reading".split()
)


def _since_before(reading: Reading, words: list[str]) -> None:
    """A running total told before its figure: "since she took office the region had added
    2.1 million jobs", "Since the start of the war, 300 ..." → period "since office", "since
    start" (not a month's or a day's figure)."""
    if reading.period or PERIOD_SINCE not in words:
        return
    k = len(words) - 1 - words[::-1].index(PERIOD_SINCE)
    marks = [w for w in words[k + 1 : k + 5] if w in _RUNNING_TOTAL_WORDS]
    if marks and marks[0] not in _WHOLE_EVENT:
        reading.set("period_since_before", period="since " + marks[0])


# Words after "since" that start a running total: "since he took office", "since the start".
_RUNNING_TOTAL_WORDS = frozenset(
    "office start beginning began pandemic inception launch founding outbreak".split()
)


def _opening_period(reading: Reading, words: list[str]) -> None:
    """A period the clause opens with frames its figures: "On a monthly basis, rents
    rose 0.4%", "In May last year, a storm killed 200", "A year ago, the rate was 4.6%"."""
    if "," not in words:
        return
    opening = words[: words.index(",")]
    for k in range(len(opening)):
        for size in range(_LONGEST_PERIOD, 0, -1):  # "Compared with the previous quarter,"
            phrase = " ".join(opening[k : k + size])
            found = _OPENING_YEARS.get(phrase)
            if not found and size != 2:  # not "a year", "a day": "Nearly a year after ..."
                found = PERIOD_PHRASES.get(phrase)
            if found:
                reading.set("period_opening", period=found)
                return


# Years a clause may open with: its figures are that year's, not today's.
_OPENING_YEARS = {
    "last year": "last year",
    "this year": "this year",
    "a year ago": "a year ago",
    "a year earlier": "a year ago",
    "a year before": "a year ago",
}


def rule_year_frame(reading: Reading, context: Context, figure: Figure) -> None:
    """A year in the figure's clause frames it: "a flood in 1953 that killed more
    than 1,800 people" → period "in 1953" (not today's toll)."""
    if reading.period not in ("", "forecast") or figure.kind in ("year", "date"):
        return
    if reading.period == "forecast":
        # "expected 1.4% in 2025": the year right after a forecast tells the fact
        if context.year_right_after is not None:
            reading.period = ""
            reading.set("year_frame", period=f"in {context.year_right_after}")
        return
    for year in context.years:
        reading.set("year_frame", period=f"in {year}")
        return
