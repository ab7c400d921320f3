"""Migration 6: a library made by schema 5 gains tagger versions; its tags are made again
on first use, its comparisons (made by unknown rules) are dropped."""

from __future__ import annotations

import json

from library_samples import TEXT, make_doc, make_tags
from sqlite_utils import Database

from storydiff.library import Library
from storydiff.library.schema import MIGRATION_NAMES, MIGRATIONS, SCHEMA_VERSION
from storydiff.service.documents import analysed, tags_of


def make_v5_library(path) -> None:
    """A library as schema 5 wrote it: a story, two documents with tags, a comparison."""
    db = Database(path, execute_plugins=False)
    MIGRATIONS.apply(db, stop_before=MIGRATION_NAMES[5])
    assert db["library_info"].get("schema_version")["value"] == "5"
    db["stories"].insert({"id": 1, "name": "Army", "created": "2023-01-17T09:00:00+00:00"})
    for n, text in enumerate((TEXT, TEXT.replace("370,000", "500,000")), start=1):
        doc = make_doc(text)
        db["documents"].insert(
            {"id": n, "story_id": 1, "title": doc.title, "imported": "2023-01-17T09:00:00+00:00",
             "method": "text", "text": text, "text_sha256": doc.text_sha256,
             "raw_sha256": doc.raw_sha256, "raw": doc.raw}
        )  # fmt: skip
    tag = make_tags()["figures"][0]
    db["tags"].insert({"document_id": 1, "category": "figure", **tag})
    db["comparisons"].insert(
        {"document_a": 1, "document_b": 2, "mode": "auto", "text_sha256_a": "a",
         "text_sha256_b": "b", "app_version": "0.1", "result": json.dumps({"comparisons": []}),
         "created": "2023-01-17T09:00:00+00:00"}
    )  # fmt: skip
    db.close()


def test_a_schema_5_library_is_upgraded_to_tagger_versions(library_path):
    make_v5_library(library_path)
    with Library.open(library_path) as library:
        assert library.db["library_info"].get("schema_version")["value"] == str(SCHEMA_VERSION)
        assert "tagger_version" in library.db["documents"].columns_dict
        assert "core_version" in library.db["comparisons"].columns_dict
        assert library.db["comparisons"].count == 0  # made by unknown rules
        record = library.documents("Army")[0]
        assert library.tags(record.id)["figures"][0]["text"] == "370,000 troops"  # kept
        assert library.tags_made_by(record.id, "any version") is None  # but not trusted
        tags = tags_of(library, record, analysed(record))  # made again, stored with a version
        assert library.tags(record.id) == tags.to_dict()


def test_a_comparison_is_stored_again_after_the_upgrade(library_path):
    make_v5_library(library_path)
    with Library.open(library_path) as library:
        library.store_comparison(1, 2, "auto", {"comparisons": []})
        assert library.cached_comparison(1, 2, "auto") == {"comparisons": []}
