import pytest

from storydiff.core.boilerplate import is_boilerplate
from storydiff.core.document import analyse
from storydiff.core.edits.notes import find_notes, note_kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Correction: A previous version of this story gave the wrong date.", "correction"),
        ("CORRECTION (Jan. 18, 2023): The number of troops was 318,000.", "correction"),
        ("Clarification: The report was published by the ISW, not the Kremlin.", "correction"),
        ("Editor's note: This story has been changed to remove a name.", "correction"),
        ("Editor\u2019s Note \u2014 Quotes were trimmed for length.", "correction"),
        ("An earlier version of this article misstated the number of troops.", "correction"),
        ("This article has been corrected to show the right figure.", "correction"),
        ("This story has been updated with comment from the Kremlin.", "update"),
        ("Update: Police have named the victim as a 34-year-old man.", "update"),
        ("Updated: 3:45 PM ET, Jan. 17, 2023", None),
        ("Updated 10:32 a.m.", None),
        ("The ministry issued a correction to its earlier statement on Monday.", None),
        ("Putin previously announced a partial mobilization of 300,000 troops.", None),
    ],
)
def test_note_openings(sentence, kind):
    assert note_kind(sentence) == kind


def test_a_note_runs_to_the_end_of_its_paragraph_and_keeps_its_date():
    text = (
        "Putin spoke on Wednesday.\n"
        "Correction, January 18, 2023: An earlier version misstated the figure. "
        "It was 318,000, not 300,000.\n"
        "Newsweek has reached out for comment."
    )
    (note,) = find_notes(analyse(text))
    assert note.kind == "correction"
    assert note.text.endswith("not 300,000.")
    assert text[note.start : note.end] == note.text
    assert note.date == "2023-01-18"


def test_a_note_without_a_date_has_none():
    (note,) = find_notes(analyse("Text.\nThis story has been updated with new information."))
    assert note.date is None


def test_notes_are_not_page_clutter():
    assert not is_boilerplate("This article was updated with additional information.")
    assert is_boilerplate("Updated 3:15 PM ET, Tue January 17, 2023")
