"""Claims: sentences that state a checkable fact, and what makes them checkable."""

from __future__ import annotations


def test_a_claim_carries_its_figure_source_quote_and_assertion(tag):
    text = 'Russian officials said 300,000 troops were "partially mobilized" in September.'
    (claim,) = tag(text).claims
    assert claim.carries == ("figure", "source", "quote", "assertion")
    assert (claim.start, claim.end) == (0, len(text))


def test_a_sentence_about_a_named_actor_is_an_assertion(tag):
    (claim,) = tag("Russian troops and mercenary forces captured Soledar last week.").claims
    assert claim.carries == ("assertion",)


def test_a_sentence_with_nothing_checkable_is_no_claim(tag):
    assert (
        tag("A new mobilization of troops could have an impact on the war far sooner.").claims == ()
    )


def test_questions_and_requests_for_comment_are_no_claims(tag):
    text = (
        "Will Putin announce it on Wednesday?\n"
        "Newsweek has reached out to the Kremlin for comment.\n"
    )
    assert tag(text).claims == ()


def test_json_contract_has_exactly_the_documented_fields(tag):
    data = tag('Peskov said 300,000 troops were "ready".').to_dict()
    assert set(data) == {"figures", "sources", "quotes", "claims"}
    figure_keys = {"kind", "text", "start", "end", "value", "unit", "qualifier", "measure"}
    assert set(data["figures"][0]) == figure_keys
    assert {"key", "label", "quantity", "event", "period", "place"} <= set(
        data["figures"][0]["measure"]
    )
    assert set(data["sources"][0]) == {"text", "start", "end", "cue", "name"}
    ranged = tag("Between 10 and 12 people fled.").to_dict()["figures"][0]
    assert (ranged["value"], ranged["high"]) == (10, 12)
    assert set(data["quotes"][0]) == {"text", "start", "end", "speaker"}
    assert set(data["claims"][0]) == {"start", "end", "carries"}
