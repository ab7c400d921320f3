"""Facts matched across documents by what they measure, and the story's fact table."""

from __future__ import annotations

from datetime import UTC, datetime

from storydiff.core.document import analyse
from storydiff.core.fact_items import name_aliases, said_otherwise
from storydiff.core.facts import (
    DocumentInfo,
    fact_items,
    fact_table,
    first_reported,
    match_facts,
)
from storydiff.core.tagging import extract
from storydiff.core.tagging.measures import places_agree
from storydiff.core.wording import kind_phrase, side_words


def table(*texts, infos=None, order_known=True):
    docs = [analyse(t) for t in texts]
    return fact_table(docs, [extract(d) for d in docs], infos, order_known)


def items(text, index=0):
    doc = analyse(text)
    return fact_items(doc, extract(doc), index)


def row_with(facts, *texts):
    for fact in facts.facts:
        cells = [c.figure.text if c else None for c in fact.cells]
        if all(t is None or t == c for t, c in zip(texts, cells, strict=False)):
            return fact
    raise AssertionError(f"no fact with {texts}: {[f.to_dict() for f in facts.facts]}")


def test_one_toll_three_outlets_is_one_conflicting_fact_first_by_publication():
    infos = [
        DocumentInfo("a", "AFP", datetime(2023, 2, 6, 9, tzinfo=UTC)),
        DocumentInfo("b", "Al Jazeera", datetime(2023, 2, 6, 8, tzinfo=UTC)),
        DocumentInfo("c", "Xinhua", datetime(2023, 2, 6, 10, tzinfo=UTC)),
    ]
    facts = table(
        "The quake killed at least 127 people, officials said.",
        "Rescuers said 118 people were dead.",
        "The death toll has risen to 111, state media said.",
        infos=infos,
    )
    fact = row_with(facts, "at least 127 people", "118 people", "111")
    assert fact.conflict and fact.measure.label == "people killed"
    assert fact.first == 1
    assert [c.source for c in fact.cells] == ["officials", "Rescuers", "state media"]


def test_annual_and_monthly_rates_are_different_facts():
    facts = table(
        "Consumer prices rose 3.2% from a year earlier, the department said.",
        "Prices rose 0.2% over the month and 3.2 percent from a year ago.",
    )
    annual = row_with(facts, "3.2%", "3.2 percent")
    assert not annual.conflict
    monthly = row_with(facts, None, "0.2%")
    assert monthly.cells[0] is None


def test_same_value_written_otherwise_is_one_agreeing_fact():
    facts = table(
        "The fund pledged $1.2 billion on Jan. 5.",
        "The fund pledged 1.2bn dollars on January 5.",
    )
    assert not row_with(facts, "$1.2 billion", "1.2bn dollars").conflict
    assert not row_with(facts, "Jan. 5", "January 5").conflict


def test_unrelated_figures_are_never_paired():
    match = match_facts(
        items("Shelter accounted for more than 90 percent of the monthly increase."),
        items("Energy prices fell 0.1 percent over the month.", 1),
    )
    assert match.pairs == ()
    assert len(match.only_a) == 1 and len(match.only_b) == 1


def test_the_same_fact_twice_in_one_document_is_one_item():
    found = items("Quake kills at least 23\n\nThe quake killed at least 23 people on Monday.\n")
    assert len(found) == 1  # shown by its mention in the body, the headline's kept too
    assert found[0].figure.text == "at least 23 people"
    assert [f.text for f in found[0].also] == ["at least 23"]


def test_a_rounded_count_and_the_exact_one_are_one_item_shown_by_the_exact():
    found = items(
        "An outbreak has sickened nearly three dozen people.\n"
        "In all, 34 people were sickened in 12 states."
    )
    sick = [item for item in found if item.measure.quantity == "people"]
    assert [item.figure.text for item in sick] == ["34 people"]
    assert [f.text for f in sick[0].also] == ["nearly three dozen people"]
    facts = table(
        "An outbreak has sickened nearly three dozen people.\nIn all, 34 people were sickened.",
        "The outbreak has sickened 41 people.",
    )
    assert row_with(facts, "34 people", "41 people").conflict
    # shares are not merged: a pollsters' "about 58%" is not the official 57.7%
    shares = items(
        "Pollsters gave Lima about 58% of the vote. The count gave Lima 57.7% of the vote."
    )
    assert len([item for item in shares if item.figure.kind == "percent"]) == 2


