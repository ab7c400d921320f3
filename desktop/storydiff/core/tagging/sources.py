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

import bisect
import re
from dataclasses import dataclass

from storydiff.core.patterns import compile_pattern
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

_CLAUSE_AFTER = compile_pattern(
    r"\s*(?:$|[,.;:!?\"“”'‘’—–(]|that\b|how\b|why\b|whether\b|if\b|what\b|when\b|of\b|to\s+"
    r"(?:have|be)\b)",
    re.IGNORECASE,
)
_FINITE = compile_pattern(
    r"\b(?:would|will|could|can|may|might|should|must|is|are|was|were|had|has|have|did|does"
    r"|do|\w+ed|fell|rose|grew|hit|lost|won|made|took|came|went|gave|got|left|saw|cut|spent"
    r"|paid|kept|held|met|led|ran|sold|told|said|began|became|stood|fought|bought|drew|sank"
    r"|shrank|slid|struck|fled|broke|stole|chose|wrote|spoke|caught|brought|thought|felt)\b"
)
_ADVERBIAL_AFTER = compile_pattern(
    r"(?:\s+(?:on|in|at|late|early|last|this|earlier|later)?\s*"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|"
    r"morning|evening|afternoon|today|yesterday|a\s+statement|an\s+interview|a\s+post|"
    r"a\s+briefing|a\s+report|a\s+tweet|a\s+speech|Twitter|X|Telegram|Facebook|Instagram|"
    r"social\s+media|(?:its|his|her|their)\s+website|a\s+letter(?:\s+to\s+[A-Z][\w.]*"
    r"(?:\s+[A-Z][\w.]*)*)?)\b|\s+(?:also|earlier|later|previously|"
    r"separately|publicly|recently|repeatedly|again)\b)+"
)
_RECIPIENT = compile_pattern(
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
_NOUN_USE = compile_pattern(
    r"\s+(?:is|are|was|were|have|has|had|will|would|could|can|may|might|say|said|says|suggest|"
    r"suggested|show|showed|indicate|indicated|of|by|from|about|that\s+(?:were|are|was|is)|"
    r"[a-z]+ed)\b"  # "later Iranian reports offered a far milder picture"
)
_REPORTED_BY = compile_pattern(
    r"\b(?:as\s+)?(?:first\s+|previously\s+|initially\s+)?reported\s+by\s+"
    r"(?P<who>(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+(?:of\s+|the\s+)*[A-Z][\w.&'’-]*)*)"
)
NOUN_CUES = NOUNISH | frozenset("forecast estimate report claim note".split())
_SCORED = compile_pattern(
    r"\s+(?:(?:the|a|an|his|her|their|its|another|one|two|three)\s+)?(?:first|second|third|"
    r"fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d+\w*|goals?|points?|runs?|tries|"
    r"try|baskets?|touchdowns?|penalt(?:y|ies)|header|brace|equali[sz]er|winner|assists?|"
    r"wickets?|rebounds?|birdies?|laps?)\b",
    re.IGNORECASE,
)
_PUBLISHED_BY = compile_pattern(
    r"\s+(?:published|released|issued|compiled|conducted|carried\s+out|produced|commissioned|"
    r"prepared|posted)(?:\s+(?:on|in)\s+[A-Z]\w+|\s+(?:today|yesterday|this\s+week|last\s+"
    r"(?:week|month))|\s+\([^)]{1,40}\))*\s+(?:by|in|on)\s+(?P<who>(?:the\s+)?[A-Z][\w.&'’-]*"
    r"(?:\s+(?:of\s+|for\s+|and\s+|the\s+)*[A-Z][\w.&'’-]*)*"
    r"|the\s+(?:[a-z]+\s+){0,3}(?:office|agency|ministry|bureau|department|institute|bank|"
    r"authority|service|commission|council|government|company|board)\b)"
)
# "it is stated in a report published by X", "it was said in a statement issued by X".
_STATED_IN = compile_pattern(
    r"\s+in\s+(?:a|an|the|its|their)\s+(?:[a-z-]+\s+){0,3}?[a-z]+\s+(?:published|released|"
    r"issued|prepared|compiled)\s+by\s+(?P<who>(?:the\s+)?[A-Z][\w.&'’-]*"
    r"(?:\s+(?:of\s+|for\s+|and\s+|the\s+)*[A-Z][\w.&'’-]*)*)"
)
_NAMED_AFTER = compile_pattern(r",\s+(?P<name>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4}),")
_PASSIVE_BEFORE = compile_pattern(
    r"\b(?:is|are|was|were|be|been|being|an|the|it's|it is|widely|commonly)\s+(?:\w+ly\s+)?$"
)
_TO_HAVE_OR_BY = compile_pattern(r"\s+to\s+(?:have|be)\b|\s+by\b")
_ORDER = compile_pattern(r"\s+(?:\w+\s+){1,3}?to\s+[a-z]+")
_NOT_ORDER = compile_pattern(r"\s+\w+\s+(?:that|in|on|at)\b")
_CLAUSE_START = compile_pattern(r"\s+(?:the|it|they|he|she|this|there|its|their|a|an)\s")
_IT_IS_BEFORE = compile_pattern(r"\b[Ii]t\s+(?:is|was|has\s+been)\s+$")
_INVERTED_WORD = compile_pattern(r"\s+([\w][\w.'’-]*)")
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

    def moved(self, by: int) -> Attribution:
        """This attribution with its offsets moved by ``by`` characters."""
        return Attribution(self.start + by, self.end + by, self.cue, self.subject, self.weak,
                           self.description)  # fmt: skip


def find_attributions(text: str, start: int, end: int) -> list[Attribution]:
    """Attributions in the sentence ``text[start:end]``."""
    cues = list(CUE.finditer(text, start, end))
    if not cues:
        return []  # "reported by" is a cue too: nothing to find
    # Subjects are read backwards from a cue: no token after the last cue is needed.
    last = cues[-1].end()
    tokens = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text, start, last)]
    found: list[Attribution] = []
    reported = _REPORTED_BY.finditer(text, start, end) if text.find(
        "reported", start, end) >= 0 else ()  # fmt: skip
    for m in reported:
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


