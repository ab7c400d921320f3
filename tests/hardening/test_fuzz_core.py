"""Whatever text arrives, the text model, the comparison and the tagger return sound results."""

from __future__ import annotations

import os

from hypothesis import given, settings
from hypothesis import strategies as st

from storydiff.core.compare import compare
from storydiff.core.document import analyse
from storydiff.core.segment import MAX_SENTENCE_CHARS
from storydiff.core.tagging import extract

FUZZ = settings(settings.get_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci")))

# Pieces of news text and of hostile text: abbreviations, figures, quotes,
# bidirectional controls, combining marks, odd line ends and spaces.
PIECES = st.sampled_from(
    [
        "The ISW said", " 370,000 troops", "U.S.", " Gen.", ". ", "? ", "! ", "\u201c", "\u201d",
        "\n", "\r\n", "\n\n", "\u2029", "\u2028", "\x0b", "\x0c", "\x85", " ", "\t", "\u00a0",
        "\u202e", "\u202d", "\u200f", "\u2066", "\u0301" * 5, "\u0651", "\ufeff", "\x00",
        "- ", "1. ", "# ", "According to Reuters, ", "per cent", "$4.5bn", "Jan. 17",
        "Peskov told reporters", "\u05e9\u05dc\u05d5\u05dd", "\u0645\u0631\u062d\u0628\u0627",
        "\U0001f600", "\ud7ff", "...", "\u2026", "'", '"', "(", ")", "Mr", "e.g.", "A.",
        # digits with scale words and symbols: "4 hundred" once crashed the tagger
        " 4", "4 ", " hundred", " thousand", " lakh", " crore", "k", "m", " B", "bn", " dozen",
        "37m", "(121ft)", "-long", " to ", " or ", "-", "/", ".08", "e-30",
        "\u00d710\u207b\u00b3\u2070",
        "$US", "A$", "RM", "Rs ", "\u20ac", "\u00a3", " pounds", "10.45pm", "4:39", "minus ",
    ]
)  # fmt: skip
NEWS_TEXT = st.lists(PIECES | st.text(max_size=12), max_size=60).map("".join)
ANY_TEXT = NEWS_TEXT | st.text(max_size=300)


def assert_sound(text: str) -> None:
    """Paragraphs and sentences lie inside the text, in order, and say what they cover."""
    doc = analyse(text)
    assert doc.text == text
    last = 0
    for sentence in doc.sentences:
        assert 0 <= sentence.start < sentence.end <= len(text)
        assert sentence.start >= last
        assert sentence.text == text[sentence.start : sentence.end]
        last = sentence.end
    for paragraph in doc.paragraphs:
        assert 0 <= paragraph.start <= paragraph.end <= len(text)


@FUZZ
@given(text=ANY_TEXT)
def test_text_model_keeps_offsets_inside_any_text(text):
    assert_sound(text)


@FUZZ
@given(text=ANY_TEXT)
def test_tags_of_any_text_point_into_it(text):
    doc = analyse(text)
    tags = extract(doc).to_dict()
    for records in tags.values():
        for record in records:
            assert 0 <= record["start"] <= record["end"] <= len(text)


@FUZZ
@given(old=ANY_TEXT, new=ANY_TEXT, mode=st.sampled_from(["auto", "revision", "coverage"]))
def test_any_two_texts_compare_with_rows_covering_every_sentence(old, new, mode):
    a, b = analyse(old), analyse(new)
    comparison = compare(a, b, mode)
    seen_a = sorted(i for row in comparison.rows for i in row.a)
    seen_b = sorted(i for row in comparison.rows for i in row.b)
    content_a = {s.index for s in a.content_sentences}
    content_b = {s.index for s in b.content_sentences}
    assert content_a <= set(seen_a) <= {s.index for s in a.sentences}
    assert content_b <= set(seen_b) <= {s.index for s in b.sentences}
    for row in comparison.rows:
        assert 0.0 <= row.similarity <= 1.0
        for span in row.diff:
            assert span.a_start <= span.a_end <= len(old)
            assert span.b_start <= span.b_end <= len(new)


@FUZZ
@given(text=NEWS_TEXT)
def test_a_text_compared_with_itself_has_only_equal_rows(text):
    doc = analyse(text)
    assert all(row.op == "equal" for row in compare(doc, doc, "revision").rows)


@FUZZ
@given(
    words=st.lists(
        st.sampled_from(["said", "the", "ISW", "370,000", "\u0301" * 40, "  "]),
        min_size=500,
        max_size=3000,
    ),
)
def test_run_on_sentences_are_cut_into_bounded_pieces_at_white_space(words):
    text = " ".join(words)
    doc = analyse(text)
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in doc.sentences)
    assert "".join(s.text for s in doc.sentences).replace(" ", "") == text.replace(" ", "")
