"""Coverage differences (different outlets), rule by rule, and the revision row rules."""

from __future__ import annotations

from storydiff.core.compare import AlignedRow, Comparison, compare
from storydiff.core.document import analyse
from storydiff.core.tagging import extract
from storydiff.core.tagging.coverage import (
    first_per_name,
    rule_claims,
    rule_facts,
    rule_quotes,
    rule_sources,
)
from storydiff.core.tagging.differences import (
    Category,
    DifferenceKind,
    TagSide,
    find_differences,
    rule_new_in_group,
    rule_skip_row,
)


def sides(text_a, text_b):
    a, b = analyse(text_a), analyse(text_b)
    return a, b, TagSide(a, extract(a)), TagSide(b, extract(b))


def summary(found):
    return [
        (d.kind.value, d.old.text if d.old else None, d.new.text if d.new else None) for d in found
    ]


def test_rule_facts_never_pairs_different_measures():
    _, _, a, b = sides(
        "Consumer prices rose 3.2% from a year earlier, the department said.",
        "Prices rose 0.2% over the month, and shelter made up more than 90 percent of the rise.",
    )
    found = rule_facts(a, b)
    assert DifferenceKind.FIGURE_CHANGED not in {d.kind for d in found}
    assert sorted(summary(found)) == [
        ("figure_added", None, "0.2%"),
        ("figure_added", None, "more than 90 percent"),
        ("figure_removed", "3.2%", None),
    ]


def test_rule_facts_same_measure_other_value_across_unaligned_sentences():
    _, _, a, b = sides(
        "Quake kills 118\n\nRescue work went on through the night in the cold.\n",
        "Rain fell on the rescuers.\n\nThe death toll has risen to 111, officials said.\n",
    )
    assert summary(rule_facts(a, b)) == [("figure_changed", "118", "111")]


def test_the_same_toll_twice_is_listed_once():
    _, _, a, b = sides(
        "Quake kills at least 23\n\nThe quake killed at least 23 people, officials said.\n",
        "A quake struck the region on Monday.\n",
    )
    # once, at the attributed mention
    assert summary(rule_facts(a, b)) == [("figure_removed", "at least 23 people", None)]


def test_conflicting_bounds_are_a_qualifier_change():
    _, _, a, b = sides("More than 200 people were injured.", "Nearly 200 people were injured.")
    (found,) = rule_facts(a, b)
    assert found.kind is DifferenceKind.QUALIFIER_CHANGED
    assert found.category is Category.FIGURE


def test_rule_sources_one_per_name_and_same_name_is_no_difference():
    _, _, a, b = sides(
        "The disaster agency AFAD said 23 died. The agency said more help was coming. "
        "Officials said roads were shut.",
        "Turkey's disaster agency AFAD said 31 died.",
    )
    assert [s.name for s in first_per_name(a.tags.sources)] == ["AFAD", "Officials"]
    assert summary(rule_sources(a, b)) == []  # AFAD in both; "officials" name nobody
    _, _, a, b = sides("Kandilli Observatory said 23 died.", "AFAD said 31 died.")
    assert summary(rule_sources(a, b)) == [
        ("source_removed", "Kandilli Observatory said", None),
        ("source_added", None, "AFAD said"),
    ]


def test_rule_quotes_same_words_anywhere_are_no_difference():
    a_doc, b_doc, a, b = sides(
        'The mayor said "we will rebuild" on Monday. Roads were shut.',
        'Roads were shut. "We will rebuild," the mayor said.',
    )
    assert rule_quotes(compare(a_doc, b_doc, "coverage"), a, b) == []


def test_rule_claims_only_for_unaligned_statements_without_figures():
    a_doc, b_doc, a, b = sides(
        "Putin signed the decree on Monday in Moscow.\n\nRescuers found 12 people alive.\n",
        "Rescuers found 12 people alive.\n",
    )
    comparison = compare(a_doc, b_doc, "coverage")
    found = rule_claims(comparison, a, b)
    assert summary(found) == [
        ("claim_removed", "Putin signed the decree on Monday in Moscow.", None)
    ]


def test_coverage_differences_of_a_reworded_pair_are_few():
    a_doc, b_doc, _, _ = sides(
        "Earthquake kills at least 23\n\nThe quake killed at least 23 people and injured "
        "more than 200, the disaster agency AFAD said.\n",
        "Death toll rises to 23\n\nAt least 23 people died and over 200 were hurt in the "
        "quake, Turkey's disaster agency AFAD said.\n",
    )
    found = find_differences(compare(a_doc, b_doc, "coverage"), extract(a_doc), extract(b_doc))
    assert found == []


def test_rule_skip_row_and_rule_new_in_group():
    text = "Troops captured Soledar. Wagner claimed credit for it."
    doc = analyse(text)
    side = TagSide(doc, extract(doc))
    assert rule_skip_row(AlignedRow("equal", (0,), (0,), 1.0, ()))
    row = AlignedRow("split", (0,), (0, 1), 0.5, ())
    assert rule_new_in_group(row, side, (0,), -1) == []  # one sentence: never "new in group"


def test_kinds_are_typed_and_serialise_as_strings():
    assert DifferenceKind("figure_changed").category is Category.FIGURE
    assert DifferenceKind.SOURCE_ADDED.category is Category.SOURCE
    a, b = analyse("Putin announced 300,000 troops."), analyse("Putin announced 318,000 troops.")
    row = AlignedRow("changed", (0,), (0,), 0.9, ())
    (d,) = find_differences(Comparison(a, b, "revision", (row,)), extract(a), extract(b))
    assert d.kind is DifferenceKind.FIGURE_CHANGED and d.to_dict()["kind"] == "figure_changed"
    assert type(d.to_dict()["kind"]) is str


def test_citations_list_who_is_cited_by_whom():
    from storydiff.core.tagging.coverage import citations

    a = extract(analyse("The disaster agency AFAD said 23 died. Officials said roads were shut."))
    b = extract(analyse("Turkey's disaster agency AFAD said 31 died. The Red Cross said aid came."))
    cited = citations(a, b)
    assert [(x.name, y.name) for x, y in cited.both] == [("AFAD", "AFAD")]
    assert [s.name for s in cited.only_a] == ["Officials"]
    assert [s.name for s in cited.only_b] == ["Red Cross"]


def test_a_value_the_other_outlet_gives_for_the_same_thing_is_in_both_not_only_in_one():
    _, _, a, b = sides(
        "Inflation was 3.1% in May, the office said.",
        "Analysts expect inflation of 3.1% in June, after a rate of 3.4% a year ago.",
    )
    found = summary(rule_facts(a, b))
    assert ("figure_removed", "3.1%", None) not in found
    assert ("figure_added", None, "3.1%") not in found


def test_a_telling_value_both_outlets_give_is_in_neither_only_list_however_read():
    _, _, a, b = sides(
        "Employers added 353,000 jobs in May, and the jobless rate remained at 4.6% for the "
        "third month in a row.",
        "Economists had expected 200,000 jobs in June and the jobless rate to be unchanged at "
        "4.6%, according to estimates.",
    )
    found = summary(rule_facts(a, b))
    assert not [row for row in found if "4.6%" in row]
    # a round or small value may be two things: still listed
    _, _, c, d = sides("Eight families sued.", "Eight reporters were there.")
    assert ("figure_removed", "Eight families", None) in summary(rule_facts(c, d))
