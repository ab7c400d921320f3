"""Who carried a figure or a quote first, and who changed or dropped it when."""

from __future__ import annotations

from datetime import UTC, datetime

from storydiff.core.document import analyse
from storydiff.core.fact_timeline import (
    event_sentence,
    fact_timeline,
    figure_timeline,
    quote_rows,
    quote_score,
    story_order,
)
from storydiff.core.facts import fact_table
from storydiff.core.provenance import Timing
from storydiff.core.tagging import extract
from storydiff.core.tagging.records import Quote

V1 = (
    "Quake kills 100\n\nAt least 100 people were killed in the earthquake, officials said. "
    '"We are doing everything we can to reach the survivors," said Governor Ali Yilmaz. '
    "Rescue teams arrived from 12 countries.\n"
)
V2 = (
    "Quake toll rises to 150\n\nAt least 150 people were killed in the earthquake, officials "
    'said. "We are doing all we can to reach the survivors," said Governor Ali Yilmaz.\n'
)
V3 = (
    "Quake toll rises\n\nAt least 150 people were killed in the earthquake, officials said. "
    'Rescue teams arrived from 12 countries. "The hospitals are full," said doctor Sara Demir.\n'
)


def story(*texts):
    docs = [analyse(t) for t in texts]
    tags = [extract(d) for d in docs]
    return fact_table(docs, tags), tags


def events(timeline):
    return [(e.event, e.document, e.before, e.after) for e in timeline]


def fact_with(table, text):
    return next(f for f in table.facts if any(c and c.figure.text == text for c in f.cells))


def test_figure_first_carried_then_changed_in_the_order_given():
    table, _ = story(V1, V2, V3)
    order = story_order([Timing()] * 3)
    assert order.basis == "order"
    toll = fact_with(table, "At least 100 people")
    assert events(fact_timeline(toll, order)) == [
        ("first", 0, None, "At least 100 people"),
        ("changed", 1, "At least 100 people", "At least 150 people"),
    ]


def test_figure_dropped_then_carried_again():
    table, _ = story(V1, V2, V3)
    teams = fact_with(table, "12 countries")
    assert [e[:2] for e in events(fact_timeline(teams, story_order([Timing()] * 3)))] == [
        ("first", 0),
        ("dropped", 1),
        ("again", 2),
    ]


def test_publication_times_decide_who_was_first_and_are_given():
    table, _ = story(V1, V2)
    late, early = datetime(2023, 2, 6, 12, tzinfo=UTC), datetime(2023, 2, 6, 8, tzinfo=UTC)
    order = story_order([Timing(published=late), Timing(published=early)])
    assert order.basis == "published" and order.order == (1, 0)
    toll = fact_with(table, "At least 100 people")
    timeline = fact_timeline(toll, order)
    assert [(e.event, e.document, e.when) for e in timeline] == [
        ("first", 1, early),
        ("changed", 0, late),
    ]
    assert timeline[0].to_dict(order.basis)["time_basis"] == "published"


def test_import_times_when_a_publication_time_is_missing():
    first, second = datetime(2023, 1, 1, 9), datetime(2023, 1, 1, 10)
    order = story_order(
        [Timing(published=datetime(2023, 1, 1), imported=second), Timing(imported=first)]
    )
    assert order.basis == "imported" and order.order == (1, 0)


def test_quotes_match_near_verbatim_with_their_edit_and_drop():
    _, tags = story(V1, V2, V3)
    rows = quote_rows(tags)
    yilmaz = next(r for r in rows if r.speaker == "Ali Yilmaz")
    assert yilmaz.cells[0] is not None and yilmaz.cells[1] is not None
    assert yilmaz.cells[2] is None
    assert [e.event for e in yilmaz.timeline(story_order([Timing()] * 3))] == [
        "first",
        "changed",
        "dropped",
    ]
    hospitals = next(r for r in rows if r.cells[2] is not None and r.cells[0] is None)
    assert hospitals.first(story_order([Timing()] * 3)) == 2


def test_quotes_of_other_speakers_or_other_words_are_not_one():
    said = Quote(0, 30, '"We will rebuild every home,"', "Ali Yilmaz")
    assert quote_score(said, Quote(0, 30, '"We will rebuild every home,"', "Yilmaz")) == 1.0
    assert quote_score(said, Quote(0, 30, '"We will rebuild every home,"', "Sara Demir")) is None
    assert quote_score(said, Quote(0, 20, '"The hospitals are full,"', "Ali Yilmaz")) is None
    trimmed = Quote(0, 60, '"We will rebuild every home, and we will do it this year,"', None)
    assert quote_score(said, trimmed) is not None


def test_same_words_in_other_marks_are_not_a_change():
    _, tags = story(V1, V1.replace('"We are', "“We are").replace('survivors,"', "survivors,”"))
    rows = [r for r in quote_rows(tags) if r.speaker == "Ali Yilmaz"]
    assert len(rows) == 1
    assert [e.event for e in rows[0].timeline(story_order([Timing()] * 2))] == ["first"]


def test_one_figure_followed_through_versions_reads_as_sentences():
    _, tags = story(V1, V2)
    figures = [next(f for f in t.figures if f.text.startswith("At least")) for t in tags]
    when = datetime(2023, 2, 6, 9, tzinfo=UTC)
    order = story_order([Timing(published=when), Timing(published=when.replace(hour=10))])
    timeline = figure_timeline([figures[0], figures[1]], order)
    assert [e.event for e in timeline] == ["first", "changed"]
    assert event_sentence(timeline[1], "v2 · AP", order.basis) == (
        "Changed from At least 100 people to At least 150 people by v2 · AP "
        "(published 06 Feb 2023 10:00)"
    )
    assert [e.event for e in figure_timeline([figures[0], None], order)] == ["first", "dropped"]


def test_a_figure_written_more_precisely_in_a_later_version_is_a_change():
    from storydiff.core.document import analyse
    from storydiff.core.facts import fact_table
    from storydiff.core.tagging import extract

    docs = [analyse("The deal is worth $4.2 billion."), analyse("The deal is worth $4.21 billion.")]
    table = fact_table(docs, [extract(d) for d in docs])
    (fact,) = [f for f in table.facts if all(f.cells)]
    assert fact.conflict is False  # written alike to the coarser precision
    found = fact_timeline(fact, story_order([Timing()] * 2))
    assert [e.event for e in found] == ["first", "changed"]
