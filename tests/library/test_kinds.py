"""A document's kind (article, press release, wire copy) kept in its metadata."""

from __future__ import annotations

import pytest

from storydiff.errors import LibraryError
from storydiff.importers.base import ImportedDocument
from storydiff.library import Library
from storydiff.library.kinds import kind_of, set_kind


@pytest.fixture
def library(tmp_path):
    with Library.open(tmp_path / "lib.sqlite") as lib:
        yield lib


def add(library, text="Water works upgrade announced.", extra=None):
    doc = ImportedDocument(text, text.encode(), "text", title="Release", extra=extra or {})
    return library.add_document("Water", doc, {})


def test_a_document_is_an_article_until_marked(library):
    assert kind_of(add(library)) == "article"


def test_marking_keeps_the_other_metadata_and_can_be_undone(library):
    doc = add(library, extra={"feed": "https://example.org/rss"})
    marked = set_kind(library, doc.id, "press_release")
    assert kind_of(marked) == "press_release"
    assert marked.extra["feed"] == "https://example.org/rss"
    assert kind_of(library.documents("Water")[0]) == "press_release"
    back = set_kind(library, doc.id, "article")
    assert kind_of(back) == "article" and "kind" not in back.extra


def test_an_unknown_kind_is_refused_and_changes_nothing(library):
    doc = add(library)
    with pytest.raises(LibraryError, match="Unknown kind 'blog'"):
        set_kind(library, doc.id, "blog")
    assert kind_of(library.summary(doc.id)) == "article"


def test_an_unrecognised_stored_kind_reads_as_article(library):
    assert kind_of(add(library, extra={"kind": "something else"})) == "article"
