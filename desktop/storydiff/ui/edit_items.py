"""The differences list with edit classes: what kind of edit each passage is, stealth
edits flagged, correction notes linked to the passages they concern, metadata first.

Qt-free: the classes come from :mod:`storydiff.core.edits`; this only turns them
into :class:`~storydiff.ui.differences_model.DifferenceItem` rows.
"""

from __future__ import annotations

from dataclasses import replace
from html import escape

from storydiff.core.compare import Comparison
from storydiff.core.edits.classify import EditReport, LinkedNote, classify_edits
from storydiff.core.edits.metadata import metadata_changes
from storydiff.core.story import PairResult
from storydiff.core.wording import SideWords
from storydiff.ui.difference_labels import REVISIONS, difference_label
from storydiff.ui.differences_model import (
    DifferenceItem,
    items_from_differences,
    items_from_rows,
)
from storydiff.ui.text_marks import Mark

CLASS_WORDS = {
    "fact_update": "fact update",
    "addition": "addition",
    "removal": "removal",
    "rewording": "rewording",
    "typo": "typo",
    "noise": "noise",
    "move": "move",
}
STEALTH = "STEALTH EDIT"
STEALTH_TIP = "Stealth edit: a fact changed and the new version carries no correction note about it"
FIELD_WORDS = {
    "title": "Headline",
    "author": "Byline",
    "description": "Description",
    "published": "Published",
    "modified": "Modified",
    "canonical_url": "Address",
}

# What each choice of the panel's "Show" filter hides (noise is hidden unless asked for).
SHOW_CHOICES = {
    "All changes": frozenset({"noise"}),
    "Significant changes only": frozenset({"noise", "typo"}),
    "Significant, without rewording": frozenset({"noise", "typo", "rewording"}),
    "Everything, with noise": frozenset(),
}
DEFAULT_SHOW = "All changes"
NOISE_HIDES = frozenset({"changed", "inserted", "deleted"})  # row ops noise may be drawn as equal
WATCHED_SHOW = "Significant changes only"


def classified_items(
    pair: PairResult, words: SideWords = REVISIONS
) -> tuple[list[DifferenceItem], EditReport]:
    """The list's items for one compared pair: metadata changes, tagged differences and
    changed passages with their edit class, then the correction notes of the newer version
    (worded for outlets or revisions by ``words``)."""
    comparison = pair.comparison
    report = classify_edits(comparison, list(pair.differences))
    differences = [d.to_dict() for d in pair.differences]
    shown = comparison.mode == "revision"  # how a text was edited: not said of two outlets
    typed = [
        _with_class(item, report, shown)
        for item in items_from_differences(differences, comparison, words)
    ]
    rows = [_with_class(item, report, shown) for item in items_from_rows(comparison, words)]
    notes = [_note_item(note, report, comparison) for note in report.notes]
    rows = [_acknowledged(item, report) for item in rows]
    return metadata_items(pair) + typed + rows + notes, report


def metadata_items(pair: PairResult) -> list[DifferenceItem]:
    """Headline, byline and the rest, where both versions record them and they differ."""
    comparison = pair.comparison
    items = []
    for change in metadata_changes(comparison.a.metadata, comparison.b.metadata):
        field = FIELD_WORDS.get(change.field, change.field)
        label, html = difference_label(field, change.old, change.new)
        items.append(
            DifferenceItem("Details", f"metadata_{change.field}", f"{field}: {label}", (),
                           f"meta:{change.field}", f"<b>{escape(field)}:</b> {html}",
                           f"meta:{change.field}")
        )  # fmt: skip
    return items


def _row_of(item: DifferenceItem) -> int | None:
    return int(item.passage[4:]) if item.passage.startswith("row:") else None


