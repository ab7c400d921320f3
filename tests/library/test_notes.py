"""Notes on spans, sentences and differences: add, list, change, delete."""

from __future__ import annotations

import pytest
from library_samples import make_doc

from storydiff.errors import LibraryError


@pytest.fixture
def document(library):
    return library.add_document("S", make_doc())


def test_note_on_a_span_is_stored_with_author_and_time(library, document):
    note = library.add_note(document.id, "Figure differs from ISW report", 20, 34, author="ana")
    assert (note.start, note.end, note.author, note.body) == (20, 34, "ana", note.body)
    assert note.created == note.updated
    assert library.notes(document.id) == [note]


def test_notes_on_a_sentence_and_on_a_difference(library, document):
    on_sentence = library.add_note(document.id, "unsourced", sentence=2)
    on_difference = library.add_note(document.id, "softened", difference="row-4")
    assert library.notes(story="S") == [on_sentence, on_difference]
    assert (on_sentence.sentence, on_difference.difference) == (2, "row-4")


def test_notes_are_listed_per_document_or_story(library, document):
    other = library.add_document("T", make_doc("other"))
    mine = library.add_note(document.id, "mine")
    theirs = library.add_note(other.id, "theirs")
    assert library.notes(story="T") == [theirs]
    assert library.notes(document.id) == [mine]
    assert library.notes() == [mine, theirs]


def test_updating_a_note_changes_body_and_updated_time_only(library, document):
    note = library.add_note(document.id, "draft", author="ana")
    changed = library.update_note(note.id, body="final")
    assert (changed.body, changed.author, changed.created) == ("final", "ana", note.created)
    assert changed.updated > note.updated
    assert library.notes(document.id) == [changed]


def test_deleted_note_is_gone(library, document):
    note = library.add_note(document.id, "to delete")
    library.delete_note(note.id)
    assert library.notes(document.id) == []
    with pytest.raises(LibraryError, match="no note"):
        library.delete_note(note.id)


@pytest.mark.parametrize(
    ("body", "start", "end"), [("", None, None), ("x", 5, None), ("x", 9, 3), ("x", -1, 2)]
)
def test_empty_note_or_broken_span_is_refused(library, document, body, start, end):
    with pytest.raises(LibraryError):
        library.add_note(document.id, body, start, end)
    assert library.notes() == []


def test_note_on_a_missing_document_is_refused(library):
    with pytest.raises(LibraryError, match="no document"):
        library.add_note(99, "orphan")