@dataclass(frozen=True, slots=True)
class _Cue:
    """A cue found in a sentence, with what the rules read around it."""

    text: str
    tokens: list[tuple[int, int, str]]
    match: re.Match[str]
    start: int
    end: int
    cue: str  # lower case, spaces normalised
    index: int | None  # the cue's token
    subject: tuple[int, str, str] | None  # (start, phrase, apposition) read backwards

    @property
    def after_quote(self) -> bool:
        return self.index is not None and _after_quote(self.tokens, self.index)


@dataclass(frozen=True, slots=True)
class Decision:
    """Which rule decided about a cue, and the attribution it gave (``None``: no source)."""

    rule: str
    attribution: Attribution | None


def _attribution(
    text: str, tokens: list[tuple[int, int, str]], m: re.Match[str], start: int, end: int
) -> Attribution | None:
    return decide(text, tokens, m, start, end).attribution


def decide(
    text: str, tokens: list[tuple[int, int, str]], m: re.Match[str], start: int, end: int
) -> Decision:
    """Try the rules in order on the cue ``m``; the first that decides names itself."""
    cue = " ".join(m.group().lower().split())
    index = _token_index(tokens, m.start())
    c = _Cue(text, tokens, m, start, end, cue, index, None)
    for rule in RULES:
        if rule is _inverted_after_quote and index is not None:  # the rules after read the subject
            c = _Cue(text, tokens, m, start, end, cue, index, subject_before(tokens, index))
        decided = rule(c)
        if decided is not None:
            return Decision(rule.__name__.lstrip("_"), decided or None)
    return Decision("accepted", _accepted(c))


