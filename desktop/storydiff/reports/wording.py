"""Words every report format shares, so HTML, PDF, Markdown and CSV say the same thing."""

from __future__ import annotations

from datetime import UTC, datetime

from storydiff.reports.model import Change, Note, Provenance, Report, Row, Section

CATEGORY_TITLES = {
    "figure": "Figures",
    "source": "Sources",
    "quote": "Quotes",
    "claim": "Claims",
    "other": "Other differences",
}

OP_LABELS = {
    "equal": "unchanged",
    "changed": "changed",
    "inserted": "added",
    "deleted": "removed",
    "moved": "moved",
    "split": "split",
    "merged": "merged",
}

MOVED_SIGN = "\u21c5"  # ⇅, also spelt out as "moved" next to it

LEGEND = (
    ("deleted", "struck through on a red background", "removed, in the older version only"),
    ("inserted", "underlined on a blue background", "added, in the newer version only"),
    ("moved", "labelled beside the sentence on both sides", "the sentence is in another place"),
)

SENTENCE_NOTE = (
    "Sentence numbers count from 1 in each version; unchanged sentences are shown too, so "
    "each version can be read whole. Boilerplate lines (bylines, share prompts) are counted "
    "but not compared."
)

VERIFY_NOTE = (
    "To check that a cited article is the one compared here: the text SHA-256 is the hash of "
    "the compared text in UTF-8; the raw SHA-256 is the hash of the bytes as received (for a "
    "file, the command “sha256sum FILE” prints it)."
)


def when(moment: datetime | None) -> str:
    """A time a reader can cite: ``2023-01-17 14:05 UTC``; ``unknown`` when missing."""
    if moment is None:
        return "unknown"
    if moment.tzinfo is not None:
        try:
            return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
        except OverflowError:  # e.g. 9999-12-31 23:59 -14:00 is after year 9999 in UTC
            return moment.strftime("%Y-%m-%d %H:%M %z")
    return moment.strftime("%Y-%m-%d %H:%M")


def version_name(report: Report, index: int) -> str:
    """``Version 2 (Outlet: Title)``: how a document is named in headings."""
    doc = report.documents[index]
    label = f"{doc.outlet}: {doc.title}" if doc.outlet else doc.title
    return f"Version {doc.version} ({label})" if label else f"Version {doc.version}"


def section_title(report: Report, section: Section) -> str:
    old, new = report.documents[section.old], report.documents[section.new]
    return f"Version {old.version} → version {new.version}"


def counts_line(section: Section) -> str:
    """``1 changed, 1 added, 1 removed, 1 moved, 21 unchanged`` (sentence groups)."""
    counts = dict(section.counts)
    parts = [
        f"{counts[op]} {OP_LABELS[op]}" for op in OP_LABELS if counts.get(op) and op != "equal"
    ]
    if counts.get("equal"):
        parts.append(f"{counts['equal']} unchanged")
    return ", ".join(parts) or "nothing to compare"


def sentences(numbers: tuple[int, ...]) -> str:
    """``16`` or ``16–17``; ``–`` when a side has no sentence."""
    if not numbers:
        return "–"
    if len(numbers) == 1:
        return str(numbers[0])
    return f"{numbers[0]}–{numbers[-1]}"


def place(change: Change) -> str:
    """Where a difference is: ``sentence 16 → 17``, ``old sentence 19``, ``new sentence 22``."""
    if change.old_sentence is not None and change.new_sentence is not None:
        return f"sentence {change.old_sentence} → {change.new_sentence}"
    if change.old_sentence is not None:
        return f"old sentence {change.old_sentence}"
    if change.new_sentence is not None:
        return f"new sentence {change.new_sentence}"
    return "–"


def kind_label(kind: str) -> str:
    """``figure_changed`` → ``figure changed``."""
    return kind.replace("_", " ").replace("-", " ")


def row_label(row: Row) -> str:
    label = OP_LABELS.get(row.op, row.op)
    label = f"{MOVED_SIGN} {label}" if row.op == "moved" else label
    return f"{label} ({row.edit})" if row.edit else label


def provenance_fields(doc: Provenance) -> list[tuple[str, str]]:
    """Label and value of every provenance field a reader needs to verify a document."""
    fields = [
        ("Title", doc.title),
        ("Outlet", doc.outlet),
        ("Author", doc.author),
        ("URL", doc.url),
        ("File", doc.file),
        ("Published", when(doc.published)),
        ("Retrieved", when(doc.retrieved)),
        ("Text SHA-256", doc.text_sha256),
        ("Raw SHA-256", doc.raw_sha256),
    ]
    return [(label, value) for label, value in fields if value]


def note_place(note: Note) -> str:
    """Where a note is attached: ``version 2, sentence 5, difference figure_changed:3``."""
    where = f"version {note.version}"
    if note.sentence is not None:
        where += f", sentence {note.sentence}"
    if note.difference:
        where += f", difference {note.difference}"
    return where
