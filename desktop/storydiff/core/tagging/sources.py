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
    BOUNDARY,
    CONNECTORS,
    CUE,
    DETERMINERS,
    INVERTIBLE,
    NEEDS_CLAUSE,
    QUOTE_ONLY,
    ROLE_NOUNS,
    SKIP_BEFORE_CUE,
    STOP_BACK,
    TOKEN,
)

_CLAUSE_AFTER = re.compile(
    r"\s*(?:$|[,.;:!?\"“”'‘’—–(]|that\b|how\b|why\b|whether\b|if\b|what\b|when\b|of\b|to\s+"
    r"(?:have|be)\b)",
    re.IGNORECASE,
)
_FINITE = re.compile(
    r"\b(?:would|will|could|can|may|might|should|must|is|are|was|were|had|has|have|did|does"
    r"|do|\w+ed)\b"
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
_ABBREVIATIONS = ("[A-Z]", "Gen", "Dr", "Sen", "Rep", "Gov", "Col", "Lt", "Mr", "Mrs", "Ms",
                  "Prof", "St", "Adm")  # fmt: skip
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
    tokens = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text, start, end)]
    found: list[Attribution] = []
    for m in _REPORTED_BY.finditer(text, start, end):
        who = re.split(r"\.\s", m.group("who"))[0].rstrip(".")
        found.append(Attribution(m.start(), m.start("who") + len(who), "reported", who))
    for m in CUE.finditer(text, start, end):
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
    subject = _subject_before(tokens, index)
    if subject is None and cue in INVERTIBLE and (after_quote or _after_comma(tokens, index)):
        return _inverted(text, m, cue, end)
    if subject is None:
        return None
    s_start, s_text, description = subject
    if not _usable_subject(s_text, cue) or _free_relative(tokens, s_start):
        return None
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
    if publisher:
        subject = re.split(r"\.\s", publisher.group("who"))[0].rstrip(".")
        span_end = publisher.start("who") + len(subject)
    return Attribution(m.start(), span_end, "according to", subject)


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


def _subject_before(tokens: list[tuple[int, int, str]], index: int) -> tuple[int, str, str] | None:
    """The noun phrase before the cue, read backwards: ``(start, phrase, apposition)``."""
    j = index - 1
    while j >= 0 and _skippable(tokens[j][2]):
        j -= 1
    if j < 0:
        return None
    if tokens[j][2] == ",":
        return _apposition(tokens, j)
    first = _walk_back(tokens, j)
    if first is None or first > j:
        return None
    return tokens[first][0], _join(tokens, first, j), ""


def _skippable(token: str) -> bool:
    lowered = token.lower()
    return lowered in SKIP_BEFORE_CUE or (
        lowered.endswith("ly") and token.islower() and len(token) > 4 and lowered != "only"
    )


def _walk_back(tokens: list[tuple[int, int, str]], j: int) -> int | None:
    """Index of the first token of the noun phrase ending at token ``j``."""
    last = j
    k = j
    count = 0
    while k >= 0 and count < 16:
        tok = tokens[k][2]
        lowered = tok.lower()
        if tok.startswith("(") and len(tok) > 2:
            k -= 1
            continue
        if not (tok[0].isalnum()):
            break
        if (lowered in BOUNDARY or lowered in STOP_BACK) and not tok.isupper():
            break
        if lowered in DETERMINERS:
            if (
                k > 0
                and tokens[k - 1][2].lower() in CONNECTORS
                and k > 1
                and tokens[k - 2][2][0].isalnum()
            ):
                k -= 2
                count += 2
                continue
            return k
        if (lowered in CONNECTORS or lowered in ("and", "&")) and not _bridge(tokens, k):
            break
        k -= 1
        count += 1
    first = k + 1
    while first <= last and tokens[first][2].lower() in CONNECTORS | {"and", "&"}:
        first += 1
    return first if first <= last else None


def _bridge(tokens: list[tuple[int, int, str]], k: int) -> bool:
    """A connector inside a name: "Institute *for* the Study", "Ukrainian *and* Western"."""
    if k == 0 or not tokens[k - 1][2][0].isalnum() or tokens[k - 1][2].lower() in BOUNDARY:
        return False
    nxt = tokens[k + 1][2] if k + 1 < len(tokens) else ""
    prev = tokens[k - 1][2]
    if tokens[k][2].lower() in ("and", "&"):
        if nxt[:1].isupper() and prev[:1].isupper():
            return True  # "Ukrainian and Western intelligence"
        lower_prev = prev.islower() or k == 1
        return lower_prev and nxt.islower() and prev.endswith("s") and nxt.endswith("s")
    if prev.lower() in ROLE_NOUNS and tokens[k][2].lower() in ("in", "at", "from", "of"):
        return True  # "rescue workers in rebel-held areas", "officials at the ministry"
    if nxt.lower() in DETERMINERS and k + 2 < len(tokens):
        nxt = tokens[k + 2][2]
    return nxt[:1].isupper()


def _apposition(tokens: list[tuple[int, int, str]], comma: int) -> tuple[int, str, str] | None:
    """ "Alexander Lanoszka, assistant professor ..., told": the name before the apposition."""
    k = comma - 1
    while k >= 0 and tokens[k][2] not in (",", '"', "“", "”", ";", ":", "(", ")"):
        k -= 1
    if k < 1 or tokens[k][2] != "," or comma - k < 2:
        return None
    opening = tokens[k + 1][2]
    if opening[0].isupper() and opening.lower() not in ("a", "an", "the"):
        return _named_apposition(tokens, k, comma)
    name_end = k - 1
    first = _walk_back(tokens, name_end)
    description = _join(tokens, k + 1, comma - 1)
    if first is None:
        return None
    head = tokens[first][2]
    if not (head[:1].isupper() or head.lower() in DETERMINERS or head.lower() == "one"):
        return None
    return tokens[first][0], _join(tokens, first, name_end), description


def _named_apposition(
    tokens: list[tuple[int, int, str]], first_comma: int, comma: int
) -> tuple[int, str, str] | None:
    """ "Ukraine's military intelligence chief, Kyrylo Budanov, said": the name between the
    commas, after a role ending in a lower-case noun."""
    name = [t[2] for t in tokens[first_comma + 1 : comma]]
    if not 2 <= len(name) <= 4 or not all(w[:1].isupper() for w in name):
        return None
    role = tokens[first_comma - 1][2]
    if not role.islower() or role in BOUNDARY:
        return None
    start = _walk_back(tokens, first_comma - 1)
    if start is None:
        return None
    return tokens[start][0], " ".join(name), ""


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


def _join(tokens: list[tuple[int, int, str]], first: int, last: int) -> str:
    text = ""
    prev_end = None
    for s, e, tok in tokens[first : last + 1]:
        if prev_end is not None and s > prev_end:
            text += " "
        text += tok
        prev_end = e
    return text
