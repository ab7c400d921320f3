"""Stored tags are read back, identical to freshly made ones, while the tagger is the same."""

from __future__ import annotations

from pathlib import Path

import pytest

from storydiff.core.imported import ImportedDocument
from storydiff.core.tagging import extract
from storydiff.library import Library
from storydiff.paths import resource
from storydiff.service import documents
from storydiff.service.documents import analysed, story_records, tags_of
from storydiff.service.ingest import ingest

DEV2 = Path(__file__).parents[1] / "eval" / "dev2"
TEXTS = [
    resource("samples", "newsweek-2023-01-17-isw-mobilization.txt"),
    resource("samples", "newsweek-2023-01-17-isw-mobilization.revised.txt"),
    *sorted(DEV2.glob("*.txt")),
]


def stored(library: Library, path: Path):
    text = path.read_text(encoding="utf-8")
    imported = ImportedDocument(text, text.encode(), "text", title=path.stem, outlet="Wire")
    return ingest(library, path.stem, imported)


def never_tag(doc):
    raise AssertionError("tagged again although the library holds this tagger's tags")


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_tags_read_back_are_the_tags_the_tagger_makes(tmp_path, monkeypatch, path):
    with Library.open(tmp_path / "library.sqlite") as library:
        record = stored(library, path)
        document = analysed(record)
        fresh = extract(document)
        monkeypatch.setattr(documents, "extract", never_tag)
        read_back = tags_of(library, record, document)
    assert read_back == fresh
    assert read_back.to_dict() == fresh.to_dict()
    assert read_back.figures  # every text here has figures: the comparison is not empty


def test_a_new_tagger_version_tags_again_and_stores_what_it_made(tmp_path, monkeypatch):
    path = tmp_path / "library.sqlite"
    with Library.open(path) as library:
        record = stored(library, TEXTS[0])
    made = []

    def counting(doc):
        made.append(doc)
        return extract(doc)

    monkeypatch.setattr(documents, "extract", counting)
    monkeypatch.setattr(documents, "tagger_version", lambda: "rules changed")
    first = story_records(path, TEXTS[0].stem)[2]
    again = story_records(path, TEXTS[0].stem)[2]
    assert len(made) == 1  # tagged once under the new version, then read back
    assert first == again == [extract(analysed(record))]
    with Library.open(path) as library:
        assert library.tags_made_by(record.id, "rules changed") == first[0].to_dict()


def test_changing_a_text_drops_the_tagger_version_of_its_tags(tmp_path):
    with Library.open(tmp_path / "library.sqlite") as library:
        record = stored(library, TEXTS[0])
        version = documents.tagger_version()
        assert library.tags_made_by(record.id, version) is not None
        library.update_document(record.id, text=record.text + "\n\nA closing line.")
        assert library.tags_made_by(record.id, version) is None
