"""Refiling documents: move one to another story, merge two stories, undo a story's deletion."""

from __future__ import annotations

import pytest
from library_samples import TEXT, at, make_doc, make_tags

from storydiff.errors import LibraryError


def test_a_misfiled_document_moves_with_its_tags_and_notes(library):
    library.add_document("Russia", make_doc(published=at(17, 9)))
    quake = library.add_document(
        "Russia", make_doc("An earthquake struck.", url="https://x.example/q"), make_tags()
    )
    library.add_note(quake.id, "check the magnitude", start=0, end=2)
    moved = library.move_document(quake.id, "Earthquake")
    assert library.story(moved.story_id).name == "Earthquake"
    assert [d.id for d in library.documents("Earthquake")] == [quake.id]
    assert library.story("Russia").document_count == 1
    assert [n.body for n in library.notes(document_id=quake.id)] == ["check the magnitude"]
    assert library.tags(quake.id)["figures"]


def test_moving_a_document_where_its_twin_is_refused_and_changes_nothing(library):
    first = library.add_document("A", make_doc())
    library.add_document("B", make_doc())
    with pytest.raises(LibraryError, match="already holds this document"):
        library.move_document(first.id, "B")
    assert library.document(first.id).story_id == library.story("A").id


def test_merging_moves_every_document_renumbers_and_removes_the_source(library):
    early = library.add_document("A", make_doc("early text", published=at(3)))
    late = library.add_document("B", make_doc("late text", published=at(20)))
    middle = library.add_document("A", make_doc("middle text", published=at(10)))
    moved = library.merge_stories("A", "B")
    assert sorted(moved) == sorted([early.id, middle.id])
    assert library.find_story("A") is None
    assert [d.id for d in library.documents("B")] == [early.id, middle.id, late.id]


def test_merging_keeps_one_copy_of_a_shared_document_and_its_notes(library):
    mine = library.add_document("A", make_doc())
    theirs = library.add_document("B", make_doc())
    library.add_note(mine.id, "seen in A")
    assert library.merge_stories("A", "B") == []
    assert [d.id for d in library.documents("B")] == [theirs.id]
    assert [n.body for n in library.notes(document_id=theirs.id)] == ["seen in A"]


def test_a_story_cannot_merge_into_itself(library):
    library.add_document("A", make_doc())
    with pytest.raises(LibraryError, match="itself"):
        library.merge_stories("A", "A")


def test_a_deleted_story_comes_back_with_documents_tags_and_notes(library):
    first = library.add_document("A", make_doc(published=at(3)), make_tags())
    second = library.add_document("A", make_doc(TEXT + " More.", published=at(9)))
    library.add_note(first.id, "the first note", start=0, end=6)
    deleted = [library.delete_document(d.id) for d in library.documents("A")]
    library.delete_story("A")
    story = library.restore_story("A", deleted)
    assert story.document_count == 2
    assert [d.id for d in library.documents("A")] == [first.id, second.id]
    assert [n.body for n in library.notes(story="A")] == ["the first note"]
    assert library.tags(first.id)["figures"]
