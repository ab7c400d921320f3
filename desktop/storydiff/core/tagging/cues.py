"""The words that mark an attribution, and the words that bound its subject."""

from __future__ import annotations

from storydiff.core.patterns import compile_pattern
from storydiff.core.tagging.lexicon import (
    CUES_ALWAYS,
    CUES_BASE_FORMS,
    CUES_INVERTIBLE,
    CUES_NEEDS_CLAUSE,
    CUES_QUOTE_ONLY,
    DETERMINERS,
    TITLE_ABBREVIATIONS,
)
from storydiff.core.tagging.wordtrie import word_trie

__all__ = ["DETERMINERS"]


def _forms(spec: str) -> list[str]:
    forms: list[str] = []
    for entry in spec.split():
        forms.extend(entry.split("/"))
    return forms


# Speech and report verbs that attribute whatever follows them.
ALWAYS = _forms(CUES_ALWAYS)
# Verbs that also name plain actions ("announced a mobilization", "added troops"):
# an attribution only before a clause, a quote or the end of the sentence.
NEEDS_CLAUSE = frozenset(_forms(CUES_NEEDS_CLAUSE))
# Verbs that attribute only next to a quote: '"...," it continues'.
QUOTE_ONLY = frozenset(_forms(CUES_QUOTE_ONLY))
_ALL = sorted(set(ALWAYS) | NEEDS_CLAUSE | QUOTE_ONLY, key=len, reverse=True)

TOKEN = compile_pattern(
    r"\d[\d,.]*\d|"  # "18,000", "1.5"
    r"\((?:[A-Z][A-Za-z]{1,7})\)"  # "(ISW)"
    r"|(?:[A-Z]\.){2,}(?:-\w+)?"  # "U.S.", "U.S.-based"
    r"|(?:" + "|".join(TITLE_ABBREVIATIONS) + r")\."
    r"|\w(?:[\w'’&-]*\w)?(?:['’]s?)?"
    r"|[^\w\s]"
)

SKIP_BEFORE_CUE = frozenset(
    """
    also has have had would will could should may might must then now further again
    first once already not never previously later earlier separately reportedly
    recently publicly repeatedly privately openly explicitly similarly likewise
    subsequently initially officially originally just still too even had've
    long always often since consistently
    """.split()
)
# Verbs that can come after the subject ("ISW said"), but also before it after a quote
# ('"...," said Peskov'). "told" and "reported" never invert: what follows is whom.
INVERTIBLE = frozenset(_forms(CUES_INVERTIBLE))
# Base forms after a plural subject, only before "that": "Analysts estimate that".
BASE_FORMS = frozenset(CUES_BASE_FORMS)
# Role nouns that may carry a lower-case place: "rescue workers in rebel-held areas".
ROLE_NOUNS = frozenset(
    """
    officials workers residents experts analysts sources authorities officers spokesman
    spokeswoman spokesperson head chief director members witnesses doctors medics
    researchers scientists economists diplomats lawmakers commanders soldiers people
    activists volunteers staff employees teachers police rescuers survivors
    """.split()
)
# Words that end a subject read backwards.
BOUNDARY = frozenset(
    """
    that which who whom whose where when while as because although though but if so
    since after before despite than whether how why what said says told and/or
    however meanwhile yet nor or unless until once whereas like unlike by with
    into onto over under between among across during without amid per via
    is are was were be been being has have had do does did will would could should may might
    must can shall to
    """.split()
)
# Time words that start a sentence without a comma: "Last week State Duma Deputy ...".
STOP_BACK = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday week month year today
    yesterday tonight now then earlier later last this next january february march april
    june july august september october november december also however meanwhile
    """.split()
)
CONNECTORS = frozenset("of for at from in with to de del der van von al bin da di le la du".split())

# Alternations as tries: the cue scan runs on every sentence, and a trie is several
# times faster than a flat list of 150 words.
CUE = compile_pattern(
    r"\b(?:[Aa]ccording\s+to|"
    + word_trie(set(_ALL))
    + r"|"
    + word_trie(set(BASE_FORMS))
    + r"(?=\s+that\b|\s+(?:of|against|about)\b|\s*[:\"“]|\s*$"
    + r"|\s+(?:the|it|they|he|she|this|there|its|their|a|an)\s))\b"
)
