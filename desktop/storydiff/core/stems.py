"""A small English stemmer for matching paraphrases: "kills", "killed", "killing" → "kill".

Suffix stripping only (no dictionary): good enough to tell that two outlets use
the same content word, never shown to anyone.
"""

from __future__ import annotations

from functools import lru_cache

_SUFFIXES = (
    "ations", "ation", "ions", "ion", "ings", "ing", "edly", "ies", "ied", "ed", "es", "ly", "s"
)  # fmt: skip


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The stem of a lower-case word ("rises" → "ris", "rose" stays "rose"; "butker's" →
    "butker")."""
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    if len(word) <= 3 or not word.isalpha():
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            if suffix in ("ies", "ied"):
                return base + "y"
            if suffix == "s" and base.endswith(("s", "u")):
                return word  # "press", "status"
            if len(base) > 3 and base[-1] == base[-2] and base[-1] not in "lsz":
                base = base[:-1]  # "stopped" → "stop"
            return base.rstrip("e")
    return word.rstrip("e")
