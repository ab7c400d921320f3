from edit_revisions import Revision

from storydiff.core.edits.summary import summarise


def summary_of(revision: Revision) -> str:
    return summarise(list(revision.pair.differences), revision.report)


def test_the_sample_revision_in_one_line(sample_text, revised_text):
    line = summary_of(Revision(sample_text, revised_text))
    assert line.startswith("STEALTH EDIT: figure 300,000 troops → 318,000 troops;")
    assert "source added: Wagner Group" in line
    assert line.endswith("1 sentence moved")


def test_a_reworded_sentence_is_counted_not_flagged(sample_text):
    new = sample_text.replace(
        "A new mobilization of troops could have an impact on the war far sooner.",
        "A new call-up of troops could affect the war far sooner.",
    )
    assert summary_of(Revision(sample_text, new)) == "1 sentence reworded"