def test_dozens_and_the_exact_count_within_them_are_one_item_that_can_conflict():
    found = items(
        "Dozens of people have died of the fever in Varn.\n"
        "Officials have confirmed 71 deaths so far."
    )
    dead = [item for item in found if item.measure.event == "killed"]
    assert [item.figure.text for item in dead] == ["71 deaths"]
    assert [f.text for f in dead[0].also] == ["Dozens of people"]
    facts = table(
        "Dozens of people have died of the fever.\nOfficials have confirmed 71 deaths.",
        "The fever has killed 31 people, the agency said.",
    )
    assert row_with(facts, "71 deaths", "31 people").conflict
    # a count outside the words' range is another figure
    apart = items("Dozens of people have died.\nIn all, 312 people have died since 2019.")
    assert len([item for item in apart if item.measure.kind == "count"]) == 2


def test_a_rate_said_after_its_earlier_value_for_a_month_is_a_later_months():
    facts = table(
        "The jobless rate rose to 4.3% in July from 4.1%.\nThe rate was 4.3%, officials said.",
        "The jobless rate dipped to 4.2 percent from 4.3 percent in July.",
    )
    rows = [[c.figure.text if c else None for c in fact.cells] for fact in facts.facts]
    assert [None, "4.2 percent"] in rows  # August's rate is not July's
    # July's rate, said by one as the current value and by the other as the earlier one
    july = row_with(facts, "4.3%", "4.3 percent")
    assert not july.conflict
    # and the 4.1% before July is no month of July's
    assert ["4.1%", None] in rows


def test_bounds_that_conflict_make_a_conflict():
    facts = table("More than 200 people were injured.", "Nearly 200 people were injured.")
    assert row_with(facts, "More than 200 people", "Nearly 200 people").conflict
    facts = table("At least 200 people were injured.", "About 200 people were injured.")
    assert not row_with(facts, "At least 200 people", "About 200 people").conflict


def test_first_is_by_order_when_times_are_unknown_and_order_known():
    infos = [DocumentInfo("a"), DocumentInfo("b")]
    assert first_reported([1], infos, order_known=True) == 1
    assert first_reported([0, 1], infos, order_known=False) is None


def test_json_contract():
    data = table("The quake killed 23 people.", "The quake killed 31 people.").to_dict()
    assert set(data) == {"documents", "facts"}
    assert set(data["documents"][0]) == {"title", "outlet", "published"}
    fact = data["facts"][0]
    assert set(fact) == {"measure", "cells", "conflict", "first"}
    assert set(fact["cells"][0]) == {"text", "start", "end", "value", "unit", "qualifier", "source"}
    assert fact["measure"]["label"] == "people killed" and fact["conflict"] is True


def test_outlet_wording():
    words = side_words("coverage", "AFP", "Xinhua")
    assert kind_phrase("figure_removed", words) == "figure only in AFP"
    assert kind_phrase("figure_changed", words) == "figure differs"
    assert kind_phrase("figure_changed", side_words("revision")) == "figure changed"


CPI_A = (
    "Inflation rises for the first time in more than 12 months\n\n"
    "Consumer prices rose 3.2% in July from a year earlier, up from 3% in June, the Labor "
    "Department said on Thursday.\n\n"
    "On a monthly basis, prices climbed 0.2%, the same as the month before.\n\n"
    "Shelter costs accounted for more than 90 percent of the monthly increase.\n\n"
    "Core prices, which exclude food and energy, rose 4.7% from a year ago.\n"
)
CPI_B = (
    "US inflation rose for the first time in more than a year\n\n"
    "The consumer price index increased 3.2 percent over the past 12 months.\n\n"
    "Prices rose 0.2 percent over the month. Energy prices fell 0.1 percent in July.\n\n"
    "Core inflation eased to 4.7 percent, the lowest level since late 2021.\n"
)


def test_outlets_agreeing_on_every_rate_give_no_changed_figure():
    from storydiff.core.story import compare_documents

    (pair,) = compare_documents([analyse(CPI_A), analyse(CPI_B)], mode="coverage").pairs
    assert [d for d in pair.differences if d.kind == "figure_changed"] == []
    facts = table(CPI_A, CPI_B)
    assert not row_with(facts, "3.2%", "3.2 percent").conflict
    assert not row_with(facts, "0.2%", "0.2 percent").conflict
    assert not row_with(facts, "4.7%", "4.7 percent").conflict
    assert row_with(facts, "3%", None).cells[1] is None  # June's rate is only in A