# Each rule returns None (not mine), False (no attribution) or an Attribution.
Verdict = Attribution | bool | None


def _according_to(c: _Cue) -> Verdict:
    """ "according to X": the author of what is cited."""
    if c.cue != "according to":
        return None
    return _according(c.text, c.match, c.end) or False


def _stated_in_report(c: _Cue) -> Verdict:
    """ "it is stated in a report published by X": the publisher is the source."""
    m = _STATED_IN.match(c.text, c.match.end(), c.end)
    if not m or not _IT_IS_BEFORE.search(
        c.text, max(c.start, c.match.start() - 12), c.match.start()
    ):
        return None
    who = m.group("who").rstrip(".")
    return Attribution(c.match.start(), m.start("who") + len(who), c.cue, who)


def _passive(c: _Cue) -> Verdict:
    """ "is said to be", "an estimated 700,000": a passive or an adjective."""
    return False if _passive_or_adjective(c.text, c.match, c.start) else None


def _to_have_or_by(c: _Cue) -> Verdict:
    """ "claimed to have annexed", "announced by Putin"."""
    return False if _TO_HAVE_OR_BY.match(c.text, c.match.end(), c.end) else None


def _noun_use(c: _Cue) -> Verdict:
    """ "member states said", "media reports suggest": the cue is a noun."""
    return False if c.cue in NOUNISH and _NOUN_USE.match(c.text, c.match.end(), c.end) else None


def _order(c: _Cue) -> Verdict:
    """ "told his generals to prepare": an order, not a report."""
    pos = c.match.end()
    ordered = (
        c.cue.startswith("told")
        and _ORDER.match(c.text, pos, c.end) is not None
        and not _NOT_ORDER.match(c.text, pos, c.end)
    )
    return False if ordered else None


def _no_token(c: _Cue) -> Verdict:
    return False if c.index is None else None


def _inverted_after_quote(c: _Cue) -> Verdict:
    """'"...," said Peskov' / '..., said the central bank': the speaker after the cue."""
    if c.subject is not None or c.cue not in INVERTIBLE or c.index is None:
        return None
    if not (c.after_quote or _after_comma(c.tokens, c.index)):
        return None
    return _inverted(c.text, c.match, c.cue, c.end) or False


def _no_subject(c: _Cue) -> Verdict:
    return False if c.subject is None else None


def _unusable_subject(c: _Cue) -> Verdict:
    """ "I said", "the claims", "Russia's claims", "What he said"."""
    s_start, s_text, _ = c.subject
    if not _usable_subject(s_text, c.cue) or _free_relative(c.tokens, s_start):
        return False
    return None


def _number_subject(c: _Cue) -> Verdict:
    """ "Of the 64 reported dead": a number is no one who speaks; the cue describes it."""
    words = [w for w in c.subject[1].split() if w.lower() not in ("the", "some", "all")]
    return False if words and all(w.replace(",", "").isdigit() for w in words) else None


def _noun_cue(c: _Cue) -> Verdict:
    """ "in flood-prone states", "its annual forecast": a cue that is a noun here."""
    s_start, s_text, _ = c.subject
    return False if c.cue in NOUN_CUES and _noun_not_verb(c.tokens, s_start, s_text) else None


def _article_before(c: _Cue) -> Verdict:
    """ "short of a forecast"."""
    return False if c.subject[1].split()[-1].lower() in ("a", "an", "the") else None


def _states_as_noun(c: _Cue) -> Verdict:
    """ "insurers left coastal states after the storms"."""
    if c.cue == "states" and not c.after_quote:
        return False if not _CLAUSE_AFTER.match(c.text, c.match.end(), c.end) else None
    return None


def _scored(c: _Cue) -> Verdict:
    """ "Okafor added the second": scored, not said."""
    if c.cue.startswith("add") and _SCORED.match(c.text, c.match.end(), c.end):
        return False
    return None