def _with_class(item: DifferenceItem, report: EditReport, shown: bool = True) -> DifferenceItem:
    """The item with its passage's edit class (for the filter), shown in front of its words
    with the stealth flag unless ``shown`` is false (two outlets)."""
    n = _row_of(item)
    edit = report.rows[n] if n is not None and n < len(report.rows) else None
    if edit is None:
        return item
    if not shown:
        return replace(item, edit_class=edit.edit_class)
    words = CLASS_WORDS.get(edit.edit_class, edit.edit_class)
    head = f'<span class="edit">{escape(words)}</span> '
    label = f"{item.label}  [{words}]"
    if edit.stealth:
        badge = f"⚠ {STEALTH}".replace(" ", "&nbsp;")  # never broken over two lines
        head = f'<span class="stealth">{badge}</span> ' + head
        label = f"{item.label}  [{words}, ⚠ {STEALTH}]"
    return replace(
        item, label=label, html=head + item.html, edit_class=edit.edit_class,
        stealth=bool(edit.stealth),
    )  # fmt: skip


def _acknowledged(item: DifferenceItem, report: EditReport) -> DifferenceItem:
    """A fact update a correction note concerns says which note."""
    n = _row_of(item)
    for linked in report.notes:
        if n is not None and n in linked.rows:
            when = f" of {linked.note.date}" if linked.note.date else ""
            said = f"acknowledged by the {linked.note.kind} note{when}"
            return replace(
                item, label=f"{item.label} ({said})", html=f"{item.html} <i>({escape(said)})</i>"
            )
    return item


def _note_item(linked: LinkedNote, report: EditReport, comparison) -> DifferenceItem:
    """A correction note: its date and words, and the passages it concerns (shown with it)."""
    note = linked.note
    kind = note.kind.capitalize()
    when = f" ({note.date})" if note.date else " (no date)"
    text = " ".join(note.text.split())
    count = len(linked.rows)
    if not linked.fresh:
        concerns = "already in the older version"
    else:
        concerns = (
            f"concerns {count} changed passage{'s' * (count != 1)}"
            if count
            else "concerns no fact update"
        )
    ranges = [("b", note.start, note.end)]
    for n in linked.rows:
        row = comparison.rows[n]
        if row.b:
            sentences = comparison.b.sentences
            ranges.append(("b", sentences[row.b[0]].start, sentences[row.b[-1]].end))
    html = (
        f'<span class="edit">{escape(note.kind)} note{escape(when)}</span> '
        f"{escape(text)} <i>({escape(concerns)})</i>"
    )
    return DifferenceItem(
        "Correction notes", f"{note.kind}_note", f"{kind} note{when}: {text} ({concerns})",
        tuple(ranges), f"note:{note.start}", html, f"note:{note.start}",
    )  # fmt: skip


def hidden_classes(choice: str) -> frozenset[str]:
    """The edit classes a "Show" choice leaves out of the list."""
    return SHOW_CHOICES.get(choice, SHOW_CHOICES[DEFAULT_SHOW])


def edit_marks(comparison: Comparison, report: EditReport) -> dict[str, list[Mark]]:
    """Marks for the reading view: each changed passage's edit class as its tooltip, and
    a ``stealth`` mark (drawn as ⚠ between the columns) on stealth fact updates."""
    marks: dict[str, list[Mark]] = {"a": [], "b": []}
    for n, edit in enumerate(report.rows):
        if edit is None:
            continue
        row = comparison.rows[n]
        words = CLASS_WORDS.get(edit.edit_class, edit.edit_class)
        for side, doc, sentences in (("a", comparison.a, row.a), ("b", comparison.b, row.b)):
            if not sentences:
                continue
            start, end = doc.sentences[sentences[0]].start, doc.sentences[sentences[-1]].end
            marks[side].append(Mark("edit", start, end, f"Edit: {words}"))
            if edit.stealth:
                marks[side].append(Mark("stealth", start, end, STEALTH_TIP))
    return marks


def without_noise(comparison: Comparison, report: EditReport) -> Comparison:
    """The comparison as the reading view draws it while noise is hidden: a changed
    sentence whose only change is noise, or a noise sentence added or removed whole
    (a "1,204 views" line), is drawn as unchanged (the inline view leaves a removed
    one out)."""
    rows = tuple(
        replace(row, op="equal")
        if edit is not None and edit.edit_class == "noise" and row.op in NOISE_HIDES
        else row
        for row, edit in zip(comparison.rows, report.rows, strict=True)
    )
    return replace(comparison, rows=rows)
