"""Reports on library stories: the documents, their provenance and the user's notes.

Shared by ``storydiff report --story`` and the desktop app's File › Export, so
both print the same report of the same story.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from storydiff.core.model import Document
from storydiff.core.progress import CancelCheck, Progress
from storydiff.core.story import compare_documents, neighbour_pairs
from storydiff.errors import InputError
from storydiff.library import Library
from storydiff.library.ingest import analysed
from storydiff.library.kinds import kind_of
from storydiff.library.records import DocumentRecord, NoteRecord
from storydiff.reports.model import NoteAnchor, Provenance, Report, build_report

Loaded = tuple[list[Document], list[Provenance], list[NoteAnchor]]


def from_library(
    library_path: Path | None, story: str | int, document_ids: Sequence[int] | None = None
) -> Loaded:
    """A library story's documents in version order (or just ``document_ids``, in that
    order), with the notes written on them."""
    with Library.open_existing(library_path) as library:
        records = library.documents(story)
        notes = library.notes(story=story)
    if document_ids is not None:
        by_id = {record.id: record for record in records}
        missing = [n for n in document_ids if n not in by_id]
        if missing:
            raise InputError("A document to report on is no longer in the story.")
        records = [by_id[n] for n in document_ids]
    return loaded(records, notes)


def loaded(records: list[DocumentRecord], notes: Sequence[NoteRecord]) -> Loaded:
    """Analysed documents, their provenance, and the notes on them as report anchors."""
    index = {record.id: n for n, record in enumerate(records)}
    documents = [analysed(record) for record in records]
    provenance = [
        replace(
            Provenance.of(record.version, record), imported=record.imported, kind=kind_of(record)
        )
        for record in records
    ]
    anchors = [
        NoteAnchor(
            document=index[note.document_id],
            body=note.body,
            start=note.start,
            end=note.end,
            sentence=note.sentence,
            difference=note.difference,
            author=note.author,
            created=note.created,
        )
        for note in notes
        if note.document_id in index
    ]
    return documents, provenance, anchors


def story_report(
    library_path: Path | None,
    story: str | int,
    document_ids: Sequence[int] | None = None,
    title: str | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Report:
    """The report of a library story (each version against the next), or of some of its
    documents: what File › Export builds, in a worker thread."""
    documents, provenance, notes = from_library(library_path, story, document_ids)
    if len(documents) < 2:
        raise InputError("A report needs at least two versions of the story.")
    if title is None:
        with Library.open_existing(library_path) as library:
            title = library.story(story).name
    pairs = neighbour_pairs(len(documents))
    compared = compare_documents(documents, pairs, progress=progress, cancelled=cancelled)
    return build_report(compared, provenance, title, notes)
