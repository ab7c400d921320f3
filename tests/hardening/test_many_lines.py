"""Texts of millions of tiny or empty lines: memory for importing and analysing them stays
a small multiple of their size (measured in a child process by ``probe.py``)."""

from __future__ import annotations

import pytest

from storydiff.core.document import analyse
from storydiff.core.segment import MAX_SENTENCE_CHARS

MB = 1_000_000
BASE_MB = 60  # the child process with StoryDiff imported, before reading anything


@pytest.mark.parametrize(
    ("name", "data"),
    [("carriage returns", b"\r" * (10 * MB)), ("tiny sentences", b"A.\n" * 400_000)],
)
def test_many_lines_cost_a_small_multiple_of_their_size(tmp_path, bounded, name, data):
    path = tmp_path / "lines.txt"
    path.write_bytes(b"Troops were mobilised on the front line.\n" + data)
    result = bounded("ingest", path)
    assert result["outcome"] == "document", result
    size_mb = len(data) / MB
    assert result["peak_mb"] < BASE_MB + 12 * size_mb, result
    assert result["seconds"] < 30, result


def test_an_article_keeps_its_short_sentences_apart():
    text = "It rained. We left. They stayed.\nThe ministry said so.\n\nIt did."
    assert [s.text for s in analyse(text).sentences] == [
        "It rained.",
        "We left.",
        "They stayed.",
        "The ministry said so.",
        "It did.",
    ]


def test_a_huge_text_of_tiny_sentences_joins_them_without_losing_any_text():
    text = "A.\n" * 400_000
    document = analyse(text)
    assert len(document.sentences) < len(text) // 30
    assert "".join(s.text.replace("\n", "") for s in document.sentences) == "A." * 400_000


def test_runs_of_tiny_lines_make_a_few_thousand_records_not_millions():
    text = "A.\n" * 1_000_000  # 3 MB
    document = analyse(text)
    assert len(document.sentences) <= len(text) // 1000  # was one per 42 characters
    assert len(document.paragraphs) <= len(text) // 1000
    assert max(len(s.text) for s in document.sentences) <= MAX_SENTENCE_CHARS
    assert "".join(s.text.replace("\n", "") for s in document.sentences) == "A." * 1_000_000


def test_in_a_huge_text_a_real_sentence_still_ends_its_own_record():
    line = "Troops were mobilised on the front line, the ministry said."
    document = analyse(("A.\n" * 400_000 + line + "\n") * 3)
    ends = [s for s in document.sentences if s.text.endswith(line)]
    assert len(ends) == 3
    assert all(len(s.text) < len(line) + 40 for s in ends)  # at most a few tiny lines before it
