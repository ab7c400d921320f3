import pytest

from storydiff.core.boilerplate import is_boilerplate


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
