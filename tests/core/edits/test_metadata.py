from datetime import datetime

from storydiff.core.edits.metadata import metadata_changes, metadata_of
from storydiff.importers.base import ImportedDocument


def test_changed_fields_both_versions_record_are_reported_headline_first():
    old = {"title": "Putin may announce draft", "author": "A. Slisco", "modified": "2023-01-17"}
    new = {"title": "Putin to announce draft", "author": "A.  Slisco", "modified": "2023-01-18",
           "description": "new"}  # fmt: skip
    changes = [c.to_dict() for c in metadata_changes(old, new)]
    assert changes == [
        {"field": "title", "old": "Putin may announce draft", "new": "Putin to announce draft"},
        {"field": "modified", "old": "2023-01-17", "new": "2023-01-18"},
    ]


def test_metadata_of_an_import_leaves_out_a_title_made_from_the_file_name():
    page = ImportedDocument(
        text="t", raw=b"t", method="html", title="Headline", author="Aila Slisco",
        published=datetime(2023, 1, 17), extra={"description": "d", "page_chars": "9"},
    )  # fmt: skip
    assert metadata_of(page) == {
        "title": "Headline", "author": "Aila Slisco", "published": "2023-01-17T00:00:00",
        "description": "d",
    }  # fmt: skip
    text = ImportedDocument(text="t", raw=b"t", method="text", title="a", extra={"file": "a.txt"})
    assert metadata_of(text) == {}
