"""Search with hostile queries: a pasted paragraph, a thousand words, prefixes of one
letter. The query is bounded before it reaches FTS5, so its time does not grow with it."""

from __future__ import annotations

import time

import pytest
from library_samples import TEXT, make_doc

from storydiff.library import Library
from storydiff.library import search as search_module
from storydiff.library.search import fts_query

WORDS = TEXT.replace("370,000", "").split()  # words both documents hold, many times


@pytest.fixture
def library(tmp_path):
    with Library.open(tmp_path / "library.sqlite") as opened:
        opened.add_document("A", make_doc(TEXT * 300))
        opened.add_document("B", make_doc(TEXT.replace("370,000", "300,000") * 300))
        yield opened


@pytest.mark.parametrize(
    "query",
    [
        " ".join(WORDS[n % len(WORDS)] for n in range(1000)),
        " ".join(f"{WORDS[n % len(WORDS)][:1]}*" for n in range(300)),
        '"' + " ".join(WORDS * 10) + '"',
        "x" * 100_000,
    ],
    ids=["thousand words", "one-letter prefixes", "long phrase", "one long word"],
)
def test_a_huge_query_answers_quickly(library, query):
    started = time.perf_counter()
    library.search(query)
    assert time.perf_counter() - started < 1.0  # safety bound; figures in docs/hardening.md


def test_the_query_is_cut_to_a_bounded_number_of_terms():
    query = fts_query(" ".join(f"word{n}" for n in range(1000)))
    assert len(query.split()) == search_module.MAX_QUERY_TERMS
    assert fts_query("a* mob*") == '"a" "mob"*'  # a one-letter prefix is the word itself


def test_a_pasted_sentence_still_finds_its_document(library):
    hits = library.search(TEXT.split("\n")[-1])
    assert len(hits) == 2


def test_a_huge_tag_search_is_cut_to_a_bounded_pattern(library):
    started = time.perf_counter()
    assert library.search_tags("x" * 1_000_000) == []
    assert time.perf_counter() - started < 1.0
