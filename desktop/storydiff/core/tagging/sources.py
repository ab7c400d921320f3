"""Find attributions in a sentence: who said, reported, claimed, warned, told whom.

Three shapes cover most news writing:

- subject then cue: "Kremlin spokesman Dmitry Peskov announced", "ISW said", "he added",
  "Alexander Lanoszka, assistant professor ... at the University of Waterloo, told Newsweek";
- cue then subject after a quote: '"...," said Peskov';
- "according to the Institute for the Study of War (ISW) think tank".

The span covers the source phrase and the cue (and whom someone told). Names
are resolved later, in reading order, by :mod:`storydiff.core.tagging.names`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storydiff.core.tagging.cues import (
    BASE_FORMS,
    CONNECTORS,
    CUE,
    DETERMINERS,
    INVERTIBLE,
    NEEDS_CLAUSE,
    QUOTE_ONLY,
    STOP_BACK,
    TOKEN,
)
from storydiff.core.tagging.lexicon import NAME_ABBREVIATIONS, POSSESSIVES, PREPOSITIONS
from storydiff.core.tagging.subjects import subject_before

_CLAUSE_AFTER = re.compile(
    r"\s*(?:$|[,.;:!?\"“”'‘’—–(]|that\b|how\b|why\b|whether\b|if\b|what\b|when\b|of\b|to\s+"
    r"(?:have|be)\b)",
    re.IGNORECASE,
)
_FINITE = re.compile(
    r"\b(?:would|will|could|can|may|might|should|must|is|are|was|were|had|has|have|did|does"
    r"|do|\w+ed|fell|rose|grew|hit|lost|won|made|took|came|went|gave|got|left|saw|cut|spent"
    r"|paid|kept|held|met|led|ran|sold|told|said|began|became|stood|fought|bought|drew|sank"
    r"|shrank|slid|struck|fled|broke|stole|chose|wrote|spoke|caught|brought|thought|felt)\b"
)
_ADVERBIAL_AFTER = re.compile(
    r"(?:\s+(?:on|in|at|late|early|last|this|earlier|later)?\s*"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|"
    r"morning|evening|afternoon|today|yesterday|a\s+statement|an\s+interview|a\s+post|"
    r"a\s+briefing|a\s+report|a\s+tweet|a\s+speech|Twitter|X|Telegram|Facebook|Instagram|"
    r"social\s+media|(?:its|his|her|their)\s+website|a\s+letter(?:\s+to\s+[A-Z][\w.]*"
    r"(?:\s+[A-Z][\w.]*)*)?)\b|\s+(?:also|earlier|later|previously|"
    r"separately|publicly|recently|repeatedly|again)\b)+"
)
_RECIPIENT = re.compile(
    r"\s+(?:(?:the|a|an)\s+)?(?:[A-Z][\w.&'’-]*(?:\s+(?:of\s+)?[A-Z][\w.&'’-]*){0,4}|"
    r"reporters|journalists|lawmakers|parliament|legislators|senators|congress|"
    r"(?:a\s+|the\s+)?(?:news|press)\s+conference|state\s+media|state\s+television|"
    r"local\s+media|broadcaster\s+\w+|him|her|them|us|me)\b"
)
# A full stop that ends an abbreviation inside a name: "U.S. Gen. Mark Milley".
_ABBREVIATIONS = ("[A-Z]", *NAME_ABBREVIATIONS)
_ABBREVIATION_DOT = "(?:" + "|".join(rf"(?<=\b{a})" for a in _ABBREVIATIONS) + r")\.(?=\s?[A-Z])"
_FULL_STOP = "".join(rf"(?<!\b{a})" for a in _ABBREVIATIONS) + r"\.(?:\s|$)"
NOUNISH = frozenset(
    "states reports claims estimates notes forecasts projects cites findings statement".split()
)
_NOUN_USE = re.compile(
    r"\s+(?:is|are|was|were|have|has|had|will|would|could|can|may|might|say|said|says|suggest|"
    r"suggested|show|showed|indicate|indicated|of|by|from|about|that\s+(?:were|are|was|is))\b"
)
_REPORTED_BY = re.compile(
    r"\b(?:as\s+)?(?:first\s+|previously\s+|initially\s+)?reported\s+by\s+"
    r"(?P<who>(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+(?:of\s+|the\s+)*[A-Z][\w.&'’-]*)*)"
)
NOUN_CUES = NOUNISH | frozenset("forecast estimate report claim note".split())
_SCORED = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their|its|another|one|two|three)\s+)?(?:first|second|third|"
    r"fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d+\w*|goals?|points?|runs?|tries|"
    r"try|baskets?|touchdowns?|penalt(?:y|ies)|header|brace|equali[sz]er|winner|assists?|"
    r"wickets?|rebounds?|birdies?|laps?)\b",
    re.IGNORECASE,
)
_PUBLISHED_BY = re.compile(
    r"\s+(?:published|released|issued|compiled|conducted|carried\s+out|produced|commissioned|"
    r"prepared|posted)\s+(?:by|in|on)\s+(?P<who>(?:the\s+)?[A-Z][\w.&'’-]*"
    r"(?:\s+(?:of\s+|for\s+|and\s+|the\s+)*[A-Z][\w.&'’-]*)*)"
)
_INVERTED_WORD = re.compile(r"\s+([\w][\w.'’-]*)")
_INVERTED_STOP = frozenset(
    "in on at during after when while as who which to told adding according citing that "
    "and but because before since with without from by".split()
)


@dataclass(frozen=True, slots=True)
class Attribution:
    """A source phrase found in a sentence, before its name is resolved."""

    start: int
    end: int
    cue: str
    subject: str  # the phrase naming the source, as written
    weak: bool = False  # a speech verb with an object only: good for a quote's speaker
    description: str = ""  # an apposition: "a U.S.-based think tank"


def find_attributions(text: str, start: int, end: int) -> list[Attribution]:
    """Attributions in the sentence ``text[start:end]``."""
    cues = list(CUE.finditer(text, start, end))
    if not cues:
        return []  # "reported by" is a cue too: nothing to find
    # Subjects are read backwards from a cue: no token after the last cue is needed.
    last = cues[-1].end()
    tokens = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text, start, last)]
    found: list[Attribution] = []
    for m in _REPORTED_BY.finditer(text, start, end):
        who = re.split(r"\.\s", m.group("who"))[0].rstrip(".")
        found.append(Attribution(m.start(), m.start("who") + len(who), "reported", who))
    for m in cues:
        attribution = _attribution(text, tokens, m, start, end)
        if attribution is not None and not any(
            attribution.start < f.end and f.start < attribution.end for f in found
        ):
            found.append(attribution)
    found.sort(key=lambda a: a.start)
    return found


def _attribution(
    text: str, tokens: list[tuple[int, int, str]], m: re.Match[str], start: int, end: int
) -> Attribution | None:
    cue = " ".join(m.group().lower().split())
    if cue == "according to":
        return _according_to(text, m, end)
    if _not_a_report(text, m, cue, start, end):
        return None
    index = next((i for i, t in enumerate(tokens) if t[0] == m.start()), None)
    if index is None:
        return None
    after_quote = _after_quote(tokens, index)
    subject = subject_before(tokens, index)
    if subject is None and cue in INVERTIBLE and (after_quote or _after_comma(tokens, index)):
        return _inverted(text, m, cue, end)
    if subject is None:
        return None
    s_start, s_text, description = subject
    if not _usable_subject(s_text, cue) or _free_relative(tokens, s_start):
        return None
    if cue in NOUN_CUES and _noun_not_verb(tokens, s_start, s_text):
        return None  # "in wildfire-prone states", "its annual forecast"
    if s_text.split()[-1].lower() in ("a", "an", "the"):
        return None  # "short of a forecast"
    if cue == "states" and not after_quote and not _CLAUSE_AFTER.match(text, m.end(), end):
        return None  # "insurers left coastal states after the storms"
    if cue.startswith("add") and _SCORED.match(text, m.end(), end):
        return None  # "Okafor added the second": scored, not said
    if cue in QUOTE_ONLY and not (after_quote or _quote_follows(text, m.end(), end)):
        return None
    needs_clause = cue in NEEDS_CLAUSE or (cue in NOUNISH and cue != "states")
    weak = needs_clause and not after_quote and not _clause_follows(text, m.end(), end)
    a_end = m.end()
    if cue.startswith(("told", "tell")):
        recipient = _RECIPIENT.match(text, m.end(), end)
        if recipient:
            a_end = recipient.end()
    return Attribution(s_start, a_end, cue, s_text, weak, description)


def _noun_not_verb(tokens: list[tuple[int, int, str]], s_start: int, subject: str) -> bool:
    """A cue that is also a noun is a noun after a possessive ("its forecast"), after a
    number ("11 Western states") or inside a prepositional phrase ("in coastal states")."""
    words = subject.split()
    if words[0].lower() in POSSESSIVES or any(w[:1].isdigit() for w in words):
        return True
    before = [t for t in tokens if t[1] <= s_start]
    return bool(before) and before[-1][2].lower() in PREPOSITIONS


def _not_a_report(text: str, m: re.Match[str], cue: str, start: int, end: int) -> bool:
    """Passives, participles, nouns and orders that look like cues."""
    if _passive_or_adjective(text, m, start):
        return True  # "is said to be", "an estimated 700,000"
    rest = text[m.end() : end]
    if re.match(r"\s+to\s+(?:have|be)\b|\s+by\b", rest):
        return True  # "claimed to have annexed", "announced by Putin"
    if cue in NOUNISH and _NOUN_USE.match(rest):
        return True  # "member states said", "media reports suggest"
    return (
        cue.startswith("told")
        and re.match(r"\s+(?:\w+\s+){1,3}?to\s+[a-z]+", rest) is not None
        and not re.match(r"\s+\w+\s+(?:that|in|on|at)\b", rest)
    )  # "told his generals to prepare": an order


def _usable_subject(subject: str, cue: str) -> bool:
    words = subject.split()
    if subject.lower() in ("i", "we", "you", "which", "who", "that", "this", "what"):
        return False
    if all(w.lower() in DETERMINERS for w in words):
        return False  # "the claims"
    if words[-1].endswith(("'s", "’s")) and not set(map(str.lower, words)) & CONNECTORS:
        return False  # "Russia's claims": a noun
    return cue not in BASE_FORMS or _plural_subject(subject)


def _free_relative(tokens: list[tuple[int, int, str]], s_start: int) -> bool:
    """ "What he said was unclear": no attribution."""
    before = [t for t in tokens if t[1] <= s_start]
    return bool(before) and before[-1][2].lower() in ("what", "whatever", "how", "everything")


def _plural_subject(subject: str) -> bool:
    """ "Analysts at Moody's estimate that": a base-form cue needs a plural subject."""
    words = subject.split()
    head = next((w for w in words if w.lower() in ("of", "at", "in", "from", "for")), None)
    head_word = words[words.index(head) - 1] if head and words.index(head) > 0 else words[-1]
    lowered = head_word.lower()
    return lowered in ("they", "we", "i", "you", "people", "police") or (
        lowered.endswith("s") and not lowered.endswith(("ss", "'s", "’s"))
    )


def _according_to(text: str, m: re.Match[str], end: int) -> Attribution | None:
    phrase = re.match(
        r"\s+((?:[^,;:.!?\"“”—()]|\([A-Z][A-Za-z]{1,7}\)|" + _ABBREVIATION_DOT + r")+?)"
        r"(?=\s*(?:[,;:!?\"“”—]|\((?![A-Z][A-Za-z]{1,7}\))|"
        + _FULL_STOP
        + r"|$)|\s+(?:that|which|who|on|in|as|after|because|"
        r"published|released|issued|seen|obtained|cited|quoted)\b)",
        text[m.end() : end],
    )
    if not phrase:
        return None
    subject = phrase.group(1).strip()
    if not subject:
        return None
    span_end = m.end() + phrase.end(1)
    publisher = _PUBLISHED_BY.match(text, span_end, end)
    if publisher and not _names_publisher(publisher, subject):
        publisher = None
    if publisher:
        subject = re.split(r"\.\s", publisher.group("who"))[0].rstrip(".")
        span_end = publisher.start("who") + len(subject)
    return Attribution(m.start(), span_end, "according to", subject)


def _names_publisher(publisher: re.Match[str], subject: str) -> bool:
    """ "published by X" names X; "published in X" / "on Wednesday" only a place or a day,
    kept only when the subject names no one ("a study published in The Lancet")."""
    if re.search(r"\sby\s", publisher.group()):
        return True
    who = publisher.group("who").split()
    if who[0].lower() == "the" and len(who) > 1:
        who = who[1:]
    if who[0].lower() in STOP_BACK:
        return False  # "on Wednesday", "in January"
    return not any(w[:1].isupper() for w in subject.split())


def _passive_or_adjective(text: str, m: re.Match[str], start: int) -> bool:
    before = text[max(start, m.start() - 24) : m.start()].lower()
    return bool(
        re.search(r"\b(?:is|are|was|were|be|been|being|an|the|it's|it is|widely|commonly)\s+"
                  r"(?:\w+ly\s+)?$", before)
    )  # fmt: skip


def _after_quote(tokens: list[tuple[int, int, str]], index: int) -> bool:
    """The cue follows a closing quote: '"...," the ISW report states'."""
    j = index - 1
    steps = 0
    while j >= 0 and steps < 8:
        tok = tokens[j][2]
        if tok in ('"', "”", "’", "'"):
            return True
        if tok in (".", ";", ":", "(", ")"):
            return False
        j -= 1
        steps += 1
    return False


def _after_comma(tokens: list[tuple[int, int, str]], index: int) -> bool:
    return index > 0 and tokens[index - 1][2] in (",", "—", "–")


def _quote_follows(text: str, pos: int, end: int) -> bool:
    return bool(re.match(r"\s*[:,]?\s*[\"“]", text[pos:end]))


def _clause_follows(text: str, pos: int, end: int) -> bool:
    adverbial = _ADVERBIAL_AFTER.match(text, pos, end)
    if adverbial:
        pos = adverbial.end()
    if _CLAUSE_AFTER.match(text, pos, end):
        return True
    stretch = re.match(r"[^,;:.\"“”]{0,70}", text[pos:end]).group()
    return bool(_FINITE.search(stretch))


def _inverted(text: str, m: re.Match[str], cue: str, end: int) -> Attribution | None:
    """'"...," said Peskov' / '..., said the central bank in a statement'."""
    pos, words, last = m.end(), [], m.end()
    while len(words) < 10:
        w = _INVERTED_WORD.match(text, pos, end)
        if not w:
            break
        word = (
            w.group(1).rstrip(".") if not re.fullmatch(r"(?:[A-Z]\.)+", w.group(1)) else w.group(1)
        )
        lowered = word.lower()
        if lowered in _INVERTED_STOP or (
            lowered in ("of", "for") and not _capital_next(text, w.end(), end)
        ):
            break
        words.append(word)
        last = w.start(1) + len(word)
        pos = w.end()
        if text[pos : pos + 1] in (",", ";", ":", "."):
            break
    if not words:
        return None
    first = words[0]
    if not (first[0].isupper() or first.lower() in ("the", "a", "an", "he", "she", "it")):
        return None
    return Attribution(m.start(), last, cue, " ".join(words))


def _capital_next(text: str, pos: int, end: int) -> bool:
    return bool(re.match(r"\s+(?:the\s+)?[A-Z]", text[pos:end]))
