"""Timeline counts kept in the library: read back on reopening, recomputed when a text changes."""

from __future__ import annotations

import pytest

from storydiff.core import story
from storydiff.library.store import Library
from storydiff.ui import comparison_cache
from storydiff.ui.revision_counts import TASK_KEY, count_from_dict


def counted_window(open_window, qtbot, path, wait=True):
    window = open_window(path, wait=wait)
    qtbot.waitUntil(
        lambda: len(window.timeline.counts) == 2 and not window.runner.is_busy(TASK_KEY),
        timeout=20000,
    )
    return window


def stored_rows(path) -> list[dict]:
    with Library.open(path) as library:
        return list(library.db["comparisons"].rows)


def never_compare(*args, **kwargs):
    raise AssertionError("compared again although the library holds the result")


def test_counts_are_stored_and_shown_from_the_library_on_reopening(
    open_window, qtbot, monkeypatch, three_versions
):
    window = counted_window(open_window, qtbot, three_versions)
    first = dict(window.timeline.counts)
    window.close()
    assert len(stored_rows(three_versions)) == 2
    monkeypatch.setattr(comparison_cache, "compare_documents", never_compare)
    reopened = counted_window(open_window, qtbot, three_versions, wait=False)
    assert reopened.timeline.counts == first
    assert reopened.timeline.count_text(0) == "4 changed · 6 tagged"


def test_a_changed_text_is_compared_again(open_window, qtbot, monkeypatch, three_versions):
    counted_window(open_window, qtbot, three_versions).close()
    with Library.open(three_versions) as library:
        first, second, third = library.documents(library.stories()[0].id)
        edited = library.update_document(
            third.id, text=third.text + "\n\nA new closing paragraph about the mobilisation."
        )
    compared = []

    def spy(documents, *args, **kwargs):
        compared.append(tuple(d.text for d in documents))
        return story.compare_documents(documents, *args, **kwargs)

    monkeypatch.setattr(comparison_cache, "compare_documents", spy)
    window = counted_window(open_window, qtbot, three_versions)
    assert (second.text, edited.text) in compared  # the changed pair, computed again
    assert all(first.text not in texts for texts in compared)  # v1 → v2 read from the library
    assert edited.text_sha256 in {row["text_sha256_b"] for row in stored_rows(three_versions)}
    assert window.timeline.counts[1].changed >= 1


@pytest.mark.parametrize("stored", [{}, {"comparisons": []}, {"comparisons": [{"op": 1}]}])
def test_a_stored_result_of_another_shape_is_computed_again(stored):
    assert count_from_dict(0, 1, stored) is None
