"""The rule lists say which rule decided: each rule of attributions, number readings and name
resolution has a sentence it decides."""

from __future__ import annotations

import pytest

from storydiff.core.tagging.cues import CUE, TOKEN
from storydiff.core.tagging.figures import _numbers
from storydiff.core.tagging.meaning import AFTER_RULES, BEFORE_RULES, reading
from storydiff.core.tagging.names import Resolver
from storydiff.core.tagging.sources import RULES, decide


def source_rule(sentence: str, cue: str) -> str:
    tokens = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(sentence)]
    m = next(m for m in CUE.finditer(sentence) if m.group() == cue)
    return decide(sentence, tokens, m, 0, len(sentence)).rule


@pytest.mark.parametrize(
    ("sentence", "cue", "rule"),
    [
        ("Jobs fell, according to the ONS.", "according to", "according_to"),
        ("It is stated in a report published by the WHO that cases rose.", "stated",
         "stated_in_report"),
        ("He is said to be ill.", "said", "passive"),
        ("Russia claimed to have annexed it.", "claimed", "to_have_or_by"),
        ("Member states said nothing.", "states", "noun_use"),
        ("Putin told his generals to prepare.", "told", "order"),
        ('"We will win," said Peskov.', "said", "inverted_after_quote"),
        ("said nothing at all.", "said", "no_subject"),
        ("What he said was unclear.", "said", "unusable_subject"),
        ("Of the 128 confirmed dead, 69 were in the city.", "confirmed", "number_subject"),
        ("It cut its annual forecast.", "forecast", "noun_cue"),
        ("Sales fell short of a forecast.", "forecast", "article_before"),
        ("Insurers left coastal states after the storms.", "states", "states_as_noun"),
        ("Okafor added the second.", "added", "scored"),
        ("The report continues on page two.", "continues", "quote_only"),
        ("The central bank has long said that rates will stay high.", "said", "accepted"),
    ],
)  # fmt: skip
def test_each_attribution_rule_decides_a_sentence(sentence, cue, rule):
    assert source_rule(sentence, cue) == rule


def test_every_attribution_rule_is_tested():
    tested = {"according_to", "stated_in_report", "passive", "to_have_or_by", "noun_use", "order",
              "no_token", "inverted_after_quote", "no_subject", "unusable_subject",
              "number_subject", "noun_cue", "article_before", "states_as_noun", "scored",
              "quote_only"}  # fmt: skip
    assert {rule.__name__.lstrip("_") for rule in RULES} == tested


def number_rule(sentence: str, index: int = 0) -> str:
    n = _numbers(sentence, 0, len(sentence))[index]
    return reading(sentence, n, 0, len(sentence))[0]


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        ("Inflation hit 10%.", "percent_after"), ("They paid 2 billion dollars.", "currency_after"),
        ("It cost $5.", "currency_before"), ("It has 512GB.", "unit_glued"),
        ("It was 30C.", "temperature_after"), ("It hit 20 below zero.", "below_zero"),
        ("A 30-year-old man.", "age_after"),
        ("In the 1990s it grew.", "decade_after"), ("He waited 48 hours.", "duration_after"),
        ("It killed 12 people.", "counted_after"), ("Men aged 65 were exempt.", "age_before"),
        ("Jane Smith, 45, said so.", "age_apposition"), ("It grew in 2024.", "year"),
        ("There was one in the car.", "lone_one"), ("It measured magnitude 6.2.", "plain_number"),
        ("Four of the defendants were held.", "partitive_after"),
    ],
)  # fmt: skip
def test_each_number_rule_reads_a_sentence(sentence, rule):
    assert number_rule(sentence) == rule


def test_every_number_rule_is_tested():
    names = {r.__name__.lstrip("_") for r in AFTER_RULES + BEFORE_RULES}
    assert names == {
        "percent_after", "currency_after", "unit_glued", "temperature_after", "below_zero",
        "age_after",
        "decade_after", "duration_after", "counted_after", "age_before", "age_apposition",
        "year", "lone_one", "plain_number", "partitive_after",
    }  # fmt: skip


def test_each_name_rule_resolves_a_phrase():
    r = Resolver()
    assert r.decide("the Acme Corporation") == ("named", r.decide("Acme Corporation")[1])
    acme = r.decide("Acme Corporation")[1]
    r._remember(acme)
    assert r.decide("it") == ("it", acme)
    assert r.decide("its annual report") == ("possessive_document", acme)
    assert r.decide("the company") == ("generic_organisation", acme)
    assert r.decide("a spokesperson for Acme Corporation") == ("spokesperson", acme)
    assert r.decide("data from Acme Corporation") == ("authored_document", acme)
    assert r.decide("the report") == ("bare_document", acme)
    assert r.decide("the authors") == ("the_authors", acme)
    rule, woman = r.decide("A woman in her 30s")
    assert (rule, woman.name, woman.gender) == ("unnamed_person", "a woman in her 30s", "f")
    r._remember(woman)
    assert r.decide("she") == ("personal_pronoun", woman)
    r._remember(r.decide("residents")[1])
    assert r.decide("they")[0] == "they"


def test_nobodys_reports_stay_reports_and_owned_ones_name_their_author(tag):
    text = "The Acme Corporation said sales fell. Reports said the chief had resigned."
    assert [s.name for s in tag(text).sources] == ["Acme Corporation", "reports"]
    text = "The Acme Corporation said sales fell. Its annual report said the chief resigned."
    assert [s.name for s in tag(text).sources] == ["Acme Corporation", "Acme Corporation"]
    r = Resolver()
    assert r.decide("media reports")[0] == "unowned_reports"
