from storydiff.core.document import analyse
from storydiff.core.story import compare_documents
from storydiff.ui.display_rows import display_rows, move_wording


def _comparison(old: str, new: str):
    return compare_documents([analyse(old), analyse(new)]).pairs[0].comparison


def test_sample_moved_sentence_appears_on_both_sides_as_two_rows(sample_text, revised_text):
    rows = display_rows(_comparison(sample_text, revised_text))
    moved = [row for row in rows if row.op == "moved"]
    assert sorted(row.moved_part for row in moved) == ["from", "to"]
    left = next(row for row in moved if row.moved_part == "from")
    right = next(row for row in moved if row.moved_part == "to")
    assert left.a and not left.b and right.b and not right.a
    assert left.rows == right.rows


def test_every_sentence_of_both_documents_is_shown_once(sample_text, revised_text):
    comparison = _comparison(sample_text, revised_text)
    rows = display_rows(comparison)
    shown_a = sorted(i for row in rows for i in row.a)
    shown_b = sorted(i for row in rows for i in row.b)
    assert shown_a == list(range(len(comparison.a.sentences)))
    assert shown_b == list(range(len(comparison.b.sentences)))


def test_inserted_sentence_faces_an_empty_gap(sample_text, revised_text):
    rows = display_rows(_comparison(sample_text, revised_text))
    inserted = [row for row in rows if row.op == "inserted"]
    assert inserted and all(row.b and not row.a for row in inserted)


def test_unchanged_sentences_of_one_paragraph_share_a_row():
    text = "One sentence here. Two sentences here. Three sentences here.\n\nA new paragraph starts."
    rows = display_rows(_comparison(text, text))
    assert [len(row.a) for row in rows] == [3, 1]
    assert all(row.paragraph_break for row in rows)


def test_move_links_are_worded_by_the_direction_of_the_move(sample_text, revised_text):
    """The sample's paragraph moved up (old 19 → new 4): both links must say so."""
    rows = display_rows(_comparison(sample_text, revised_text))
    left = next(n for n, row in enumerate(rows) if row.moved_part == "from")
    right = next(n for n, row in enumerate(rows) if row.moved_part == "to")
    assert right < left  # the new copy stands higher up
    assert move_wording(rows, left).startswith("⇡ moved further up")
    assert move_wording(rows, right).startswith("⇣ moved here from further down")


def test_a_paragraph_moved_down_is_worded_down():
    first = "Alpha opens the story here. It has two sentences."
    second = "Bravo follows in the middle part. It adds more detail."
    third = "Charlie closes the whole story. The end is near."
    rows = display_rows(
        _comparison(f"{first}\n\n{second}\n\n{third}", f"{second}\n\n{third}\n\n{first}")
    )
    left = next(n for n, row in enumerate(rows) if row.moved_part == "from")
    right = next(n for n, row in enumerate(rows) if row.moved_part == "to")
    assert rows[left].a == (0,) and right > left
    assert move_wording(rows, left).startswith("⇣ moved further down")
    assert move_wording(rows, right).startswith("⇡ moved here from further up")


STORM_A = (
    "The storm killed 14 people in Portmere and left 2,300 homes without power on Sunday, "
    "the mayor said.\nSchools stayed shut."
)
STORM_B = (
    "The storm killed 14 people in Portmere on Sunday, police said.\nFerries were cancelled.\n"
    "Markets stayed open.\nSome 2,300 homes in Portmere were without power on Sunday evening.\n"
    "Buses ran late."
)


def test_also_pairs_are_linked_from_both_sentences_worded_by_where_the_other_stands():
    from storydiff.ui.display_rows import also_links

    comparison = (
        compare_documents([analyse(STORM_A), analyse(STORM_B)], mode="coverage").pairs[0].comparison
    )
    rows = display_rows(comparison)
    links = also_links(comparison, rows)
    (a_place,) = [key for key in links if key[0] == "a"]
    (b_place,) = [key for key in links if key[0] == "b"]
    assert 0 in rows[a_place[1]].a and 3 in rows[b_place[1]].b
    assert links[a_place] == [(0, "⇣ the other outlet also states this further down — go there")]
    assert links[b_place] == [(0, "⇡ the other outlet also states this further up — go there")]
    named = also_links(comparison, rows, ("AFP", "Xinhua"))
    assert named[a_place] == [(0, "⇣ Xinhua also states this further down — go there")]
    assert named[b_place] == [(0, "⇡ AFP also states this further up — go there")]
    revision = compare_documents([analyse(STORM_A), analyse(STORM_B)], mode="revision")
    assert also_links(revision.pairs[0].comparison, rows) == {}
