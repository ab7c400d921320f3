"""Number shapes: names, scores and tallies, rankings, hyphenated fractions, and the
words around a figure (qualifiers, counted nouns, ordinals without their noun)."""

from __future__ import annotations

import pytest

from storydiff.core.tagging.figures import find_figures
from storydiff.core.tagging.records import Figure


def figures(sentence: str) -> list[Figure]:
    return find_figures(sentence, 0, len(sentence))


def texts(sentence: str) -> list[str]:
    return [f.text for f in figures(sentence)]


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Running 5,000 metres a week keeps knees healthy.", "5,000 metres a week"),
        ("In Lower Weston 85 families lost power.", "85 families"),
        ("By Monday 60 schools had reopened.", "60 schools"),
        ("Canada 1,200 kilometres away.", "1,200 kilometres"),
        ("Across Norfolk 12% of farms flooded.", "12%"),
        ("About 500 Infantry soldiers arrived.", "About 500 Infantry soldiers"),
    ],
)
def test_a_capitalised_word_before_an_amount_does_not_make_it_a_name(sentence, text):
    assert texts(sentence) == [text]


@pytest.mark.parametrize(
    "sentence",
    [
        "An Airbus 320 taxied to the gate.",
        "Customers queued for the iPhone 16 all night.",
        "Travellers drove along Route 9 through the valley.",
        "Windows 10 users must update.",
        "Title 9 applies to colleges.",
        "Soldiers of the 122 Infantry Battalion moved to the hills.",
        "The 3 Commando Brigade landed at dawn.",
    ],
)
def test_series_and_model_numbers_are_names(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Rovers beat the visitors 4-2 on Sunday.",
        "It was a 2-0 win for the hosts.",
        "The committee voted 9-4 to approve it.",
        "Justices ruled 6-3 in the case.",
        "The House passed it 218-210 in a party-line vote.",
        "The final vote was 7 to 2.",
    ],
)
def test_scores_and_vote_tallies_are_not_figures(sentence):
    assert figures(sentence) == []


def test_a_hyphenated_range_with_a_counted_noun_is_still_a_figure():
    found = figures("Expect 3-4 inches of snow and a 5-7% rise.")
    assert [(f.text, f.value, f.high) for f in found] == [("3-4 inches", 3, 4), ("5-7%", 5, 7)]


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("The team rose to No. 4 in the table.", "No. 4", 4, "rank"),
        ("She is the No. 2 seed this year.", "No. 2", 2, "seed"),
        ("Their song hit No. 11.", "No. 11", 11, "rank"),
    ],
)
def test_rankings_are_ordinals(sentence, text, value, unit):
    (found,) = figures(sentence)
    assert (found.kind, found.text, found.value, found.unit) == ("ordinal", text, value, unit)


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Traders expect a quarter-point rise next month.", "quarter-point", 0.25),
        ("The bank made a half-point move.", "half-point", 0.5),
        ("It was a three-quarter-point cut.", "three-quarter-point", 0.75),
    ],
)
def test_hyphenated_fractions_of_a_point(sentence, text, value):
    (found,) = figures(sentence)
    assert (found.text, found.value, found.unit) == (text, value, "percentage points")


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Okafor headed in the fourth as the hosts pulled away.", 4),
        ("The board met for its fifth on housing policy.", 5),
        ("It was the city's second, after a flood in spring.", 2),
    ],
)
def test_word_ordinals_with_the_noun_left_out(sentence, value):
    (found,) = figures(sentence)
    assert (found.kind, found.value) == ("ordinal", value)


@pytest.mark.parametrize(
    ("sentence", "text", "qualifier"),
    [
        ("Growth slowed beyond 5,000 units.", "beyond 5,000 units", "beyond"),
        ("Patients lived an average of 3.5 years.", "an average of 3.5 years", "an average of"),
        ("Shoppers spent an extra £30 a week.", "an extra £30 a week", "an extra"),
        (
            "The poll has a margin of plus or minus 3 points.",
            "plus or minus 3 points",
            "plus or minus",
        ),
        ("Residents aged 75 and over qualify.", "aged 75 and over", "and over"),
        ("The council hired a further 40 wardens.", "a further 40 wardens", "a further"),
    ],
)
def test_qualifiers_are_inside_the_span(sentence, text, qualifier):
    (found,) = figures(sentence)
    assert (found.text, found.qualifier) == (text, qualifier)


@pytest.mark.parametrize(
    ("sentence", "text", "unit"),
    [
        ("The blast left more than 90 wounded.", "more than 90 wounded", "wounded"),
        ("She set a 20,000-word limit.", "20,000-word", "word"),
        ("The town hired 35 more paramedics.", "35 more paramedics", "paramedics"),
        (
            "They deployed 900 firefighters and rescue workers.",
            "900 firefighters and rescue workers",
            "firefighters and rescue workers",
        ),
        (
            "Three senior diplomats told the BBC the talks stalled.",
            "Three senior diplomats",
            "senior diplomats",
        ),
    ],
)
def test_counted_nouns_are_kept_whole_and_stop_at_the_verb(sentence, text, unit):
    found = figures(sentence)[0]
    assert (found.text, found.unit) == (text, unit)


@pytest.mark.parametrize(
    "sentence",
    ["Stage 3 melanoma patients joined the trial.", "Tier 1 suppliers were hit."],
)
def test_series_words_keep_a_number_in_a_name_even_before_a_plural(sentence):
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Lenders trimmed rates by 15 bps.", "15 bps"),
        ("Yields rose 12 basis points.", "12 basis points"),
    ],
)
def test_basis_points_are_a_unit(sentence, text):
    (found,) = figures(sentence)
    assert (found.kind, found.text, found.unit) == ("number", text, "basis points")


def test_a_change_keeps_the_unit_of_each_end():
    found = figures("The bank cut by 40 bps to 3.9%.")
    assert [(f.kind, f.unit) for f in found] == [("number", "basis points"), ("percent", "percent")]


def test_a_price_from_one_amount_to_another_is_a_range_but_a_rise_is_a_change():
    assert [(f.value, f.high) for f in figures("Seats cost from $20 to $35.")] == [(20, 35)]
    assert len(figures("Fares rose from $20 to $35.")) == 2


@pytest.mark.parametrize(
    "sentence", ['"We lost everything," said a farmer, José Núñez, 58.', "Zoë Brandt, 58, sold it."]
)
def test_an_age_after_an_accented_name_is_an_age(sentence):
    (found,) = figures(sentence)
    assert (found.kind, found.value) == ("age", 58)
