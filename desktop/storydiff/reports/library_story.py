"""Reports on library stories: the documents, their provenance and the user's notes.

The service layer (:mod:`storydiff.service.reports`) reads the story from the
library; this module only turns what it read into report material, so that
``storydiff report --story`` and the desktop app's File › Export print the same
report of the same story.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from storydiff.core.model import Document
from storydiff.library.kinds import kind_of
from storydiff.library.records import DocumentRecord, NoteRecord
from storydiff.reports.model import NoteAnchor, Provenance

Loaded = tuple[list[Document], list[Provenance], list[NoteAnchor]]


def loaded(
    records: Sequence[DocumentRecord], documents: list[Document], notes: Sequence[NoteRecord]
) -> Loaded:
    """Analysed documents (of ``records``), their provenance, and the notes on them as
    report anchors."""
    index = {record.id: n for n, record in enumerate(records)}
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
