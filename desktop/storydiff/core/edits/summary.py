"""One line saying what changed between two versions, for a watcher's notice:
"STEALTH EDIT: figure 300,000 troops → 318,000 troops; source added: the Wagner Group;
2 sentences reworded"."""

from __future__ import annotations

from storydiff.core.edits.classify import EditReport
from storydiff.core.edits.metadata import MetadataChange
from storydiff.core.tagging.differences import Difference

_SHORT = 60
_PLAIN = {  # counts of rows without typed differences, in this order
    "addition": ("sentence added", "sentences added"),
    "removal": ("sentence removed", "sentences removed"),
    "rewording": ("sentence reworded", "sentences reworded"),
    "typo": ("typo fixed", "typos fixed"),
    "move": ("sentence moved", "sentences moved"),
}


def summarise(
    differences: list[Difference],
    report: EditReport,
    metadata: list[MetadataChange] | None = None,
) -> str:
    """What changed, most telling first: headline, facts, then counts of the other edits."""
    parts = [f"{change.field} changed: {_short(change.new)}" for change in metadata or []]
    parts += [_fact(d) for d in differences if not d.kind.startswith("claim_")]
    counts = report.counts()
    for edit_class, (one, many) in _PLAIN.items():
        n = counts.get(edit_class, 0)
        if n:
            parts.append(f"{n} {one if n == 1 else many}")
    fresh = [note for note in report.notes if note.fresh]
    if fresh:
        parts.append(f"{fresh[0].note.kind} note: {_short(fresh[0].note.text)}")
    line = "; ".join(parts) or "only spacing, punctuation or page furniture changed"
    return f"STEALTH EDIT: {line}" if report.stealth_count else line


def _fact(difference: Difference) -> str:
    what = difference.kind.replace("_", " ", 1).split(" ")
    noun, how = what[0], what[1] if len(what) > 1 else ""
    if noun == "source" and difference.detail:
        return f"source {how}: {_short(difference.detail)}"  # the name, not the whole span
    old = _short(difference.old.text) if difference.old else ""
    new = _short(difference.new.text) if difference.new else ""
    if how == "changed":
        return f"{noun} {old} → {new}"
    return f"{noun} {how}: {new or old}"


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _SHORT else text[: _SHORT - 1].rstrip() + "…"
