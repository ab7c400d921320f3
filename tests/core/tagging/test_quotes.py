"""Quotes: whole, partial, scare quotes, over sentences and paragraphs, and their speakers."""

from __future__ import annotations


def test_a_direct_quote_has_its_speaker(tag):
    text = '"There are no such discussions," Dmitry Peskov told journalists.'
    (quote,) = tag(text).quotes
    assert quote.text == "There are no such discussions,"
    assert text[quote.start : quote.end] == quote.text
    assert quote.speaker == "Dmitry Peskov"


def test_a_quote_over_several_sentences_is_one_quote(tag):
    text = '"We will win. We will rebuild. We will remember," the president said.'
    (quote,) = tag(text).quotes
    assert quote.text.startswith("We will win.") and quote.text.endswith("remember,")
    assert quote.speaker == "president"


def test_a_quote_running_on_into_the_next_paragraph_is_one_quote(tag):
    text = (
        "“This is a vaccine for everyone,” said Adrian Hill, the director. “We think it could "
        "save lives.\n"
        "“The next step is to get it to the children who need it most.”\n"
    )
    quotes = tag(text).quotes
    assert len(quotes) == 2
    assert quotes[1].text.startswith("We think") and quotes[1].text.endswith("most.")
    assert {q.speaker for q in quotes} == {"Adrian Hill"}


def test_partial_and_scare_quotes_are_quotes_of_the_sentence_source(tag):
    text = (
        'Russian Defense Minister Sergei Shoigu said the military would make "major changes".\n'
        'In November the ISW claimed Moscow was continuing to "covertly" draft troops.\n'
    )
    quotes = tag(text).quotes
    assert [(q.text, q.speaker) for q in quotes] == [
        ("major changes", "Sergei Shoigu"),
        ("covertly", "ISW"),
    ]


def test_an_unattributed_quote_continues_the_previous_speaker(tag):
    text = (
        '"Putin may announce a second wave," the ISW report states. '
        '"Putin is fond of symbolic dates."\n'
    )
    quotes = tag(text).quotes
    assert [q.speaker for q in quotes] == ["ISW", "ISW"]


def test_british_single_quotes_are_quotes_and_apostrophes_are_not(tag):
    text = "'We expect a new offensive in February,' he said of Ukraine's plans."
    (quote,) = tag(text).quotes
    assert quote.text == "We expect a new offensive in February,"


def test_quotes_in_boilerplate_are_skipped(tag):
    text = 'Subscribe to our "Morning Brief" newsletter today\nThe minister said "no".\n'
    assert [q.text for q in tag(text).quotes] == ["no"]
