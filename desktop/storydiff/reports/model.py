"""The report record: built once from a story's analysis, read by every format.

Nothing here computes an alignment or a difference: it reorganises what
:func:`storydiff.core.story.compare_documents` found into what a reader needs
(provenance, differences by kind, aligned rows as marked text, notes in
place). Sentence numbers in the record count from 1, as people do.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from storydiff import __version__
from storydiff.core.compare import AlignedRow, Comparison
from storydiff.core.diff import DELETE, EQUAL, INSERT
from storydiff.core.edits.classify import RowEdit, classify_edits
from storydiff.core.facts import DocumentInfo, FactTable
from storydiff.core.figure_history import FigureHistory, figure_histories
from storydiff.core.model import Document
from storydiff.core.provenance import Kind, Timing
from storydiff.core.reuse import StoryReuse
from storydiff.core.story import StoryComparison, story_facts
from storydiff.render.json_out import story_to_dict
from storydiff.reports.history import Milestone, timeline
from storydiff.reports.reuse_section import story_reuse

Mark = Literal["same", "deleted", "inserted"]
KINDS = ("figure", "source", "quote", "claim")
_ONE_LINE = str.maketrans("\r\n\t\v\f\u2028\u2029", "       ")


@dataclass(frozen=True)
class Provenance:
    """Where one compared document came from, so a reader can check it is the one cited."""

    version: int
    title: str
    outlet: str = ""
    author: str = ""
    url: str = ""
    published: datetime | None = None
    retrieved: datetime | None = None
    text_sha256: str = ""
    raw_sha256: str = ""
    method: str = ""
    file: str = ""
    # For the Reuse section's origins and churn; not in ``to_dict`` (the report header).
    imported: datetime | None = None
    kind: Kind = "article"

    @classmethod
    def of(cls, version: int, record: Any, file: str = "") -> Provenance:
        """From an ``ImportedDocument`` or a library ``DocumentRecord`` (same field names)."""
        return cls(
            version=version,
            title=record.title or file,
            outlet=record.outlet,
            author=record.author,
            url=record.url,
            published=record.published,
            retrieved=record.retrieved,
            text_sha256=record.text_sha256,
            raw_sha256=record.raw_sha256,
            method=record.method,
            file=file,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "title": self.title,
            "outlet": self.outlet,
            "author": self.author,
            "url": self.url,
            "file": self.file,
            "published": _iso(self.published),
            "retrieved": _iso(self.retrieved),
            "method": self.method,
            "text_sha256": self.text_sha256,
            "raw_sha256": self.raw_sha256,
        }


@dataclass(frozen=True)
class NoteAnchor:
    """A user's note on one document (index into the story), before it is placed."""

    document: int
    body: str
    start: int | None = None
    end: int | None = None
    sentence: int | None = None
    difference: str | None = None
    author: str | None = None
    created: datetime | None = None


@dataclass(frozen=True)
class Note:
    """A note as printed: numbered, with the sentence and words it is attached to."""

    number: int
    version: int
    sentence: int | None
    quoted: str
    body: str
    author: str = ""
    difference: str = ""
    created: datetime | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "version": self.version,
            "sentence": self.sentence,
            "quoted": self.quoted,
            "body": self.body,
            "author": self.author,
            "difference": self.difference,
            "created": _iso(self.created),
        }


@dataclass(frozen=True)
class Segment:
    """A run of text that is the same in both versions, deleted or inserted."""

    mark: Mark
    text: str


@dataclass(frozen=True)
class Row:
    """One aligned row: sentence numbers and marked text on each side, and its notes."""

    op: str
    old_sentences: tuple[int, ...]
    new_sentences: tuple[int, ...]
    old: tuple[Segment, ...]
    new: tuple[Segment, ...]
    inline: tuple[Segment, ...]
    notes: tuple[int, ...] = ()
    edit: str = ""  # the edit class of a changed row, e.g. "fact update, stealth"