def test_a_value_in_other_units_is_another_value():
    found = items("He was jailed for three months and fined. She was jailed for three years.")
    assert sorted(i.figure.text for i in found) == ["three months", "three years"]
    facts = table("He was sentenced to three months.", "He was sentenced to three years.")
    assert row_with(facts, "three months", "three years").conflict


def test_story_facts_reads_the_tags_the_story_holds():
    from storydiff.core.story import compare_documents, story_facts

    docs = [analyse("The quake killed 23 people."), analyse("The quake killed 31 people.")]
    story = compare_documents(docs, mode="coverage")
    infos = [DocumentInfo("a", "AFP"), DocumentInfo("b", "Xinhua")]
    facts = story_facts(story, infos)
    assert [d.outlet for d in facts.documents] == ["AFP", "Xinhua"]
    assert facts.conflicts and facts.conflicts[0].measure.label == "people killed"


def test_tolls_of_one_district_conflict_however_the_district_is_written():
    facts = table(
        "The quake killed 36 people in neighbouring Dhading district, officials said.",
        "Officials said 80 people were killed in Gorkha and 38 in nearby Dhading West district.",
    )
    assert row_with(facts, "36 people", "38").conflict
    assert all(
        not (fact.cells[0] and fact.cells[0].figure.text == "36 people" and fact.cells[1]
             and fact.cells[1].figure.text == "80 people")
        for fact in facts.facts
    )  # fmt: skip


def test_a_value_within_a_bound_is_no_conflict_except_in_a_toll():
    facts = table(
        "He scored in over 300 games for the club.", "He scored in 312 games for the club."
    )
    assert not row_with(facts, "over 300 games", "312 games").conflict
    tolls = table("The quake killed at least 120 people.", "The quake killed 131 people.")
    assert row_with(tolls, "at least 120 people", "131 people").conflict


def test_a_quantity_said_with_more_words_is_the_same_fact():
    facts = table("She abused four girls.", "She abused four teenage girls.")
    assert not row_with(facts, "four girls", "four teenage girls").conflict


def test_a_duration_said_twice_is_one_fact():
    found = items("Judge gives him 12 years\nHe was sentenced to 12 years in prison on Friday.")
    assert len([i for i in found if i.figure.kind == "duration"]) == 1


def test_prison_terms_and_forfeitures_of_one_sentencing_conflict():
    facts = table(
        "A judge sentenced the founder of the failed exchange to 20 years in prison.\n"
        "He was ordered to forfeit $4 billion.",
        "The exchange founder was sentenced to 22 years on Thursday.\n"
        "He must forfeit more than $5 billion, and customers lost about $3 billion.",
    )
    assert row_with(facts, "20 years", "22 years").conflict
    assert row_with(facts, "$4 billion", "more than $5 billion").conflict
    lost = row_with(facts, None, "about $3 billion")
    assert lost.cells[0] is None and lost.measure.event == "lost"


def test_a_document_joins_a_row_through_any_of_its_cells():
    facts = table(
        "A judge sentenced the founder to more than 12 years in prison.",
        "The founder was sentenced to 12.5 years in prison.",
        "The judge capped the term at 12.5 years.",
    )
    row = row_with(facts, "more than 12 years", "12.5 years", "12.5 years")
    assert not row.conflict


def test_a_national_toll_is_one_fact_whether_the_country_is_named_or_not():
    facts = table(
        "A strong earthquake killed at least 128 people in western Nepal.",
        "The quake killed 137 people, officials said.",
    )
    assert row_with(facts, "at least 128 people", "137 people").conflict
    districts = table("The flood killed 12 people in Sindh.", "The flood killed 30 people.")
    assert not any(f.cells[0] and f.cells[1] for f in districts.facts)


def test_a_value_within_a_range_and_buildings_by_any_name_agree():
    facts = table(
        "About 480 people remain missing. About 1,150 structures were destroyed.",
        "Between 400 and 500 people are still missing. More than 1,150 buildings were razed.",
    )
    assert not row_with(facts, "About 480 people", "Between 400 and 500 people").conflict
    assert not row_with(facts, "About 1,150 structures", "More than 1,150 buildings").conflict


