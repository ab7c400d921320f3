from storydiff.core.compare import compare
from storydiff.core.document import analyse
from storydiff.core.paragraphs import align_paragraphs


def paragraph_ops(old: str, new: str, mode: str = "revision"):
    rows = align_paragraphs(compare(analyse(old), analyse(new), mode))
    return [(row.op, row.a, row.b) for row in rows]


def test_sample_revision_paragraphs(sample_text, revised_text):
    changed = [row for row in paragraph_ops(sample_text, revised_text) if row[0] != "equal"]
    assert [op for op, _, _ in changed] == ["changed", "deleted", "moved", "changed"]


def test_paragraph_split_in_two():
    ops = paragraph_ops("One two three. Four five six.\nSeven eight nine.",
                        "One two three.\nFour five six.\nSeven eight nine.")  # fmt: skip
    assert ops == [("split", (0,), (0, 1)), ("equal", (1,), (2,))]


def test_paragraphs_merged_into_one():
    ops = paragraph_ops("One two three.\nFour five six.\nSeven eight nine.",
                        "One two three. Four five six.\nSeven eight nine.")  # fmt: skip
    assert ops == [("merged", (0, 1), (0,)), ("equal", (2,), (1,))]


def test_repartitioned_paragraphs_are_changed_not_equal():
    ops = paragraph_ops("One two three. Four five six.\nSeven eight nine.",
                        "One two three.\nFour five six. Seven eight nine.")  # fmt: skip
    assert ops == [("changed", (0, 1), (0, 1))]


def test_inserted_paragraph_sits_after_its_predecessor():
    old = "Alpha leads here.\nBravo follows next."
    new = "Alpha leads here.\nA new harbour crane arrived.\nBravo follows next."
    ops = paragraph_ops(old, new)
    assert ops == [("equal", (0,), (0,)), ("inserted", (), (1,)), ("equal", (1,), (2,))]