@dataclass(frozen=True)
class Change:
    """One typed difference: its kind, the old and new wording and where they are."""

    kind: str
    category: str
    old: str | None
    new: str | None
    old_sentence: int | None
    new_sentence: int | None


@dataclass(frozen=True)
class Section:
    """An older version compared with a newer one."""

    old: int
    new: int
    mode: str
    changes: tuple[Change, ...]
    rows: tuple[Row, ...]
    counts: tuple[tuple[str, int], ...]

    def changes_in(self, category: str) -> list[Change]:
        return [change for change in self.changes if change.category == category]


@dataclass(frozen=True)
class Report:
    story: str
    generated: datetime
    app_version: str
    documents: tuple[Provenance, ...]
    sections: tuple[Section, ...]
    notes: tuple[Note, ...]
    timeline: tuple[Milestone, ...]
    figures: tuple[FigureHistory, ...]
    data: dict[str, Any]
    facts: FactTable | None = None  # the story's fact table (two or more documents)
    reuse: StoryReuse | None = None  # text reuse between the documents (two or more)

    def header(self) -> dict[str, Any]:
        """The report header of the JSON format: what was compared, by what, when."""
        return {
            "story": self.story,
            "generated": _iso(self.generated),
            "app": "StoryDiff",
            "app_version": self.app_version,
            "documents": [doc.to_dict() for doc in self.documents],
            "notes": [note.to_dict() for note in self.notes],
        }


def build_report(
    story: StoryComparison,
    documents: list[Provenance],
    name: str,
    notes: Sequence[NoteAnchor] = (),
    generated: datetime | None = None,
) -> Report:
    """The report of ``story``: ``documents`` says where each compared document came from."""
    placed = _place_notes(story, documents, list(notes))
    sections = tuple(_section(story, n, placed) for n in range(len(story.pairs)))
    many = len(story.documents) > 2
    return Report(
        story=name,
        generated=generated or datetime.now(UTC),
        app_version=__version__,
        documents=tuple(documents),
        sections=sections,
        notes=tuple(note for note, _ in placed),
        timeline=tuple(timeline(story, documents)) if many else (),
        figures=tuple(figure_histories(story)) if many else (),
        data=story_to_dict(story),
        facts=_facts(story, documents),
        reuse=story_reuse(
            story,
            [doc.outlet for doc in documents],
            [Timing(doc.published, doc.imported, doc.kind) for doc in documents],
        ),
    )


def _facts(story: StoryComparison, documents: list[Provenance]) -> FactTable | None:
    """The fact table over every document, its columns named and timed by provenance."""
    if len(story.documents) < 2:
        return None
    infos = [DocumentInfo(doc.title, doc.outlet, doc.published) for doc in documents]
    return story_facts(story, infos if len(infos) == len(story.documents) else None)


def category_of(kind: str) -> str:
    """``figure_changed`` → ``figure``; kinds the report does not know go under ``other``."""
    for category in KINDS:
        if kind.lower().startswith(category):
            return category
    return "other"


def _section(story: StoryComparison, n: int, placed: list[tuple[Note, tuple[int, int]]]) -> Section:
    pair = story.pairs[n]
    comparison = pair.comparison
    changes = tuple(_change(d.to_dict()) for d in pair.differences)
    edits = classify_edits(comparison, list(pair.differences)).rows
    rows = tuple(
        _row(comparison, row, _notes_at(placed, n, pair.a, pair.b, row), edit)
        for row, edit in zip(comparison.rows, edits, strict=True)
    )
    counts = Counter(row.op for row in comparison.rows)
    return Section(pair.a, pair.b, comparison.mode, changes, rows, tuple(counts.items()))


def _change(difference: dict[str, Any]) -> Change:
    old, new = difference.get("old"), difference.get("new")
    kind = str(difference.get("kind", ""))
    return Change(
        kind=kind,
        category=category_of(kind),
        old=old["text"] if old else None,
        new=new["text"] if new else None,
        old_sentence=_number(difference.get("sentence_a")),
        new_sentence=_number(difference.get("sentence_b")),
    )


