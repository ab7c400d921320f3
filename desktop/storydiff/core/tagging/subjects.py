"""The subject of a cue, read backwards from it over the sentence's tokens.

"Kremlin spokesman Dmitry Peskov announced", "the Institute *for* the Study of War said",
"Alexander Lanoszka, assistant professor ..., told", "Ukraine's intelligence chief, Kyrylo
Budanov, said", "Residents, who complained", "Sen. Ana Lima, D-Ohio, the top Democrat ...,
warned".
"""

from __future__ import annotations

from storydiff.core.patterns import compile_pattern
from storydiff.core.tagging.cues import (
    BOUNDARY,
    CONNECTORS,
    DETERMINERS,
    ROLE_NOUNS,
    SKIP_BEFORE_CUE,
    STOP_BACK,
)

Token = tuple[int, int, str]
_PERSONAL_PRONOUNS = frozenset("it he she they we".split())
_CLAUSE_VERBS = frozenset("met saw hit told faces face meets sees hits backs back".split())
_PARTY_TAG = compile_pattern(r"[DRI]-[A-Z][A-Za-z]*")


def subject_before(tokens: list[tuple[int, int, str]], index: int) -> tuple[int, str, str] | None:
    """The noun phrase before the cue, read backwards: ``(start, phrase, apposition)``."""
    j = index - 1
    while j >= 0:
        if _so_far(tokens, j):
            j -= 2
        elif _skippable(tokens[j][2]):
            j -= 1
        else:
            break
    if j < 0:
        return None
    if tokens[j][2].lower() in _PERSONAL_PRONOUNS:
        return tokens[j][0], tokens[j][2], ""  # "the 1.1 point hit it estimated": only "it"
    if tokens[j][2].lower() in ("who", "which") and j > 1 and tokens[j - 1][2] == ",":
        return _relative_subject(tokens, j - 1)
    if tokens[j][2] == ",":
        return _apposition(tokens, j)
    first = _walk_back(tokens, j)
    if first is None or first > j:
        return None
    return tokens[first][0], join_tokens(tokens, first, j), ""


def _relative_subject(
    tokens: list[tuple[int, int, str]], comma: int
) -> tuple[int, str, str] | None:
    """ "Residents, who complained": the noun phrase before the relative pronoun."""
    first = _walk_back(tokens, comma - 1)
    if first is None or first > comma - 1:
        return None
    for i in range(comma - 2, first - 1, -1):
        word = tokens[i][2]
        if word.islower() and (word.endswith("ed") or word in _CLAUSE_VERBS):
            first = i + 1  # "The plan angered unions, who": only "unions"
            break
    return tokens[first][0], join_tokens(tokens, first, comma - 1), ""


def _skippable(token: str) -> bool:
    lowered = token.lower()
    return lowered in SKIP_BEFORE_CUE or (
        lowered.endswith("ly") and token.islower() and len(token) > 4 and lowered != "only"
    )


def _so_far(tokens: list[tuple[int, int, str]], j: int) -> bool:
    """ "Officials have so far counted": "so far" and "thus far" are said of the time."""
    return j > 0 and tokens[j][2].lower() == "far" and tokens[j - 1][2].lower() in ("so", "thus")


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
        if tok == "&" and k > 0 and tokens[k - 1][2][:1].isupper():
            k -= 1  # "Bell & Hale"
            count += 1
            continue
        if tok == "-" and 0 < k < j and tokens[k - 1][2][:1].isdigit():
            k -= 2  # "the 52-year-old baker said": the number belongs to the phrase
            count += 2
            continue
        if not (tok[0].isalnum()):
            break
        stop = (lowered in BOUNDARY or lowered in STOP_BACK) and not tok.isupper()
        if stop and not (k == j and _surname(tokens, k)):
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


def _surname(tokens: list[tuple[int, int, str]], k: int) -> bool:
    """ "Yasamie August told": a month or weekday after a first name is a surname."""
    prev = tokens[k - 1][2] if k > 0 else ""
    return (
        tokens[k][2][:1].isupper()
        and prev[:1].isupper()
        and prev[1:].islower()
        and prev.lower() not in STOP_BACK | BOUNDARY | DETERMINERS
    )


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
    if comma - k == 2 and opening[:1].isupper() and k > 0 and tokens[k - 1][2][:1].isupper():
        place = _walk_back(tokens, k - 1)  # "Authorities in Kansas City, Missouri, said"
        if place is not None and place < k - 1:
            return tokens[place][0], join_tokens(tokens, place, k - 1), ""
    if opening[0].isupper() and opening.lower() not in ("a", "an", "the"):
        return _named_apposition(tokens, k, comma)
    name_end = _skip_tags(tokens, k - 1)
    first = _walk_back(tokens, name_end)
    description = join_tokens(tokens, k + 1, comma - 1)
    if first is None:
        return None
    head = tokens[first][2]
    if not (head[:1].isupper() or head.lower() in DETERMINERS or head.lower() == "one"):
        return None
    return tokens[first][0], join_tokens(tokens, first, name_end), description


def _skip_tags(tokens: list[tuple[int, int, str]], j: int) -> int:
    """Step back over a party tag or an age between commas: "Sen. Ann Roe, D-Ohio, said",
    "Mia Chen, 41, a nurse, said"."""
    i = j - 1 if tokens[j][2] == "." and j > 0 else j
    tag = tokens[i][2]
    if (_PARTY_TAG.fullmatch(tag) or tag.isdigit()) and i > 1 and tokens[i - 1][2] == ",":
        return i - 2
    return j


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


def join_tokens(tokens: list[tuple[int, int, str]], first: int, last: int) -> str:
    text = ""
    prev_end = None
    for s, e, tok in tokens[first : last + 1]:
        if prev_end is not None and s > prev_end:
            text += " "
        text += tok
        prev_end = e
    return text
