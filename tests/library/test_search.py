"""Full-text search (ranking, snippets, hostile queries) and search by tag."""

from __future__ import annotations

import pytest
from library_samples import TEXT, make_doc, make_tags

from storydiff.library.search import MATCH_END, MATCH_START, as_number, fts_query


@pytest.fixture
def stories(library):
    """Three documents: the word 'mobilization' in a title, often in a text, once in a text."""
    ids = {}
    ids["title"] = library.add_document(
        "A", make_doc("Putin signs a decree.", title="Mobilization ordered")
    ).id
    ids["often"] = library.add_document(
        "B", make_doc("Mobilization here. Mobilization there. Mobilization.", title="Russia")
    ).id
    ids["once"] = library.add_document(
        "C", make_doc("A long text " * 30 + "mentions mobilization once.", title="War")
    ).id
    return ids


def test_title_and_frequent_matches_rank_before_a_single_mention(library, stories):
    hits = library.search("mobilization")
    assert [hit.document_id for hit in hits][-1] == stories["once"]
    assert {hits[0].document_id, hits[1].document_id} == {stories["title"], stories["often"]}
    assert [hit.rank for hit in hits] == sorted(hit.rank for hit in hits)


def test_snippet_marks_the_match_in_context(library, stories):
    hit = next(h for h in library.search("mobilization") if h.document_id == stories["once"])
    assert f"{MATCH_START}mobilization{MATCH_END} once" in hit.snippet
    assert hit.story == "C" and hit.title == "War"


def test_every_word_must_match_and_stems_match(library, stories):
    assert [h.document_id for h in library.search("decree putin")] == [stories["title"]]
    assert [h.document_id for h in library.search("decrees")] == [stories["title"]]
    assert library.search("decree mobilizations elephant") == []


def test_quoted_phrase_and_prefix(library, stories):
    assert [h.document_id for h in library.search('"signs a decree"')] == [stories["title"]]
    assert library.search('"decree signs"') == []
    assert [h.document_id for h in library.search("decr*")] == [stories["title"]]


@pytest.mark.parametrize(
    "query",
    ['"', '""', "*", "NEAR(", "AND", "OR NOT", "mobilization AND", 'mob"ilization', "(", "-",
     "col:mobilization", "^", "NEAR(mobilization putin, 2)", "'", "\\", "%", "  "],
)  # fmt: skip
def test_hostile_queries_never_break_the_search(library, stories, query):
    hits = library.search(query)
    assert isinstance(hits, list)


def test_operators_are_searched_as_words_not_obeyed(library):
    record = library.add_document("S", make_doc("Troops AND tanks NEAR the border."))
    library.add_document("T", make_doc("Troops and tanks."))
    assert [h.document_id for h in library.search("tanks NEAR")] == [record.id]


def test_search_can_be_limited_to_a_story_and_a_count(library, stories):
    assert [h.document_id for h in library.search("mobilization", story="B")] == [stories["often"]]
    assert len(library.search("mobilization", limit=2)) == 2


def test_fts_query_quotes_every_term():
    assert fts_query('370,000 troops "said on" NEAR( isw*') == (
        '"370,000" "troops" "said on" "NEAR(" "isw"*'
    )
    assert fts_query('" * -') == ""


def test_search_by_figure_value_finds_every_way_of_writing_it(library):
    record = library.add_document("Mobilization", make_doc(), make_tags())
    library.add_document("Other", make_doc("Other text"), {"figures": []})
    for query in ("370,000", "370000", "370 000"):
        hits = library.search_tags(query, category="figure")
        assert [(h.document_id, h.category, h.text) for h in hits] == [
            (record.id, "figure", "370,000 troops")
        ]
    assert {h.document_id for h in library.search_tags("370,000")} == {record.id}


def test_search_by_source_name_finds_stories_citing_it(library):
    record = library.add_document("Mobilization", make_doc(), make_tags())
    hits = library.search_tags("isw", category="sources")
    assert [(h.document_id, h.story, h.category) for h in hits] == [
        (record.id, "Mobilization", "source")
    ]
    hit = hits[0]
    assert TEXT[hit.start : hit.end] == hit.text
    assert library.search_tags("ISW", category="figure") == []


def test_tag_search_finds_claims_by_their_text_in_the_document(library):
    library.add_document("Mobilization", make_doc(), make_tags())
    hits = library.search_tags("mobilize", category="claim")
    assert [h.text for h in hits] == [TEXT[: TEXT.index(".") + 1]]


def test_tag_search_treats_like_wildcards_as_text(library):
    library.add_document("Mobilization", make_doc(), make_tags())
    assert library.search_tags("%") == []  # under 3 characters: values only
    assert library.search_tags("5_") == []
    assert [h.text for h in library.search_tags("2.5%")] == ["2.5%"]


def test_as_number_reads_plain_numbers_only():
    assert as_number("370,000") == 370000
    assert as_number("2.5") == 2.5
    assert as_number("nan") is None
    assert as_number("ISW") is None
