from storydiff.core.document import analyse
from storydiff.core.figure_history import (
    ALIGNED,
    NOT_FOUND,
    figure_histories,
    figure_value,
    match_figure,
)
from storydiff.core.story import compare_documents


def sample_story(sample_text, revised_text):
    return compare_documents([analyse(sample_text), analyse(revised_text)])


def test_troop_count_is_matched_through_the_aligned_sentence(sample_text, revised_text):
    story = sample_story(sample_text, revised_text)
    troops = next(f for f in story.tags[0].figures if f.text == "300,000 troops")
    found, how = match_figure(story, 0, 1, troops)
    assert (found.text, how) == ("318,000 troops", ALIGNED)
    assert figure_value(found) == "318,000 troops"


def test_figure_of_a_deleted_sentence_is_not_found_elsewhere(sample_text):
    story = compare_documents(
        [analyse(sample_text), analyse("Unrelated text about 12 harbour cranes.")]
    )
    troops = next(f for f in story.tags[0].figures if f.text == "300,000 troops")
    assert match_figure(story, 0, 1, troops) == (None, NOT_FOUND)


def test_histories_put_changed_figures_first(sample_text, revised_text):
    histories = figure_histories(sample_story(sample_text, revised_text))
    first = histories[0]
    assert (first.kind, first.unit, first.changed) == ("count", "troops", True)
    assert first.values == (("300,000 troops",), ("318,000 troops",))
    assert not any(h.changed for h in histories[1:])
