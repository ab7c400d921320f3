"""Attributions: the shapes news uses, their spans and cues, and the names they resolve to."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "span", "cue", "name"),
    [
        ("Putin may draft more men, according to the Institute for the Study of War (ISW) "
         "think tank.", "according to the Institute for the Study of War (ISW) think tank",
         "according to", "Institute for the Study of War"),
        ("Kremlin spokesman Dmitry Peskov announced on Tuesday that Putin would speak.",
         "Kremlin spokesman Dmitry Peskov announced", "announced", "Dmitry Peskov"),
        ("Russian Defense Minister Sergei Shoigu said on Tuesday that changes were coming.",
         "Russian Defense Minister Sergei Shoigu said", "said", "Sergei Shoigu"),
        ("ISW said that the reforms would take time.", "ISW said", "said", "ISW"),
        ("Some experts have suggested that Putin could mobilize more troops.",
         "Some experts have suggested", "suggested", "experts"),
        ("Russia claimed that the mobilization had been completed.", "Russia claimed",
         "claimed", "Russia"),
        ('"It is possible," Alexander Lanoszka, assistant professor at the University of '
         "Waterloo, told Newsweek on Friday.",
         "Alexander Lanoszka, assistant professor at the University of Waterloo, told Newsweek",
         "told", "Alexander Lanoszka"),
        ('"We will not back down," said Ukrainian President Volodymyr Zelensky.',
         "said Ukrainian President Volodymyr Zelensky", "said", "Volodymyr Zelensky"),
        ("Ukrainian and Western intelligence also repeatedly warned of preparations.",
         "Ukrainian and Western intelligence also repeatedly warned", "warned",
         "Ukrainian and Western intelligence"),
        ("The UN estimated that 5,000 people had died.", "The UN estimated", "estimated", "UN"),
        ("Analysts at Moody's estimate that a default could wipe out 7 million jobs.",
         "Analysts at Moody's estimate", "estimate", "Analysts at Moody's"),
        ("A source familiar with the matter said the deal was close.",
         "A source familiar with the matter said", "said", "source familiar with the matter"),
        ("Inflation eased, according to a flash estimate published by Eurostat.",
         "according to a flash estimate published by Eurostat", "according to", "Eurostat"),
        ("The story was first reported by The Wall Street Journal.",
         "first reported by The Wall Street Journal", "reported", "Wall Street Journal"),
        ("The Wagner Group, a private military company, claimed credit for the capture.",
         "The Wagner Group, a private military company, claimed", "claimed", "Wagner Group"),
        ("Her grandmother, Ayse Yilmaz, 67, said the family had lost three relatives.",
         "Ayse Yilmaz, 67, said", "said", "Ayse Yilmaz"),
        ("Rescue workers in rebel-held areas said at least 380 people had been killed.",
         "Rescue workers in rebel-held areas said", "said", "Rescue workers in rebel-held areas"),
        ("Officials have so far confirmed 12 deaths.", "Officials have so far confirmed",
         "confirmed", "Officials"),
        ("The coastguard thus far reported two rescues.", "The coastguard thus far reported",
         "reported", "coastguard"),
    ],
)  # fmt: skip
def test_attribution_span_cue_and_name(tag, text, span, cue, name):
    sources = tag(text).sources
    assert len(sources) == 1, sources
    source = sources[0]
    assert span in source.text or source.text in span
    assert text[source.start : source.end] == source.text
    assert (source.cue, source.name) == (cue, name)


@pytest.mark.parametrize(
    "text",
    [
        "Putin previously announced a partial mobilization of 300,000 troops in September.",
        "Regions that Putin claimed to have annexed last year were shelled.",
        "The partial mobilization announced by Putin in September ended.",
        "What he said was unclear to everyone in the room.",
        "Putin told his generals to prepare for a long war.",
        "The claims were false, and Russia's claims were denied.",
        "Western estimates put the toll at 100,000.",
        "He was said to be furious about the delay.",
        "Newsweek has reached out to the Russian Ministry of Defense for comment.",
        "Of the 128 confirmed dead as of Sunday, 69 were in the city.",
    ],
)
def test_actions_and_nouns_are_not_attributions(tag, text):
    assert tag(text).sources == ()


def test_one_source_is_resolved_through_acronym_report_think_tank_and_it(tag):
    text = (
        "Putin may act, according to the Institute for the Study of War (ISW) think tank.\n"
        '"Putin may announce a second wave," the ISW report states.\n'
        '"Bloggers expect it," it continues.\n'
        "ISW said the reforms would take years.\n"
        '"The reforms could change the balance," the think tank\'s report states.\n'
        '"Ukraine has a window," the report continues.\n'
    )
    names = {s.name for s in tag(text).sources}
    assert names == {"Institute for the Study of War"}


def test_he_is_the_last_named_person(tag):
    text = (
        '"Russia is using mobilized forces," Alexander Lanoszka, a professor, told Newsweek.\n'
        '"It is possible that Russia holds forces in reserve," he added.\n'
    )
    assert [s.name for s in tag(text).sources] == ["Alexander Lanoszka", "Alexander Lanoszka"]


def test_a_surname_is_the_person_named_before(tag):
    text = (
        "Kremlin spokesman Dmitry Peskov said talks had stalled.\n"
        "Peskov told reporters on Monday that no decision had been made.\n"
    )
    assert [s.name for s in tag(text).sources] == ["Dmitry Peskov", "Dmitry Peskov"]


def test_the_company_is_the_company_last_quoted(tag):
    text = "Amazon reported a loss. The company, which cut 18,000 jobs, said sales rose 9%."
    assert [s.name for s in tag(text).sources] == ["Amazon", "Amazon"]


def test_the_ministry_is_the_ministry_quoted_before_others(tag):
    text = (
        "The health ministry said 20 people died.\n"
        "Officials have so far reported 27 deaths.\n"
        "The ministry said more tests were under way."
    )
    names = [s.name for s in tag(text).sources]
    assert names == ["health ministry", "Officials", "health ministry"]


def test_a_source_inside_a_quote_is_kept_but_does_not_become_it(tag):
    text = (
        "Putin may act, according to the ISW report.\n"
        '"Some Russian pro-war milbloggers noted that he will act," it continues.\n'
    )
    sources = tag(text).sources
    assert [(s.cue, s.name) for s in sources] == [
        ("according to", "ISW"),
        ("noted", "Russian pro-war milbloggers"),
        ("continues", "ISW"),
    ]


def test_an_apposition_names_the_organisation_again_later(tag):
    text = (
        "The Institute for the Study of War (ISW), a U.S.-based think tank, assessed that "
        "Putin may act.\nThe U.S.-based think tank added that bloggers had speculated.\n"
    )
    assert [s.name for s in tag(text).sources] == ["Institute for the Study of War"] * 2


def test_a_name_between_commas_after_a_role(tag):
    text = "Ukraine's military intelligence chief, Kyrylo Budanov, said Russia had 250,000 troops."
    (source,) = tag(text).sources
    assert source.name == "Kyrylo Budanov"
    assert source.text.startswith("Ukraine's military intelligence chief")


def test_a_hyphenated_age_stays_in_the_speaker_phrase():
    from storydiff.core.document import analyse
    from storydiff.core.tagging import extract

    (source,) = extract(analyse("The 52-year-old teacher said the school collapsed.")).sources
    assert source.name == "52-year-old teacher"


def test_titled_people_are_read_paragraph_by_paragraph():
    from storydiff.core.tagging.names import titled_people

    text = "Officials met President\nJoe Biden arrived. Defence Minister Sergei Shoigu spoke."
    assert titled_people(text) == ["Sergei Shoigu"]  # no title across a paragraph break
    known: dict[str, list[str]] = {}
    first = titled_people("Prime Minister Rishi Sunak said.\nNo one else.", known)
    again = titled_people("New first line.\nPrime Minister Rishi Sunak said.", known)
    assert first == again == ["Rishi Sunak"]
    assert known["Prime Minister Rishi Sunak said."] == ["Rishi Sunak"]
