from datetime import UTC, datetime

import pytest
from reuse_scoring import CASES, load, rates, run, score

from storydiff.core.document import analyse
from storydiff.core.provenance import Timing
from storydiff.core.reuse import StoryDocument, band, find_reuse

WIRE = (
    "The regional council approved a new budget of 48 million euros on Monday"
    " after a long debate.\n"
    "Opposition members said the plan cut funding for rural bus routes by a third.\n"
    "The mayor told reporters the savings were needed to repair the old town bridge.\n"
    "Work on the bridge is expected to start in the spring and last about two years.\n"
)
OWN = (
    "Residents of the valley have complained for years about the state of local roads.\n"
    "A petition signed by nine hundred people was handed to the town hall in March.\n"
)


def at(hour: int) -> datetime:
    return datetime(2024, 5, 6, hour, tzinfo=UTC)


def story(*texts, times=(), kinds=(), imported=()):
    documents = []
    for n, text in enumerate(texts):
        timing = Timing(
            published=times[n] if n < len(times) else None,
            imported=imported[n] if n < len(imported) else None,
            kind=kinds[n] if n < len(kinds) else "article",
        )
        documents.append(StoryDocument(analyse(text), timing))
    return find_reuse(documents)


@pytest.mark.parametrize("name", sorted(p.name for p in CASES.iterdir() if p.is_dir()))
def test_must_show_cases_find_the_written_down_passages_and_origins(name):
    case = load(name)
    found = rates(score(case, run(case)))
    assert found["precision"] == 1.0 and found["recall"] == 1.0
    assert found["char_precision"] >= 0.95 and found["char_recall"] >= 0.95
    assert found["origin"] == 1.0 and found["bands"] == 1.0


def test_must_show_churn_marks_outlets_built_on_source_copy():
    found = {c.document: c for c in run(load("agency")).churn}
    assert found[1].share == 1.0 and found[1].is_churn
    assert 0.4 < found[2].share < 0.8 and found[2].is_churn
    assert found[3].share == 0.0 and not found[3].is_churn


def test_verbatim_copy_is_wholly_derived_both_ways():
    (pair,) = story(WIRE, WIRE).pairs
    assert (pair.reused_a, pair.reused_b) == (1.0, 1.0)
    assert (pair.band_a, pair.band_b) == ("wholly", "wholly")
    (passage,) = pair.passages
    assert passage.verbatim and passage.edits == ()


def test_lightly_edited_sentence_counts_and_carries_its_edits():
    edited = WIRE.replace("on Monday after a long debate", "on Monday")
    (pair,) = story(WIRE, edited).pairs
    assert pair.reused_b == 1.0
    (passage,) = pair.passages
    assert not passage.verbatim
    (edit,) = passage.edits
    assert WIRE[edit.a_start : edit.a_end].strip() == "after a long debate"
    assert edit.b_start == edit.b_end


def test_same_facts_in_other_words_are_not_reuse():
    retold = (
        "On Monday councillors backed a 48 million euro spending plan for the region.\n"
        "Critics in the opposition said rural buses would lose a third of their money.\n"
    )
    (pair,) = story(WIRE, retold).pairs
    assert pair.passages == ()
    assert (pair.band_a, pair.band_b) == ("not", "not")


def test_page_clutter_is_not_counted_as_reuse():
    clutter = "Subscribe to our newsletter for daily updates in your inbox today.\n"
    (pair,) = story(clutter + OWN, clutter + WIRE).pairs
    assert pair.passages == ()
    assert pair.reused_a == 0.0


def test_a_sentence_split_in_two_is_found_in_both_halves():
    split = WIRE.replace(
        "The mayor told reporters the savings were needed to repair",
        "The mayor told reporters the savings were needed. They will repair",
    )
    (pair,) = story(WIRE, split).pairs
    assert pair.reused_a == 1.0
    (passage,) = pair.passages
    assert passage.a_sentences == (0, 1, 2, 3)
    assert passage.b_sentences == (0, 1, 2, 3, 4)


