"""Every edit class on real article text: the sample and one written-down edit."""

from __future__ import annotations

from edit_revisions import Revision

TROOPS = 'a "partial mobilization" of 300,000 troops in September.'
NOTE = (
    "\nCorrection, January 18, 2023: An earlier version of this article misstated the number "
    "of troops in Putin's September mobilization."
)


def test_a_corrected_figure_without_a_note_is_a_stealth_fact_update(revise):
    revision = revise((TROOPS, TROOPS.replace("300,000", "318,000")))
    edit = revision.edit_of("318,000")
    assert (edit.edit_class, edit.stealth) == ("fact_update", True)
    assert revision.report.notes == ()


def test_a_corrected_figure_with_a_correction_note_is_acknowledged(revise, sample_text):
    last = sample_text.rstrip().splitlines()[-3]  # "Newsweek has reached out …"
    revision = revise((TROOPS, TROOPS.replace("300,000", "318,000")), (last, last + NOTE))
    edit = revision.edit_of("318,000")
    assert (edit.edit_class, edit.stealth) == ("fact_update", False)
    (note,) = revision.report.notes
    assert note.note.date == "2023-01-18"
    assert note.note.text.startswith("Correction, January 18, 2023")
    assert revision.edit_of("An earlier version").edit_class == "addition"


def test_a_removed_quote_is_a_fact_update(revise):
    quote = (
        '"It is possible that Russia is holding many mobilized forces in reserve for a new '
        'offensive in the spring," he added.\n'
    )
    edit = revise((quote, "")).edit_of("holding many mobilized")
    assert edit.edit_class == "fact_update"


def test_a_swapped_name_is_a_fact_update(revise):
    edit = revise(("Defense Minister Sergei Shoigu", "Defense Minister Andrei Belousov")).edit_of(
        "Belousov"
    )
    assert edit.edit_class == "fact_update"


def test_a_reworded_sentence_is_rewording(revise):
    edit = revise(
        (
            "A new mobilization of troops could have an impact on the war far sooner.",
            "Fresh mobilization could affect the fighting much more quickly.",
        )
    ).edit_of("Fresh mobilization")
    assert edit.edit_class == "rewording"


def test_a_spelling_fix_is_a_typo(revise, sample_text):
    old = sample_text.replace("protracted fighting", "protracted figthing")
    revision = Revision(old, sample_text)
    assert revision.edit_of("protracted fighting").edit_class == "typo"


def test_punctuation_fix_is_a_typo(revise):
    edit = revise(("fond of using symbolic dates", "fond of using symbolic dates,")).edit_of(
        "symbolic dates"
    )
    assert edit.edit_class == "typo"


def test_spacing_and_typographic_quotes_are_noise_or_nothing(revise):
    revision = revise(
        ('"partial mobilization"', "\u201cpartial\u00a0mobilization\u201d"),
        ("threat to its neighbors and to NATO.", "threat to its neighbors and to NATO. "),
    )
    classes = {edit.edit_class for edit in revision.report.rows if edit is not None}
    assert classes <= {"noise"}


def test_an_added_timestamp_line_is_noise(revise):
    last = "Newsweek has reached out to the Russian Ministry of Defense for comment."
    edit = revise((last, last + "\n1,204 views")).edit_of("1,204 views")
    assert edit.edit_class == "noise"


def test_an_added_paragraph_without_facts_is_an_addition(revise):
    added = "\nThe mood in the capital was tense and uncertain as the speech approached."
    edit = revise(("materially for many months\" but could begin to make a difference in 2024.",
                   "materially for many months\" but could begin to make a difference in 2024."
                   + added)).edit_of("mood in the capital")  # fmt: skip
    assert edit.edit_class == "addition"


def test_a_removed_sentence_without_facts_is_a_removal(revise):
    gone = "A new mobilization of troops could have an impact on the war far sooner. "
    edit = revise((gone, "")).edit_of("far sooner")
    assert edit.edit_class == "removal"


def test_a_moved_sentence_is_a_move(sample_text, revised_text):
    edit = Revision(sample_text, revised_text).edit_of("series of setbacks")
    assert edit.edit_class == "move"


def test_a_new_opening_word_is_not_a_new_name(revise):
    edit = revise(
        (
            "Some experts have suggested that Putin could be preparing",
            "Prominent experts have suggested that Putin may be preparing",
        )
    ).edit_of("Prominent experts")
    assert edit.edit_class == "rewording"


def test_a_new_full_name_opening_a_sentence_is_a_fact_update(revise):
    edit = revise(
        ("Kremlin spokesman Dmitry Peskov announced", "Dmitry Medvedev announced")
    ).edit_of("Medvedev")
    assert edit.edit_class == "fact_update"


def test_a_count_written_in_words_is_a_fact_update(revise):
    edit = revise(("has been no similar victory", "has been one similar victory")).edit_of(
        "one similar victory"
    )
    assert (edit.edit_class, edit.rule) == ("fact_update", "number_changed")


def test_a_number_word_near_in_spelling_is_no_typo(sample_text):
    old = sample_text.replace("over 370,000 Russian citizens", "a million Russian citizens")
    new = sample_text.replace("over 370,000 Russian citizens", "a billion Russian citizens")
    edit = Revision(old, new).edit_of("billion Russian")
    assert edit.edit_class == "fact_update"
