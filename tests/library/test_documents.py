"""Stories and documents: dedupe by hash, versions, delete and undo, metadata."""

from __future__ import annotations

import sqlite3

import pytest
from library_samples import TEXT, at, make_doc, make_tags

from storydiff.errors import LibraryError


def test_importing_the_same_bytes_twice_keeps_one_document(library):
    first = library.add_document("Mobilization", make_doc(), make_tags())
    again = library.add_document("Mobilization", make_doc(), make_tags())
    assert again.id == first.id
    assert library.story("Mobilization").document_count == 1
    assert library.db["tags"].count == 5


def test_same_url_with_new_text_becomes_a_new_version(library):
    old = library.add_document("Mobilization", make_doc(published=at(17, 9)))
    new_text = TEXT.replace("370,000", "500,000")
    new = library.add_document("Mobilization", make_doc(new_text, published=at(17, 15)))
    assert new.id != old.id
    assert [(d.id, d.version) for d in library.documents("Mobilization")] == [
        (old.id, 1),
        (new.id, 2),
    ]
    assert library.story_for_url(make_doc().url).name == "Mobilization"


def test_versions_follow_publication_then_retrieval_time_not_import_order(library):
    late = library.add_document("S", make_doc("late", published=at(20)))
    undated = library.add_document("S", make_doc("undated", retrieved=at(1)))
    early = library.add_document("S", make_doc("early", published=at(3)))
    order = [d.id for d in library.documents("S")]
    assert order == [early.id, late.id, undated.id]
    assert library.document(late.id).version == 2


def test_document_record_keeps_metadata_and_raw_bytes_apart(library):
    doc = make_doc(author="Brendan Cole", published=at(17), retrieved=at(18), extra={"lang": "en"})
    record = library.add_document("S", doc)
    assert (record.title, record.outlet, record.author) == (doc.title, doc.outlet, "Brendan Cole")
    assert record.published == at(17) and record.retrieved == at(18)
    assert record.text_sha256 == doc.text_sha256 and record.raw_sha256 == doc.raw_sha256
    assert record.extra == {"lang": "en"}
    assert library.raw_bytes(record.id) == doc.raw


def test_tags_come_back_exactly_as_given(library):
    record = library.add_document("S", make_doc(), make_tags())
    assert library.tags(record.id) == make_tags()


def test_story_names_are_unique_and_looked_up_by_name_or_id(library):
    story = library.add_story("Mobilization")
    assert library.add_story("Mobilization").id == story.id
    assert library.story(story.id) == library.story("Mobilization")
    with pytest.raises(LibraryError, match="no story"):
        library.story("Elections")


def test_rename_story_refuses_a_name_already_taken(library):
    library.add_story("A")
    library.add_story("B")
    assert library.rename_story("A", "C").name == "C"
    with pytest.raises(LibraryError, match="already taken"):
        library.rename_story("C", "B")


def test_delete_story_removes_its_documents_tags_and_notes(library):
    record = library.add_document("S", make_doc(), make_tags())
    library.add_note(record.id, "check this")
    library.add_document("Other", make_doc("other text"), make_tags("other text" + TEXT))
    assert library.delete_story("S") == 1
    assert [s.name for s in library.stories()] == ["Other"]
    assert library.db["notes"].count == 0
    assert library.db.execute("SELECT count(DISTINCT document_id) FROM tags").fetchone()[0] == 1


def test_deleted_document_is_restored_with_its_tags_and_notes(library):
    record = library.add_document("S", make_doc(), make_tags())
    note = library.add_note(record.id, "the ISW figure", start=0, end=6)
    deleted = library.delete_document(record.id)
    assert library.documents("S") == []
    assert library.search("ISW") == []
    restored = library.restore_document(deleted)
    assert restored == record
    assert library.tags(record.id) == make_tags()
    assert library.notes(record.id) == [note]
    assert library.raw_bytes(record.id) == make_doc().raw
    assert [hit.document_id for hit in library.search("ISW")] == [record.id]


def test_undo_delete_after_a_new_import_took_the_ids_keeps_tags_and_notes(library):
    library.add_document("S", make_doc("first version"))
    record = library.add_document("S", make_doc(), make_tags())
    library.add_note(record.id, "the ISW figure", start=0, end=6)
    deleted = library.delete_document(record.id)
    newer = library.add_document("S", make_doc("third version"), make_tags("third " + TEXT))
    library.add_note(newer.id, "newer note")
    restored = library.restore_document(deleted)
    assert restored.text == TEXT and restored.id != newer.id
    assert library.tags(restored.id) == make_tags()
    assert [n.body for n in library.notes(restored.id)] == ["the ISW figure"]
    assert [n.body for n in library.notes(newer.id)] == ["newer note"]
    assert library.tags(newer.id) == make_tags("third " + TEXT)
    assert library.story("S").document_count == 3


def test_undo_delete_after_the_same_text_was_imported_again_keeps_the_notes(library):
    record = library.add_document("S", make_doc(), make_tags())
    library.add_note(record.id, "checked against the ISW report")
    deleted = library.delete_document(record.id)
    again = library.add_document("S", make_doc(), make_tags())
    restored = library.restore_document(deleted)
    assert restored.id == again.id
    assert library.story("S").document_count == 1
    assert library.tags(restored.id) == make_tags()
    assert [n.body for n in library.notes(restored.id)] == ["checked against the ISW report"]


def test_missing_document_is_a_library_error(library):
    with pytest.raises(LibraryError, match="no document 42"):
        library.document(42)


def test_failed_write_leaves_nothing_behind(library):
    broken = make_tags()
    broken["figures"].append({"kind": object(), "start": 1, "end": 2, "value": 3})
    with pytest.raises((LibraryError, sqlite3.Error)):
        library.add_document("S", make_doc(), broken)
    assert library.db["documents"].count == 0
    assert library.db["tags"].count == 0


def test_transaction_groups_several_imports(library):
    with pytest.raises(RuntimeError), library.transaction():
        library.add_document("Feed", make_doc("one"))
        library.add_document("Feed", make_doc("two"))
        raise RuntimeError("connection lost")
    assert library.stories() == []