def _row(
    comparison: Comparison, row: AlignedRow, notes: tuple[int, ...], edit: RowEdit | None = None
) -> Row:
    a_text, b_text = comparison.a.text, comparison.b.text
    old, new, inline = [], [], []
    for span in row.diff:
        if span.op == EQUAL:
            old.append(Segment("same", _flat(a_text[span.a_start : span.a_end])))
            new.append(Segment("same", _flat(b_text[span.b_start : span.b_end])))
            inline.append(old[-1])
        elif span.op == DELETE:
            old.append(Segment("deleted", _flat(a_text[span.a_start : span.a_end])))
            inline.append(old[-1])
        elif span.op == INSERT:
            new.append(Segment("inserted", _flat(b_text[span.b_start : span.b_end])))
            inline.append(new[-1])
    return Row(
        op=row.op,
        old_sentences=tuple(k + 1 for k in row.a),
        new_sentences=tuple(k + 1 for k in row.b),
        old=tuple(old),
        new=tuple(new),
        inline=tuple(inline),
        notes=notes,
        edit=_edit_label(edit),
    )


def _edit_label(edit: RowEdit | None) -> str:
    if edit is None:
        return ""
    return edit.edit_class.replace("_", " ") + (", stealth" if edit.stealth else "")


def _place_notes(
    story: StoryComparison, documents: list[Provenance], anchors: list[NoteAnchor]
) -> list[tuple[Note, tuple[int, int]]]:
    """Number the notes and find the (document, sentence index) each belongs to."""
    placed = []
    for number, anchor in enumerate(anchors, start=1):
        doc = story.documents[anchor.document]
        sentence = _sentence_of(doc, anchor)
        quoted = _quoted(doc, anchor, sentence)
        note = Note(
            number=number,
            version=documents[anchor.document].version,
            sentence=None if sentence is None else sentence + 1,
            quoted=quoted,
            body=anchor.body,
            author=anchor.author or "",
            difference=anchor.difference or "",
            created=anchor.created,
        )
        placed.append((note, (anchor.document, -1 if sentence is None else sentence)))
    return placed


def _sentence_of(doc: Document, anchor: NoteAnchor) -> int | None:
    if anchor.sentence is not None and 0 <= anchor.sentence < len(doc.sentences):
        return anchor.sentence
    if anchor.start is not None:
        found = doc.sentence_at(anchor.start)
        return found.index if found else None
    return None


def _quoted(doc: Document, anchor: NoteAnchor, sentence: int | None) -> str:
    if anchor.start is not None and anchor.end is not None and anchor.end > anchor.start:
        return _flat(doc.text[anchor.start : anchor.end])
    return _flat(doc.sentences[sentence].text) if sentence is not None else ""


def _notes_at(
    placed: list[tuple[Note, tuple[int, int]]], n: int, a: int, b: int, row: AlignedRow
) -> tuple[int, ...]:
    """Numbers of the notes shown at ``row`` of section ``n``: each note once, in the
    first section that shows its document."""
    numbers = []
    for note, (document, sentence) in placed:
        if _first_section_of(document, n, a, b) and (
            (document == a and sentence in row.a) or (document == b and sentence in row.b)
        ):
            numbers.append(note.number)
    return tuple(numbers)


def _first_section_of(document: int, n: int, a: int, b: int) -> bool:
    # Sections are neighbours (k, k+1) or the base against each (0, k); either way a
    # document first shows up in the section whose new side it is, or as the very first old.
    return document == b or (document == a and n == 0)


def _number(index: Any) -> int | None:
    return index + 1 if isinstance(index, int) else None


def _flat(text: str) -> str:
    """Text on one line: line breaks inside an aligned stretch become spaces."""
    return text.translate(_ONE_LINE)


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None