def _quote_only(c: _Cue) -> Verdict:
    """ "it continues" attributes only next to a quote."""
    if c.cue in QUOTE_ONLY and not (c.after_quote or _quote_follows(c.text, c.match.end(), c.end)):
        return False
    return None


RULES = (
    _according_to,
    _stated_in_report,
    _passive,
    _to_have_or_by,
    _noun_use,
    _order,
    _no_token,
    _inverted_after_quote,
    _no_subject,
    _unusable_subject,
    _number_subject,
    _noun_cue,
    _article_before,
    _states_as_noun,
    _scored,
    _quote_only,
)


def _accepted(c: _Cue) -> Attribution:
    """The subject and the cue, with whom someone told; weak without a clause or quote."""
    s_start, s_text, description = c.subject
    needs_clause = c.cue in NEEDS_CLAUSE or (c.cue in NOUNISH and c.cue != "states")
    clause = _clause_follows(c.text, c.match.end(), c.end) or (
        c.cue in BASE_FORMS and _CLAUSE_START.match(c.text, c.match.end(), c.end) is not None
    )  # "Scientists believe the virus spread from bats"
    weak = needs_clause and not c.after_quote and not clause
    a_end = c.match.end()
    if c.cue.startswith(("told", "tell")):
        recipient = _RECIPIENT.match(c.text, c.match.end(), c.end)
        if recipient:
            a_end = recipient.end()
    return Attribution(s_start, a_end, c.cue, s_text, weak, description)


def _token_index(tokens: list[tuple[int, int, str]], pos: int) -> int | None:
    i = bisect.bisect_left(tokens, (pos,))
    return i if i < len(tokens) and tokens[i][0] == pos else None


def _noun_not_verb(tokens: list[tuple[int, int, str]], s_start: int, subject: str) -> bool:
    """A cue that is also a noun is a noun after a possessive ("its forecast"), after a
    number ("9 Western states") or inside a prepositional phrase ("in coastal states")."""
    words = subject.split()
    if words[0].lower() in POSSESSIVES or any(w[:1].isdigit() for w in words):
        return True
    before = [t for t in tokens if t[1] <= s_start]
    return bool(before) and before[-1][2].lower() in PREPOSITIONS


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
    return lowered in ("they", "we", "i", "you", "people", "police", "media") or (
        lowered.endswith("s") and not lowered.endswith(("ss", "'s", "’s"))
    )


def _according(text: str, m: re.Match[str], end: int) -> Attribution | None:
    phrase = re.match(
        r"\s+((?:[^,;:.!?\"“”—()]|\([A-Z][A-Za-z]{1,7}\)|" + _ABBREVIATION_DOT + r")+?)"
        r"(?=\s*(?:[,;:!?\"“”—]|\((?![A-Z][A-Za-z]{1,7}\))|"
        + _FULL_STOP
        + r"|$)|\s+(?:that|which|who|on|in|as|after|because|"
        r"published|released|issued|seen|obtained|cited|quoted)\b|\s+(?=\d))",
        text[m.end() : end],
    )
    if not phrase:
        return None
    subject = phrase.group(1).strip()
    if not subject:
        return None
    span_end = m.end() + phrase.end(1)
    named = _NAMED_AFTER.match(text, span_end, end) if subject[:1].islower() else None
    if named:  # "according to the state-run news agency, Xinhua, which cited ..."
        subject, span_end = named.group("name"), named.end("name")
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
    return _PASSIVE_BEFORE.search(before) is not None


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
    if first.lower() in STOP_BACK:
        return None  # "..., said Thursday that": a day, not a speaker
    return Attribution(m.start(), last, cue, " ".join(words))


def _capital_next(text: str, pos: int, end: int) -> bool:
    return bool(re.match(r"\s+(?:the\s+)?[A-Z]", text[pos:end]))
