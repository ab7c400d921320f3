"""Small named rules that decide the edit class of one changed row, tried in order.

Each rule looks at a :class:`RowView` and returns a class or ``None`` (not mine);
:data:`RULES` lists them in the order they are tried, so a result can say which
rule decided. The last rule always answers.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Callable
from typing import Literal

from storydiff.core.diff import EQUAL
from storydiff.core.edits.row_view import Change, RowView
from storydiff.core.patterns import compile_pattern
from storydiff.core.tagging.dates import find_dates
from storydiff.core.text import plain

EditClass = Literal["fact_update", "addition", "removal", "rewording", "typo", "noise", "move"]
EDIT_CLASSES: tuple[EditClass, ...] = (
    "fact_update", "addition", "removal", "rewording", "typo", "noise", "move",
)  # fmt: skip
Rule = Callable[[RowView], "EditClass | None"]

# Differences that are facts by themselves (a claim counts through its figures, sources, quotes).
FACT_KINDS = frozenset(
    {
        "figure_changed", "figure_added", "figure_removed", "qualifier_changed",
        "source_added", "source_removed", "source_changed",
        "quote_changed", "quote_added", "quote_removed",
    }
)  # fmt: skip
# Words a sentence may open with, capitalised, without naming anyone.
_OPENERS = frozenset(
    """a an the this that these those it its he she they we i you there here his her their our
    some many most all no one two three several but and or so yet however meanwhile still also
    in on at by for from with after before during since while when if as last next according
    despite although though while what who why how where mr mrs ms dr""".split()
)
# Short words whose addition or removal fixes grammar without changing meaning.
_FILLERS = frozenset("a an the of to in on at and for is was be by as it that".split())
_CAPITALISED = compile_pattern(r"\b[A-Z][\w'’.-]*[\w]")
_LETTERS = compile_pattern(r"[^\W\d_]{2,}")
_FURNITURE_WORDS = frozenset(
    """updated update published posted modified last ago min mins minute minutes hour hours read
    views view comments comment shares share likes reads am pm et gmt utc bst est edt pt cet
    jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july
    august september october november december monday tuesday wednesday thursday friday saturday
    sunday today yesterday at on by""".split()
)
_NUMBER = compile_pattern(
    r"\d|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
    r"thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|"
    r"billions|dozen|dozens|half|twice|double|triple)\b",
    re.IGNORECASE,
)
_NEW_CONTENT_WORDS = 4  # words only added (or only removed) in a row that make it an addition


def correction_note(view: RowView) -> EditClass | None:
    """A correction or update note's own row is an addition."""
    return "addition" if view.holds_note else None


def only_moved(view: RowView) -> EditClass | None:
    """A sentence moved elsewhere, word for word."""
    if view.row.op == "moved" and all(span.op == EQUAL for span in view.row.diff):
        return "move"
    return None


def page_furniture(view: RowView) -> EditClass | None:
    """Timestamps, counters and reading times that changed, came or went."""
    texts = [t for t in (view.old_text, view.new_text) if t]
    return "noise" if texts and all(map(is_furniture, texts)) else None


def typographic_only(view: RowView) -> EditClass | None:
    """Only spacing, quotes, dashes or Unicode forms differ."""
    if view.only_one_side:
        return None
    return "noise" if _shape_key(view.old_text) == _shape_key(view.new_text) else None


def tagged_fact(view: RowView) -> EditClass | None:
    """A figure, source or quote changed, came or went (found by the tagger)."""
    return "fact_update" if any(d.kind in FACT_KINDS for d in view.facts) else None


def number_changed(view: RowView) -> EditClass | None:
    """A number the tagger did not take as a figure changed inside a sentence."""
    if view.only_one_side:
        return None
    if any(_NUMBER.search(c.old + " " + c.new) for c in view.changes):
        return "fact_update"
    return None


def actor_changed(view: RowView) -> EditClass | None:
    """A named person, place or organisation came or went inside a sentence
    (a misspelt name put right is a typo, not this)."""
    if view.only_one_side:
        return None
    old, new = _names(view.old_sentences), _names(view.new_sentences)
    gone, came = old - new, new - old
    if not gone and not came:
        return None
    near = {g for g in gone for c in came if _near(g, c)} | {
        c for c in came for g in gone if _near(g, c)
    }
    return "fact_update" if (gone | came) - near else None