def test_damage_and_losses_are_one_money_fact_and_shares_keep_their_whole():
    facts = table(
        "Damage was estimated at nearly $3 billion. Rents accounted for more than 60% "
        "of the monthly increase.",
        "Losses were put at $2.6 billion. Rents made up about 60 percent of the increase.",
    )
    assert row_with(facts, "nearly $3 billion", "$2.6 billion").conflict
    assert not row_with(facts, "more than 60%", "about 60 percent").conflict


def test_tolls_by_province_and_a_national_injury_count():
    facts = table(
        "The quake killed 71 people in Arta province and 9 in neighbouring Preveza, and "
        "injured 310.",
        "In Arta, 76 people died, while 11 were killed in Preveza; more than 500 people were "
        "injured.",
    )
    assert row_with(facts, "71 people", "76 people").conflict
    assert row_with(facts, "9", "11").conflict
    injured = row_with(facts, "310", "more than 500 people")
    assert injured.conflict and injured.measure.place == ""


def test_one_telling_value_read_as_two_measures_is_still_one_figure():
    facts = table(
        "The number of jobless people increased by 623,000 to reach 7.1 million in May.",
        "The rise came as 623,000 workers lost their jobs in May.",
    )
    row = row_with(facts, "623,000", "623,000 workers")
    assert not row.conflict
    small = table("He scored 58 goals.", "He played 58 games.")
    assert not any(f.cells[0] and f.cells[1] for f in small.facts)


def test_figures_for_other_months_are_other_facts_and_an_unsaid_month_fits_any():
    facts = table(
        "The Norland economy added 41,000 jobs in May, the statistics office said.",
        "For April, the office now says the economy added 41,000 jobs. Employers added 35,000 "
        "jobs.",
    )
    may = row_with(facts, "41,000 jobs", "35,000 jobs")
    assert may.conflict  # May's figure against the one with no month
    april = row_with(facts, None, "41,000 jobs")
    assert april.cells[0] is None  # the same value, but April's


def test_each_outlets_first_figure_of_a_measure_pairs_first():
    facts = table(
        "A quake in Norland killed 14 people and injured 78, officials said. "
        "Rescuers worked through the night. Another 70 injured were flown to the capital.",
        "Officials said 320 people were killed. Some 600 injured were flown to hospitals.",
    )
    injured = row_with(facts, "78", "Some 600 injured")
    assert injured.conflict


def test_suspected_counts_are_one_fact_apart_from_confirmed_ones():
    facts = table(
        "Health officials reported 58 confirmed cases and eight suspected cases.",
        "Officials said 58 people were confirmed to be infected, while 18 more are suspected"
        " of having the virus.",
    )
    assert row_with(facts, "eight suspected cases", "18").conflict
    assert row_with(facts, "58 confirmed cases", "58 people").conflict is False
    # Said the same, a suspected count is still not the confirmed one, in a document or
    # across two.
    found = items("There were 18 confirmed cases, while 18 more are suspected of having the virus.")
    assert [i.figure.text for i in found] == ["18 confirmed cases", "18"]
    same = table("Officials reported eight suspected cases.", "Officials reported eight cases.")
    assert not any(f.cells[0] and f.cells[1] for f in same.facts)


def test_some_of_the_dead_are_never_one_fact_with_the_toll():
    facts = table(
        "The quake killed five people. Four of the dead were found in a collapsed hotel.",
        "The quake killed four people, officials said.",
    )
    assert row_with(facts, "five people", "four people").conflict
    both = [f for f in facts.facts if f.cells[0] and f.cells[1]]
    assert not any(f.cells[0].figure.text == "Four" for f in both)


def test_a_fact_said_in_the_headline_and_the_body_shows_the_body_mention():
    facts = table(
        "Star signs $700M contract\nThe pitcher agreed to a 10-year, $700 million contract.",
        "The pitcher's $700 million contract is a record.",
    )
    row = row_with(facts, "$700 million", "$700 million")
    assert row.conflict is False
    assert row.cells[0].figure.start > len("Star signs $700M contract")


