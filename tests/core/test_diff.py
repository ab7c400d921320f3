import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from storydiff.core.diff import DELETE, EQUAL, INSERT, word_diff


def rebuild(spans, a, b):
    old = "".join(a[s.a_start : s.a_end] for s in spans if s.op != INSERT)
    new = "".join(b[s.b_start : s.b_end] for s in spans if s.op != DELETE)
    return old, new


def test_changed_number_is_one_word_replaced():
    a = 'Putin announced a "partial mobilization" of 300,000 troops.'
    b = "Putin announced a \u201cpartial mobilization\u201d of 318,000 troops."
    spans = word_diff(a, (0, len(a)), b, (0, len(b)))
    changed = [(s.op, a[s.a_start : s.a_end] or b[s.b_start : s.b_end]) for s in spans if s.op]
    assert changed == [(DELETE, "300,000"), (INSERT, "318,000")]


def test_spans_carry_offsets_into_the_whole_texts():
    a = "XXXX The army grew."
    b = "YY The navy grew."
    spans = word_diff(a, (5, len(a)), b, (3, len(b)))
    assert spans[0].op == EQUAL and a[spans[0].a_start : spans[0].a_end] == "The "
    assert rebuild(spans, a, b) == ("The army grew.", "The navy grew.")


edits = st.lists(
    st.tuples(st.integers(0, 400), st.integers(0, 30), st.text(max_size=20)), max_size=8
)


@settings(max_examples=150, deadline=None)
@given(edits=edits)
def test_random_edits_reconstruct_both_texts_exactly(sample_text, edits):
    a = sample_text[:1500]
    b = a
    for at, length, insert in edits:
        at = min(at, len(b))
        b = b[:at] + insert + b[at + length :]
    spans = word_diff(a, (0, len(a)), b, (0, len(b)))
    assert rebuild(spans, a, b) == (a, b)
    for first, second in itertools.pairwise(spans):
        assert first.a_end == second.a_start and first.b_end == second.b_start
