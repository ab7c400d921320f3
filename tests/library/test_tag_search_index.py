"""Migration 7: tags are searched through an FTS5 trigram index kept in step with every
write to ``tags`` (import, re-tagging, delete and undo), and old libraries are indexed."""

from __future__ import annotations

from library_samples import TEXT, make_doc, make_tags
from sqlite_utils import Database

from storydiff.library import Library
from storydiff.library.schema import MIGRATION_NAMES, MIGRATIONS, SCHEMA_VERSION


def found(library, text, category=None):
    return sorted((hit.category, hit.text) for hit in library.search_tags(text, category))


def test_tags_are_found_by_text_value_name_and_speaker_after_import(library):
    library.add_document("Army", make_doc(), make_tags())
    claim = ("claim", TEXT[: TEXT.index(".") + 1])
    assert found(library, "000 tro") == [claim, ("figure", "370,000 troops")]
    assert found(library, "370000") == [("figure", "370,000 troops")]
    assert found(library, "isw", "sources") == [("source", "the ISW said")]  # any case
    assert found(library, "Kremlin spokes", "quotes")[0][0] == "quote"
    assert found(library, "mobilize 370") == [("claim", TEXT[: TEXT.index(".") + 1])]


def test_re_tagging_replaces_what_the_index_finds(library):
    record = library.add_document("Army", make_doc(), make_tags())
    tags = make_tags()
    tags["sources"][0].update(text="the Kremlin said", name="Kremlin")
    library.replace_tags(record.id, tags, "2")
    assert found(library, "ISW", "sources") == []
    assert found(library, "the Kremlin said") == [("source", "the Kremlin said")]
    library.replace_tags(record.id, {}, "3")
    assert found(library, "troops") == [] and found(library, "370,000") == []
    assert found(library, "Tuesday") == []


def test_a_deleted_document_is_not_found_until_undone(library):
    record = library.add_document("Army", make_doc(), make_tags())
    deleted = library.delete_document(record.id)
    assert found(library, "troops") == [] and found(library, "Kremlin") == []
    library.restore_document(deleted)
    assert found(library, "troops", "figures") == [("figure", "370,000 troops")]
    assert [category for category, _ in found(library, "Kremlin")] == ["quote"]


def test_a_schema_6_library_with_tags_is_indexed_by_the_upgrade(library_path):
    db = Database(library_path, execute_plugins=False)
    MIGRATIONS.apply(db, stop_before=MIGRATION_NAMES[6])
    assert db["library_info"].get("schema_version")["value"] == "6"
    db["stories"].insert({"id": 1, "name": "Army", "created": "2023-01-17T09:00:00+00:00"})
    doc = make_doc()
    db["documents"].insert(
        {"id": 1, "story_id": 1, "title": doc.title, "imported": "2023-01-17T09:00:00+00:00",
         "method": "text", "text": TEXT, "text_sha256": doc.text_sha256,
         "raw_sha256": doc.raw_sha256, "raw": doc.raw}
    )  # fmt: skip
    tags = make_tags()
    db["tags"].insert({"document_id": 1, "category": "figure", **tags["figures"][0]})
    db["tags"].insert({"document_id": 1, "category": "claim", "start": 0, "end": 10})
    db.close()
    with Library.open(library_path) as library:
        assert library.db["library_info"].get("schema_version")["value"] == str(SCHEMA_VERSION)
        assert found(library, "troops") == [("figure", "370,000 troops")]
        assert found(library, "Russia may") == [("claim", "Russia may")]
        assert library.db["tags_fts"].count == 2


def test_a_long_text_finds_only_tags_holding_all_of_it(library):
    library.add_document("Army", make_doc(), make_tags())
    sentence = TEXT[: TEXT.index(".") + 1]  # longer than the part the index is asked for
    assert found(library, sentence) == [("claim", sentence)]
    assert found(library, sentence[:-1] + " and more.") == []
