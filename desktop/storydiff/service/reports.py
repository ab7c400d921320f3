"""Library stories as report material: what ``storydiff report --story`` and the app's
File › Export build reports from."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from storydiff.core.progress import CancelCheck, Progress
from storydiff.core.story import compare_documents, neighbour_pairs
from storydiff.core.tagging import Tags
from storydiff.errors import InputError
from storydiff.library.store import Library
from storydiff.reports.library_story import Loaded, loaded
from storydiff.reports.model import Report, build_report
from storydiff.service.documents import tagged


def from_library(
    library_path: Path | None, story: str | int, document_ids: Sequence[int] | None = None
) -> tuple[Loaded, list[Tags], str]:
    """A library story's documents in version order (or just ``document_ids``, in that
    order) with the notes written on them, their tags, and the story's name."""
    with Library.open_existing(library_path) as library:
        records = library.documents(story)
        notes = library.notes(story=story)
        name = library.story(story).name
        if document_ids is not None:
            by_id = {record.id: record for record in records}
            if any(n not in by_id for n in document_ids):
                raise InputError("A document to report on is no longer in the story.")
            records = [by_id[n] for n in document_ids]
        documents, tags = tagged(library, records)
    return loaded(records, documents, notes), tags, name


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
    (documents, provenance, notes), tags, name = from_library(library_path, story, document_ids)
    if len(documents) < 2:
        raise InputError("A report needs at least two versions of the story.")
    pairs = neighbour_pairs(len(documents))
    compared = compare_documents(
        documents, pairs, progress=progress, cancelled=cancelled, tags=tags
    )
    return build_report(compared, provenance, title or name, notes)