def test_a_short_sentence_counts_only_next_to_reused_text():
    short = "No one was hurt.\n"
    (pair,) = story(short + WIRE, short + WIRE).pairs
    assert pair.reused_a == 1.0
    (alone,) = story(short + OWN, short + WIRE).pairs
    assert alone.passages == () and alone.reused_a == 0.0


def test_partly_derived_outlet_is_partly_and_shares_count_characters():
    half = "\n".join(WIRE.splitlines()[:2]) + "\n" + OWN
    (pair,) = story(WIRE, half).pairs
    assert pair.band_b == "partly"
    assert 0.4 < pair.reused_b < 0.7


def test_bands_follow_the_documented_thresholds():
    assert [band(x) for x in (1.0, 0.8, 0.79, 0.1, 0.099, 0.0)] == [
        "wholly",
        "wholly",
        "partly",
        "partly",
        "not",
        "not",
    ]


def test_origin_is_the_earlier_publication():
    (pair,) = story(WIRE, WIRE, times=(at(12), at(9))).pairs
    assert (pair.passages[0].origin.document, pair.passages[0].origin.by) == (1, "published")


def test_origin_falls_back_to_import_time_and_says_so():
    (pair,) = story(WIRE, WIRE, imported=(at(8), at(10))).pairs
    assert (pair.passages[0].origin.document, pair.passages[0].origin.by) == (0, "imported")


def test_publication_and_import_times_are_not_compared():
    (pair,) = story(WIRE, WIRE, times=(at(8),), imported=(None, at(7))).pairs
    assert pair.passages[0].origin.document is None


def test_same_moment_means_neither_could_copy_the_other():
    (pair,) = story(WIRE, WIRE, times=(at(9), at(9))).pairs
    origin = pair.passages[0].origin
    assert (origin.document, origin.by, origin.common_source) == (None, "common source", None)


def test_an_earlier_third_carrier_is_the_common_source():
    result = story(WIRE, WIRE + OWN, OWN + WIRE, times=(at(7), at(9), at(10)))
    later = next(p for p in result.pairs if (p.a, p.b) == (1, 2))
    origin = later.passages[0].origin
    assert (origin.document, origin.common_source) == (None, 0)


def test_without_times_a_press_release_is_the_origin():
    (pair,) = story(OWN + WIRE, WIRE, kinds=("article", "press_release")).pairs
    assert (pair.passages[0].origin.document, pair.passages[0].origin.by) == (1, "kind")


def test_without_times_or_kinds_the_origin_is_unknown():
    (pair,) = story(WIRE, WIRE).pairs
    assert pair.passages[0].origin.document is None and pair.passages[0].origin.by is None


def test_churn_is_only_reported_against_press_releases_and_wire_copy():
    assert story(WIRE, WIRE).churn == ()
    result = story(WIRE, OWN + WIRE, OWN, kinds=("wire",))
    shares = {c.document: (c.is_churn, c.sources) for c in result.churn}
    assert shares == {1: (True, (0,)), 2: (False, ())}


def test_a_date_without_a_time_orders_by_day_only():
    midnight = datetime(2024, 5, 6, tzinfo=UTC)
    (same_day,) = story(WIRE, WIRE, times=(midnight, at(15)), kinds=("article", "wire")).pairs
    assert (same_day.passages[0].origin.document, same_day.passages[0].origin.by) == (1, "kind")
    (unknown,) = story(WIRE, WIRE, times=(midnight, at(15))).pairs
    assert unknown.passages[0].origin.document is None
    day_before = datetime(2024, 5, 5, tzinfo=UTC)
    (earlier,) = story(WIRE, WIRE, times=(day_before, at(15))).pairs
    assert (earlier.passages[0].origin.document, earlier.passages[0].origin.by) == (0, "published")


def test_progress_is_reported_per_document_and_cancel_stops_the_work():
    from storydiff.core.progress import Cancelled

    documents = [StoryDocument(analyse(text)) for text in (WIRE, OWN, WIRE)]
    heard = []
    find_reuse(documents, progress=lambda done, total: heard.append((done, total)))
    assert heard == [(1, 3), (2, 3), (3, 3)]
    with pytest.raises(Cancelled):
        find_reuse(documents, cancelled=lambda: True)
