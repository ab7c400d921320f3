"""ingest(): analyse, tag and store, the entry point importers and the UI use."""

from __future__ import annotations

from library_samples import TEXT, at, make_doc

from storydiff.core.document import analyse
from storydiff.core.tagging import extract
from storydiff.library.ingest import ingest


def test_ingest_stores_the_tags_the_tagger_finds(library):
    record = ingest(library, "Mobilization", make_doc())
    expected = extract(analyse(TEXT, title=record.title)).to_dict()
    assert library.tags(record.id) == expected
    assert library.documents("Mobilization") == [record]


def test_ingest_of_a_known_document_returns_it_without_tagging_again(library, monkeypatch):
    record = ingest(library, "Mobilization", make_doc())
    monkeypatch.setattr("storydiff.library.ingest.extract", lambda doc: 1 / 0)
    assert ingest(library, "Mobilization", make_doc()) == record


def test_ingest_without_a_story_follows_the_url_or_the_title(library):
    first = ingest(library, None, make_doc())
    revision = ingest(library, None, make_doc(TEXT + " Updated.", title="Changed headline"))
    assert revision.story_id == first.story_id and revision.version == 2
    other = ingest(library, None, make_doc("Other", url="", title="Election night"))
    assert library.story(other.story_id).name == "Election night"


def test_sample_article_and_its_revision_become_two_tagged_versions(
    library, sample_text, revised_text
):
    for text, hour in ((sample_text, 9), (revised_text, 15)):
        raw = text.encode("utf-8")
        ingest(library, "ISW", make_doc(text, raw=raw, method="text", published=at(17, hour)))
    old, new = library.documents("ISW")
    assert (old.text, new.text) == (sample_text, revised_text)
    found = library.search_tags("318,000", category="figure")
    assert {hit.document_id for hit in found} == {new.id}
    assert all(new.text[hit.start : hit.end] == hit.text for hit in found)
    assert {hit.document_id for hit in library.search("Institute for the Study of War")} == {
        old.id,
        new.id,
    }