def test_a_count_with_no_place_may_be_the_area_the_opening_names():
    facts = table(
        "Quake toll reaches 128\nRescuers search the rubble in Suzu, Ishikawa Prefecture.\n"
        "The death toll reached 128 on Sunday, officials said.",
        "The death toll climbed to 180 in the central Japanese prefecture of Ishikawa.",
    )
    assert row_with(facts, "128", "180").conflict
    # An opening that names no area, or two, leaves a count with no place apart.
    apart = table("The flood killed 30 people.", "The flood killed 12 people in Sindh Province.")
    assert not any(f.cells[0] and f.cells[1] for f in apart.facts)


def test_money_and_percentages_written_to_other_precision_agree():
    facts = table(
        "Japan's GDP in 2023 was 4.2 trillion dollars, and it grew 1.9 percent.",
        "Japan's nominal GDP totaled $4.21 trillion in 2023, after growth of 1.94%.",
    )
    assert row_with(facts, "4.2 trillion dollars", "$4.21 trillion").conflict is False
    assert row_with(facts, "1.9 percent", "1.94%").conflict is False
    coarse = table("Prices rose 5% in May.", "Prices rose 5.3% in May.")
    assert row_with(coarse, "5%", "5.3%").conflict  # one digit says too little to agree


def test_an_earlier_value_is_not_another_outlets_current_one():
    facts = table(
        "Annual inflation was 10.1%, the office said.",
        "Annual inflation eased to 8.7%, down from 10.1%.",
    )
    row = row_with(facts, "10.1%", "8.7%")
    assert row.conflict  # the second outlet's own figure; its 10.1% is an earlier value
    # A period unsaid agrees with any other, but not with an earlier value or a suspected
    # count.
    assert not said_otherwise("", "annual") and not said_otherwise("annual", "annual")
    assert said_otherwise("", "annual, earlier") and said_otherwise("suspected", "")


def test_two_agencies_magnitudes_are_two_facts():
    facts = table(
        "The quake measured magnitude 6.1, according to the US Geological Survey.",
        "The quake measured magnitude 6.5, according to the China Earthquake Networks Center.",
    )
    assert not any(f.cells[0] and f.cells[1] for f in facts.facts)
    same = table(
        "The quake measured magnitude 6.1, according to the US Geological Survey.",
        "The quake measured magnitude 6.3, according to the US Geological Survey.",
    )
    assert row_with(same, "magnitude 6.1", "magnitude 6.3").conflict
    officials = table(
        "The magnitude 6.8 quake killed 2,900 people, officials said.",
        "The 7 magnitude quake killed 2,960 people, a government spokesman said.",
    )
    assert row_with(officials, "magnitude 6.8", "7 magnitude").conflict  # no agency's reading


def test_an_unsaid_month_is_none_the_document_gives_for_the_measure_or_before():
    facts = table(
        "Norland employers added 353,000 jobs in January, the bureau said.",
        "Norland employers added 275,000 jobs last month, the bureau said. January's job "
        "gains now sit at an estimated 229,000, and December's job growth is at 290,000. "
        "November's gain was 120,000.",
    )
    assert row_with(facts, "353,000 jobs", "an estimated 229,000").conflict
    assert not any(
        f.cells[0] and f.cells[1] and f.cells[1].figure.text == "275,000 jobs" for f in facts.facts
    )
    # said alone, an unsaid month is any month: one release told two ways
    alone = table("Employers added 353,000 jobs in January.", "Employers added 350,000 jobs.")
    assert row_with(alone, "353,000 jobs", "350,000 jobs").conflict


def test_a_part_included_in_a_total_is_never_the_total():
    facts = table(
        "Business services added 74,000 jobs. That included 4,100 jobs in accounting.",
        "Employers added 275,000 jobs.",
    )
    assert not any(
        f.cells[0] and f.cells[1] and f.cells[0].figure.text == "4,100 jobs" for f in facts.facts
    )


def test_a_toll_with_no_place_may_be_the_city_the_opening_names():
    facts = table(
        "Five dead in Portmere after quake\nThe quake killed at least five people in Portmere.",
        "Toll rises to 10\nRescuers search a tower in the coastal city of Portmere.\n"
        "Officials put the toll at 10 dead on Thursday.",
    )
    assert row_with(facts, None, "10 dead").conflict