def inserted_or_deleted(view: RowView) -> EditClass | None:
    """A whole sentence without tagged facts came or went."""
    if not view.row.a:
        return "addition"
    if not view.row.b:
        return "removal"
    return None


def small_fix(view: RowView) -> EditClass | None:
    """Spelling, punctuation, capitals or a missing little word put right (never a number)."""
    if view.only_one_side or any(_NUMBER.search(c.old + " " + c.new) for c in view.changes):
        return None  # "$5 million" → "$5 billion" is near in spelling, far in meaning
    if view.changes and len(view.changes) <= 3 and all(map(_is_small, view.changes)):
        return "typo"
    return None


def content_added_or_removed(view: RowView) -> EditClass | None:
    """A sentence that only gained (or only lost) a clause of several words."""
    added = sum(len(_LETTERS.findall(c.new)) for c in view.changes)
    removed = sum(len(_LETTERS.findall(c.old)) for c in view.changes)
    if added >= _NEW_CONTENT_WORDS and removed == 0:
        return "addition"
    if removed >= _NEW_CONTENT_WORDS and added == 0:
        return "removal"
    return None


def reworded(view: RowView) -> EditClass | None:
    """Anything else: the same content said differently."""
    return "rewording"


RULES: tuple[Rule, ...] = (
    correction_note,
    only_moved,
    page_furniture,
    typographic_only,
    small_fix,
    tagged_fact,
    number_changed,
    actor_changed,
    inserted_or_deleted,
    content_added_or_removed,
    reworded,
)


def decide(view: RowView) -> tuple[EditClass, str]:
    """The edit class of a changed row and the name of the rule that chose it."""
    for rule in RULES:
        found = rule(view)
        if found is not None:
            return found, rule.__name__
    raise AssertionError("the last rule always answers")


def is_furniture(text: str) -> bool:
    """A line that is only a date, a time, a counter or a reading time."""
    kept = []
    last = 0
    for match in find_dates(text, 0, len(text)):
        kept.append(text[last : match.start])
        last = match.end
    kept.append(text[last:])
    words = _LETTERS.findall(" ".join(kept).casefold())
    return bool(re.search(r"\d", text)) and all(w in _FURNITURE_WORDS for w in words)


def _shape_key(text: str) -> str:
    """Text without spacing and with plain quotes and dashes."""
    flat = plain(unicodedata.normalize("NFKC", text)).replace("--", "-")
    return "".join(flat.split())


def _names(sentences: list[str]) -> set[str]:
    """Capitalised words; a sentence's first word only when a capitalised one follows it
    ("Ana Lima said" but not "Warm weather")."""
    found = set()
    for sentence in sentences:
        words = list(_CAPITALISED.finditer(sentence))
        for n, m in enumerate(words):
            first = not sentence[: m.start()].strip(" \"'“‘(")
            if first and not (n + 1 < len(words) and words[n + 1].start() == m.end() + 1):
                continue
            if m.group().casefold() not in _OPENERS:
                found.add(m.group())
    return found


def _near(a: str, b: str) -> bool:
    return difflib.SequenceMatcher(None, a.casefold(), b.casefold()).ratio() >= 0.8


def _is_small(change: Change) -> bool:
    old, new = change.old.strip(), change.new.strip()
    old_letters, new_letters = _alnum(old), _alnum(new)
    if old_letters == new_letters:
        return True  # punctuation, capitals, "e-mail" / "email", "its" / "it's"
    if not old or not new:
        word = (old or new).casefold()
        return word.strip(".,;:") in _FILLERS
    if " " in old or " " in new:
        return _near(old_letters, new_letters) and abs(len(old) - len(new)) <= 2
    return _near(old, new)


def _alnum(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def replaced_in_place(old: RowView, new: RowView) -> bool:
    """A deleted sentence and an inserted one side by side that say much the same:
    one rewording the aligner could not pair (neither carries a tagged fact)."""
    old_words, new_words = _content(old.old_text), _content(new.new_text)
    if not old_words or not new_words:
        return False
    shared = len(old_words & new_words) / min(len(old_words), len(new_words))
    ratio = len(old.old_text) / max(1, len(new.new_text))
    return shared >= 0.3 and 0.5 <= ratio <= 2


def _content(text: str) -> set[str]:
    """The first five letters of the words of four letters or more."""
    return {w[:5] for w in _LETTERS.findall(text.casefold()) if len(w) >= 4}
