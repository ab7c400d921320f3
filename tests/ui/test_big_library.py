"""A big library lists quickly: summaries without texts, folded stories, texts read by workers."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from storydiff.errors import LibraryError
from storydiff.importers.base import ImportedDocument
from storydiff.library.records import DocumentSummary
from storydiff.library.store import Library
from storydiff.ui import library_panel
from storydiff.ui.comparison_cache import ComparisonCache
from storydiff.ui.library_model import LibraryModel
from storydiff.ui.library_panel import LibraryPanel


def _library(path, stories: int, versions: int = 3) -> Library:
    library = Library.open(path)
    for story in range(stories):
        for n in range(versions):
            text = f"The army sent {300 + n},000 troops, officials said. Story {story}."
            doc = ImportedDocument(text, text.encode(), "text", title=f"Story {story} v{n}")
            library.add_document(f"Story {story:03d}", doc)
    return library


def _reads_while(library: Library, action) -> tuple[set, int]:
    """Columns read and SELECT statements run by ``action`` on the library's connection."""
    reads: set[tuple[str, str]] = set()
    selects: list[str] = []

    def authorise(action_code, table, column, _db, _trigger) -> int:
        if action_code == sqlite3.SQLITE_READ:
            reads.add((table, column))
        return sqlite3.SQLITE_OK

    library.db.conn.set_authorizer(authorise)
    library.db.conn.set_trace_callback(
        lambda sql: selects.append(sql) if sql.lstrip().upper().startswith("SELECT") else None
    )
    try:
        action()
    finally:
        library.db.conn.set_authorizer(None)
        library.db.conn.set_trace_callback(None)
    return reads, len(selects)


def test_library_list_reads_no_text_and_the_same_queries_whatever_its_size(qtmodeltester, tmp_path):
    small, big = _library(tmp_path / "s.sqlite", 2), _library(tmp_path / "b.sqlite", 40)
    _, small_queries = _reads_while(small, lambda: LibraryModel(small))
    reads, big_queries = _reads_while(big, lambda: LibraryModel(big))
    assert ("documents", "title") in reads
    assert ("documents", "text") not in reads and ("documents", "raw") not in reads
    assert big_queries == small_queries <= 3
    model = LibraryModel(big)
    qtmodeltester.check(model)
    assert model.document_count() == 120
    assert all(isinstance(d, DocumentSummary) for e in model.entries for d in e.documents)
    last = big.summaries("Story 039")[-1]
    index = model.document_index(last.id)
    assert model.document_at(index) == last and index.data().endswith(" · Story 39 v2")


def test_big_library_opens_folded_with_only_the_shown_story_unfolded(qtbot, tmp_path, monkeypatch):
    library = _library(tmp_path / "lib.sqlite", 5)
    monkeypatch.setattr(library_panel, "EXPAND_ALL_UP_TO", 10)
    model = LibraryModel(library)
    panel = LibraryPanel(model)
    qtbot.addWidget(panel)
    tree = panel.tree
    assert tree.uniformRowHeights()
    assert not any(tree.isExpanded(model.index(row, 0)) for row in range(model.rowCount()))
    story = library.story("Story 003")
    panel.select_story(story.id)
    assert [tree.isExpanded(model.index(row, 0)) for row in range(5)] == [0, 0, 0, 1, 0]
    panel.select_documents([library.summaries("Story 001")[0].id])
    assert tree.isExpanded(model.story_index(library.story("Story 001").id))
    monkeypatch.setattr(library_panel, "EXPAND_ALL_UP_TO", 15)
    model.reload()
    assert all(tree.isExpanded(model.index(row, 0)) for row in range(model.rowCount()))


def test_comparison_of_summaries_reads_the_texts_in_the_worker_once(tmp_path):
    path = tmp_path / "lib.sqlite"
    with _library(path, 1) as library:
        old, new = library.summaries()[:2]
        texts = [library.document(d.id).text for d in (old, new)]
    cache = ComparisonCache(library_path=path)
    results = []
    worker = threading.Thread(target=lambda: results.append(cache.compare(old, new)))
    worker.start()
    worker.join(30)
    assert [document.text for document in results[0].documents] == texts
    cache.library_path = tmp_path / "gone.sqlite"  # a second look needs no library at all
    assert cache.compare(old, new) is results[0]
    assert not (tmp_path / "gone.sqlite").exists()
    with pytest.raises(LibraryError, match="not there"):
        cache.compare(new, old)


def test_main_window_keeps_summaries_and_compares_the_stored_texts(open_window):
    window = open_window()
    old, new = window.pair
    assert isinstance(old, DocumentSummary) and isinstance(new, DocumentSummary)
    assert window.result.documents[0].text == window.library.document(old.id).text
    assert window.result.documents[1].text == window.library.document(new.id).text
