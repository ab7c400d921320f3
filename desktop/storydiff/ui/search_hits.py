"""Where a library search matched inside a document's text (to scroll to and highlight it)."""

from __future__ import annotations

import re

WORD = re.compile(r"[\w][\w.,'’-]*[\w]|\w", re.UNICODE)


def hit_range(text: str, query: str) -> tuple[int, int] | None:
    """The first place ``query`` occurs in ``text``: the whole phrase if it is there,
    else its longest word (search matches words, not always the phrase); case ignored."""
    query = " ".join(query.replace('"', " ").split())
    if not query:
        return None
    lowered = text.lower()
    found = lowered.find(query.lower())
    if found >= 0:
        return found, found + len(query)
    for word in sorted(WORD.findall(query), key=len, reverse=True):
        match = re.search(rf"(?<!\w){re.escape(word.lower())}", lowered)
        if match:
            return match.start(), match.start() + len(word)
    return None


def neighbour_pair(ids: list[int], chosen: int) -> tuple[int, int]:
    """The chosen document against the version before it (the first against the second)."""
    position = ids.index(chosen)
    if position:
        return ids[position - 1], chosen
    return chosen, ids[min(1, len(ids) - 1)]
