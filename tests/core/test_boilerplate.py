import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storydiff.core.boilerplate import _ANYWHERE, is_boilerplate, is_clutter_anywhere

ASCII = st.characters(codec="ascii")


@pytest.mark.parametrize(
    "line",
    [
        "Share this article",
        "Sign up for our daily newsletter",
        "Advertisement",
        "By Aila Slisco",
        "Photo: Getty Images",
        "Updated 3:15 PM ET, Tue January 17, 2023",
        "Copyright 2023 Newsweek. All rights reserved.",
        "Read more",
        "Follow us on Twitter",
    ],
)
def test_page_clutter_is_recognised(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "By announcing a new mobilization, Putin could bolster the war effort.",
        "Russia claimed that the mobilization had been completed in late October.",
        "Analysts will share their findings with the committee next week.",
        "by the end of the year, prices had doubled.",
    ],
)
def test_article_sentences_are_not_clutter(line):
    assert not is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Rescuers search the rubble of a collapsed building in Malatya on Monday. "
        "(Photo by Ozan Kose/AFP via Getty Images)",
        "Photo: Emergency workers carry a survivor from the ruins of a hotel in Antakya. AP Photo",
    ],
)
def test_a_caption_with_a_credit_is_content(line):
    assert not is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    ["Photo: Getty Images", "(Photo by Ozan Kose/AFP via Getty Images)", "AP Photo/Hussein Malla"],
)
def test_a_bare_credit_is_clutter(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("cues, pattern", _ANYWHERE)
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_a_line_matched_anywhere_holds_one_of_its_cues(cues, pattern, data):
    # The fast path skips the search for ASCII lines without a cue: no match may lack one.
    line = data.draw(st.from_regex(re.compile(pattern, re.IGNORECASE), alphabet=ASCII))
    assert any(cue in line.lower() for cue in cues)


@pytest.mark.parametrize(
    "line",
    ["Sign up today for updates", "Photo by (Image by Jane Doe)", "ſubscribe to our newsletter"],
)
def test_the_fast_path_agrees_with_searching_every_pattern(line):
    patterns = "|".join(f"(?:{p})" for _, p in _ANYWHERE)
    assert is_clutter_anywhere(line) == bool(re.search(patterns, line, re.IGNORECASE))