def test_of_two_other_values_of_one_measure_the_nearer_is_the_same_fact():
    facts = table(
        "Fever in Varn\n\nA doctor said 17 people had fallen ill with the fever by May.\n"
        "The fever has infected 300 people, officials said on Monday.",
        "Fever in Varn\n\nThe fever has infected 380 people, the health minister said.",
    )
    assert row_with(facts, "300 people", "380 people").conflict
    assert row_with(facts, "17 people", None)


def test_a_sector_named_with_or_without_its_head_noun_is_one_quantity():
    facts = table(
        "Output in Varn fell, with a 0.7pc drop in services output in the quarter.",
        "Services fell by 0.4% in the quarter, the office said.",
    )
    assert row_with(facts, "0.7pc", "0.4%").conflict


def test_a_bare_mention_of_a_fall_is_the_fall_said_again():
    found = items(
        "The Varn economy shrank 0.6% in the final quarter, the office said.\n"
        '"Our first estimate shows that the economy shrank in the final quarter by 0.6%," '
        "its head said."
    )
    shares = [item for item in found if item.figure.kind == "percent"]
    assert len(shares) == 1 and [f.text for f in shares[0].also] == ["0.6%"]


def test_a_term_in_years_and_the_same_term_in_months_agree():
    facts = table(
        "Prosecutors had sought a three-year prison term for Lima.",
        "Prosecutors asked that Lima receive a 36-month prison sentence.",
    )
    row = row_with(facts, "three-year", "36-month")
    assert not row.conflict and row.measure.quantity == "prison sentence"
    apart = table(
        "Prosecutors had sought a three-year prison term for Lima.",
        "Prosecutors asked that Lima receive a 30-month prison sentence.",
    )
    assert row_with(apart, "three-year", "30-month").conflict


def test_counts_since_the_outbreak_and_increments_since_each_last_count():
    facts = table(
        "There have been 120 confirmed cases of the fever, officials said.",
        "Officials linked 40 more cases to the fever as of June 9, bringing the total number "
        "of confirmed cases across Britain since the outbreak began to 210.",
    )
    assert row_with(facts, "120 confirmed cases", "210").conflict
    added = table(
        "Officials linked 40 more cases to the fever on Monday.",
        "Officials linked a further 12 cases to the fever on Friday.",
    )
    assert not any(fact.conflict for fact in added.facts)


def test_a_fall_and_the_same_size_said_without_its_way_are_no_change():
    from storydiff.core.fact_matching import differ

    (fell,) = [i for i in items("GDP fell 0.6% in the quarter.") if i.figure.kind == "percent"]
    (bare,) = [i for i in items("GDP: 0.6% in the quarter.") if i.figure.kind == "percent"]
    (rose,) = [i for i in items("GDP rose 0.6% in the quarter.") if i.figure.kind == "percent"]
    assert fell.value[0] == -0.6 and bare.value[0] == 0.6
    assert not differ(fell, bare)
    assert differ(fell, rose)  # both say which way: a change


def test_a_term_said_as_a_sentence_and_as_sentenced_is_one_item():
    found = items(
        "Lima was sentenced to four months in prison.\n"
        "Judge Varga handed down a four-month sentence, rejecting a harsher request."
    )
    terms = [item for item in found if item.figure.kind == "duration"]
    assert len(terms) == 1 and [f.text for f in terms[0].also] == ["four-month"]
    assert terms[0].measures[-1].family != "change"  # "handed down" is no fall


def test_an_average_with_decimals_and_its_rounding_agree_whole_counts_do_not():
    facts = table(
        "Lima has averaged 21.2 points per game this season.",
        "Lima has averaged 21 points per game this season.",
    )
    assert not any(fact.conflict for fact in facts.facts)
    whole = table(
        "The fire destroyed 1,874 homes in Varn.", "The fire destroyed 1,900 homes in Varn."
    )
    assert row_with(whole, "1,874 homes", "1,900 homes").conflict


def test_a_national_toll_said_with_its_country_is_the_outlet_s_first_toll():
    facts = table(
        "Peru flood toll climbs to 168. The toll from the twin floods in northern Peru"
        " has jumped to 168, a spokesman said. On Tuesday, the spokesman had said that at"
        " least 41 people were dead.",
        "A flood in a distant valley of northern Peru killed at least 213 people.",
    )
    fact = row_with(facts, "168", "at least 213 people")
    assert fact.conflict


