"""Attribution shapes beyond the plain "X said": relative clauses, headline verbs, data
that shows, nouns that look like cues, and names behind titles, tags and descriptions."""

from __future__ import annotations

import pytest


def sources(tag, text: str) -> list[tuple[str, str]]:
    return [(s.text, s.name) for s in tag(text).sources]


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [
        (
            "The levy angered farmers, who argued the cost was unfair.",
            "farmers, who argued",
            "farmers",
        ),
        ("Councils face cuts; mayors warn of closures\n", "mayors warn", "mayors"),
        (
            "Bonds slid after figures from the Federal Statistics Office showed output fell again.",
            "figures from the Federal Statistics Office showed",
            "Federal Statistics Office",
        ),
        (
            "Rep. Dana Cole, D-Ore., the senior Democrat on the panel, warned that costs would "
            "rise.",
            "Rep. Dana Cole, D-Ore., the senior Democrat on the panel, warned",
            "Dana Cole",
        ),
        (
            "Miguel Santos, 52, a fisherman, said the harbour was empty.",
            "Miguel Santos, 52, a fisherman, said",
            "Miguel Santos",
        ),
    ],
)
def test_attribution_shapes(tag, text, span, name):
    assert sources(tag, text) == [(span, name)]


@pytest.mark.parametrize(
    "text",
    [
        "Insurers left coastal states after the storms.",
        "Turnout rose in 14 Southern states this year.",
        "The airline raised its annual forecast on Monday.",
        "Forward Jo Park added the second as the visitors collapsed.",
        "Defender Ali Musa added two more before half-time.",
    ],
)
def test_nouns_and_goals_are_not_attributions(tag, text):
    assert tag(text).sources == ()


def test_published_on_a_day_does_not_replace_the_source(tag):
    text = (
        "Sleep matters, according to research from Lund University published on Monday "
        "in a medical journal."
    )
    (source,) = tag(text).sources
    assert source.name == "Lund University"


def test_a_document_by_an_author_resolves_to_the_author(tag):
    text = "Rents rose 8%, according to an analysis by the Housing Federation."
    (source,) = tag(text).sources
    assert source.name == "Housing Federation"


def test_a_description_by_the_company_resolves_to_the_company(tag):
    text = "Korva said profit fell, short of a forecast compiled by the company."
    text += " Sales slipped, according to a survey compiled by the company."
    assert [s.name for s in tag(text).sources] == ["Korva", "Korva"]


def test_a_headline_study_and_its_authors_resolve_to_the_named_institution(tag):
    text = (
        "Short naps sharpen memory, study finds\n"
        "Nappers scored higher, according to research from Tallinn University. "
        "The authors wrote that more trials were needed.\n"
    )
    assert [s.name for s in tag(text).sources] == ["Tallinn University"] * 3


def test_a_place_description_resolves_to_the_one_matching_organisation(tag):
    text = (
        "Roads were closed, the region's flood agency said.\n"
        "The Northern Flood Control Authority said 300 homes were evacuated.\n"
    )
    names = [s.name for s in tag(text).sources]
    assert names == ["Northern Flood Control Authority"] * 2


def test_titles_and_party_tags_are_not_part_of_the_name(tag):
    text = (
        '"We will pass it," said Sen. Rosa Vidal, D-Nev., the bill\'s sponsor.\n'
        "Dr. Omar Haddad said the data was thin.\n"
    )
    assert [s.name for s in tag(text).sources] == ["Rosa Vidal", "Omar Haddad"]


def test_council_member_titles_leave_a_person_for_pronouns(tag):
    text = (
        "Coach Ruth Engel said the team was ready.\n"
        "Council Member Nora Vance, who chairs the budget panel, argued that the cost was "
        'too high. "We cannot afford it," she said.\n'
    )
    assert [s.name for s in tag(text).sources] == ["Ruth Engel", "Nora Vance", "Nora Vance"]


def test_pronouns_follow_the_gender_the_text_gives(tag):
    text = (
        "Mayor Lena Ortiz said the budget was balanced. She added that taxes would not rise.\n"
        "Gov. Ray Booth, R-Kan., the state's top official, warned that aid was late.\n"
        "He later said the state would sue. Later she said she would wait.\n"
    )
    names = [s.name for s in tag(text).sources]
    assert names == ["Lena Ortiz", "Lena Ortiz", "Ray Booth", "Ray Booth", "Lena Ortiz"]


def test_an_ampersand_stays_inside_a_name(tag):
    (source,) = tag("Shares rose after retailer Cole & Maddox said sales grew 4%.").sources
    assert source.name == "Cole & Maddox"


def test_an_unnamed_spokesperson_speaks_for_the_organisation(tag):
    text = "A spokeswoman for the Port Authority said the terminal would reopen."
    (source,) = tag(text).sources
    assert source.name == "Port Authority"


def test_a_capitalised_survey_is_part_of_a_name(tag):
    (source,) = tag("The quake was shallow, according to the British Geological Survey.").sources
    assert source.name == "British Geological Survey"


def test_a_document_described_as_released_by_someone_resolves_to_them(tag):
    text = (
        "The survey, published Monday by the Civic Data Lab, found that 40% of tenants "
        "moved. The authors wrote that rents drove the change."
    )
    assert [s.name for s in tag(text).sources] == ["Civic Data Lab", "Civic Data Lab"]


def test_a_new_study_is_not_named_new(tag):
    (source,) = tag("Coffee may protect the liver, a new study suggests.").sources
    assert source.name == "new study"


def test_accented_names_are_people_and_their_surnames_resolve(tag):
    text = "Dr. Iva Horvatić said the data was clear. Later Horvatić said more work was needed."
    assert [s.name for s in tag(text).sources] == ["Iva Horvatić", "Iva Horvatić"]
