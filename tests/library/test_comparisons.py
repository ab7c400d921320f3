"""The comparison cache: reused for the same texts, dropped when a text changes."""

from __future__ import annotations

import pytest
from library_samples import TEXT, make_doc, make_tags

RESULT = {"rows": [{"op": "changed", "a": [0], "b": [0], "similarity": 0.8}]}


@pytest.fixture
def pair(library):
    old = library.add_document("S", make_doc(TEXT), make_tags())
    new = library.add_document("S", make_doc(TEXT.replace("370,000", "500,000")))
    return old.id, new.id


def test_stored_comparison_is_returned_for_the_same_pair_and_mode(library, pair):
    assert library.cached_comparison(*pair, "revision") is None
    library.store_comparison(*pair, "revision", RESULT)
    assert library.cached_comparison(*pair, "revision") == RESULT
    assert library.cached_comparison(*pair, "coverage") is None
    assert library.cached_comparison(pair[1], pair[0], "revision") is None


def test_storing_again_replaces_the_cached_result(library, pair):
    library.store_comparison(*pair, "revision", RESULT)
    library.store_comparison(*pair, "revision", {"rows": []})
    assert library.cached_comparison(*pair, "revision") == {"rows": []}
    assert library.db["comparisons"].count == 1


def test_cache_is_invalidated_when_a_documents_text_changes(library, pair):
    library.store_comparison(*pair, "revision", RESULT)
    changed = library.update_document(pair[0], text=TEXT.replace("Tuesday", "Monday"))
    assert changed.text_sha256 != library.document(pair[1]).text_sha256
    assert library.cached_comparison(*pair, "revision") is None
    assert library.db["comparisons"].count == 0
    assert library.tags(pair[0]) == {"figures": [], "sources": [], "quotes": [], "claims": []}


def test_metadata_change_keeps_the_cache(library, pair):
    library.store_comparison(*pair, "revision", RESULT)
    library.update_document(pair[0], title="New headline")
    assert library.cached_comparison(*pair, "revision") == RESULT


def test_cache_written_by_another_app_version_is_not_used(library, pair, monkeypatch):
    library.store_comparison(*pair, "revision", RESULT)
    monkeypatch.setattr("storydiff.library.comparisons.__version__", "99.0")
    assert library.cached_comparison(*pair, "revision") is None


def test_deleting_a_document_drops_its_comparisons(library, pair):
    library.store_comparison(*pair, "revision", RESULT)
    library.delete_document(pair[1])
    assert library.db["comparisons"].count == 0
