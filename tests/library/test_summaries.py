"""Document summaries: every document's metadata without its text, in one query."""

from __future__ import annotations

import dataclasses
import sqlite3

import pytest
from library_samples import at, make_doc

from storydiff.errors import LibraryError
from storydiff.library import DocumentSummary


def _fill(library, stories: int, per_story: int) -> None:
    """Documents whose publication order differs from their import order, some undated."""
    for story in range(stories):
        for n in range(per_story):
            day = (n * 7 + story) % per_story + 1
            when = {"published": at(day)} if n % 4 else {"retrieved": at(day, 3)}
            if n % 9 == 5:
                when = {}
            text = f"Story {story}, text {n}: {'troops ' * (n + 1)}"
            library.add_document(f"Story {story:02d}", make_doc(text, **when))


def test_summaries_carry_every_field_of_the_records_but_the_text(library):
    _fill(library, stories=3, per_story=6)
    summaries = {s.id: s for s in library.summaries()}
    for story in library.stories():
        for record in library.documents(story.id):
            fields = dataclasses.asdict(record)
            del fields["text"]
            assert dataclasses.asdict(summaries.pop(record.id)) == fields
    assert not summaries
    assert not hasattr(next(iter(library.summaries())), "text")


def test_summaries_are_numbered_and_ordered_like_documents(library):
    _fill(library, stories=4, per_story=9)
    expected = [
        (record.story_id, record.id, record.version)
        for story in sorted(library.stories(), key=lambda s: s.id)
        for record in library.documents(story.id)
    ]
    assert [(s.story_id, s.id, s.version) for s in library.summaries()] == expected
    story = library.story("Story 02")
    assert [(s.id, s.version) for s in library.summaries("Story 02")] == [
        (r.id, r.version) for r in library.documents(story.id)
    ]


def test_summaries_of_a_large_library_read_no_text_in_a_single_query(library):
    _fill(library, stories=40, per_story=25)
    reads: set[tuple[str, str]] = set()
    statements: list[str] = []

    def authorise(action, table, column, _db, _trigger) -> int:
        if action == sqlite3.SQLITE_READ:
            reads.add((table, column))
        return sqlite3.SQLITE_OK

    library.db.conn.set_authorizer(authorise)
    library.db.conn.set_trace_callback(statements.append)
    try:
        summaries = library.summaries()
    finally:
        library.db.conn.set_authorizer(None)
        library.db.conn.set_trace_callback(None)
    assert len(summaries) == 1000 and all(isinstance(s, DocumentSummary) for s in summaries)
    assert ("documents", "title") in reads and ("documents", "published") in reads
    assert ("documents", "text") not in reads and ("documents", "raw") not in reads
    assert len([sql for sql in statements if sql.lstrip().upper().startswith("SELECT")]) == 1


def test_one_summary_matches_the_list_and_a_missing_one_is_an_error(library):
    _fill(library, stories=2, per_story=5)
    listed = library.summaries()
    assert [library.summary(s.id) for s in listed] == listed
    with pytest.raises(LibraryError, match="no document 9999"):
        library.summary(9999)
    with pytest.raises(LibraryError, match="no story"):
        library.summaries("Nothing here")