def test_a_toll_said_twice_pairs_by_the_reading_of_either_mention():
    # the body reads the toll "since September", the headline plainly: the headline's
    # reading meets the other outlet's plain toll
    facts = table(
        "The measles toll rose to 61 since September, officials said. Measles toll hits 61.",
        "The measles death toll reached 44, officials said.",
    )
    assert row_with(facts, "61", "44").conflict


def test_an_approximate_sum_agrees_with_the_exact_one_it_rounds():
    facts = table(
        "The company faces roughly $1.4 million in fines.",
        "The company could face a fine of $1.42 million.",
    )
    fact = row_with(facts, "roughly $1.4 million", "$1.42 million")
    assert not fact.conflict
    bounded = table(
        "The company faces more than $1.4 million in fines.",
        "The company could face a fine of $1.42 million.",
    )
    assert not any(f.conflict for f in bounded.facts)  # a bound it keeps: no conflict either


def test_counts_of_a_bare_thing_far_apart_are_two_facts_near_ones_conflict():
    facts = table("Lima scored 31 points on Tuesday.", "Lima now has 27,415 points in his career.")
    assert not any(f.conflict for f in facts.facts)
    near = table("The party won 118 seats.", "The party won 127 seats.")
    assert row_with(near, "118 seats", "127 seats").conflict
    toll = table("The flood killed 12 people.", "The flood killed 140 people.")
    assert row_with(toll, "12 people", "140 people").conflict  # a toll says its event


def test_a_party_named_by_its_short_form_is_the_party_named_in_full():
    facts = table(
        "The ruling Harbour and Hearth party (HaH) came first. HaH won 33.4 percent of the"
        " vote, the commission said.",
        "Harbour and Hearth won 32.9 percent of the vote, the commission said.",
    )
    fact = row_with(facts, "33.4 percent", "32.9 percent")
    assert fact.conflict


def test_name_aliases_skip_datelines_and_owners():
    doc = analyse(
        "PORTMERE (Wirenews) - The Civic Union (CU) won. Lima's Third Path (TP) came second."
    )
    assert name_aliases(doc) == {"cu": "civic union", "tp": "third path"}


def test_a_multiplier_is_never_a_count_that_changed():
    facts = table(
        "Cases have risen four-fold in a week and deaths have more than doubled.",
        "The ministry confirmed six more deaths and 211 cases in the last day.",
    )
    assert not any(f.conflict for f in facts.facts)
    tripled = items("Deaths have more than doubled.")[0]
    assert tripled.measure.kind == "times" and tripled.measure.label.endswith("(times)")


def test_the_people_an_event_befell_as_a_whole_are_its_toll_a_group_among_them_is_not():
    facts = table(
        "At least 214 pilgrims have died in the heat, officials said.",
        "The heat has caused 390 deaths, officials said.",
    )
    assert row_with(facts, "At least 214 pilgrims", "390 deaths").conflict
    group = table(
        "At least 14 children have died in the heat, officials said.",
        "The heat has caused 390 deaths, officials said.",
    )
    assert not any(f.conflict for f in group.facts)


def test_a_candidate_spelt_two_ways_is_one_candidate_short_names_are_not():
    facts = table(
        "Her main rival, Tomas Varnesku, a former prosecutor, won 30 percent of the vote.",
        "Results gave Lima 42% of the vote and former prosecutor Tomas Varnescu 26%.",
    )
    assert row_with(facts, "30 percent", "26%").conflict
    assert not places_agree("lima", "lina") and not places_agree("austria", "australia")


def test_sums_far_apart_are_two_facts_unless_the_same_digits_slipped_a_scale():
    fees = table("Lanta bought Varn for about £6m two years ago.", "Harbour signed Lima for £104m.")
    assert not any(f.conflict for f in fees.facts)
    slip = table(
        "The jury awarded $240 million in punitive damages.",
        "The jury awarded $240,000 in punitive damages.",
    )
    assert row_with(slip, "$240 million", "$240,000").conflict


def test_a_number_of_times_said_alone_is_no_fact_to_conflict():
    facts = table(
        "Damages are limited to no more than eight times the compensatory amount.",
        "The company sought three times to settle the cases.",
    )
    assert not any(f.conflict for f in facts.facts)
