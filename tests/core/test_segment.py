from storydiff.core.document import analyse
from storydiff.core.segment import paragraph_spans, sentence_spans


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text, 0, len(text))]


def test_abbreviations_and_initials_do_not_end_sentences():
    text = "Gen. Mark Milley met Dr. J. K. Smith in the U.S. capital on Jan. 5. They talked."
    assert sentences(text) == [
        "Gen. Mark Milley met Dr. J. K. Smith in the U.S. capital on Jan. 5.",
        "They talked.",
    ]


def test_numbers_with_separators_stay_whole():
    text = "Some 1.5 million people and 370,000 citizens left. Prices rose 2.5%."
    assert sentences(text) == [
        "Some 1.5 million people and 370,000 citizens left.",
        "Prices rose 2.5%.",
    ]


def test_quote_closing_after_full_stop_belongs_to_sentence():
    text = '"Putin is fond of symbolic dates." The report continues. "Why?" he asked.'
    assert sentences(text) == [
        '"Putin is fond of symbolic dates."',
        "The report continues.",
        '"Why?" he asked.',
    ]


def test_em_dash_and_comma_quote_do_not_split():
    text = (
        "He may act—possibly as early as Jan. 18—the report says. \u201cIt is early,\u201d he said."
    )
    assert sentences(text) == [
        "He may act—possibly as early as Jan. 18—the report says.",
        "\u201cIt is early,\u201d he said.",
    ]


def test_one_paragraph_per_line_for_pasted_web_text(sample_text):
    spans = paragraph_spans(sample_text)
    first = sample_text[spans[1][0] : spans[1][1]]
    assert first.startswith("Russian President Vladimir Putin")
    assert first.endswith("think tank.")
    assert len(spans) == 23


def test_hard_wrapped_text_uses_blank_lines_between_paragraphs():
    text = (
        "The council voted on Tuesday to approve\n"
        "the budget, which includes new money\n"
        "for schools.\n\n"
        "Opponents said the plan\n"
        "was rushed.\n\n"
        "# Background\n"
        "- first point\n"
        "- second point\n"
    )
    paragraphs = [text[s:e] for s, e in paragraph_spans(text)]
    assert paragraphs[0].startswith("The council") and paragraphs[0].endswith("for schools.")
    assert paragraphs[1] == "Opponents said the plan\nwas rushed."
    assert paragraphs[2:] == ["# Background", "- first point", "- second point"]


def test_offsets_point_into_original_text(sample_text):
    doc = analyse(sample_text)
    for sentence in doc.sentences:
        assert sample_text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()


def test_sample_clutter_is_boilerplate_and_article_is_not(sample_text):
    doc = analyse(sample_text)
    clutter = [s.text for s in doc.sentences if s.boilerplate]
    assert clutter[0].endswith("Voice is AI-generated.")
    assert "Inconsistencies may occur." in clutter
    assert "About the writer" in clutter
    assert clutter[-1] == "Read more"
    assert not any("Putin" in text for text in clutter)
    assert len(doc.content_sentences) == 24


def test_initialism_can_end_a_sentence_before_a_new_one():
    text = "Troops arrived in the U.S. The president spoke. U.S. officials agreed."
    assert sentences(text) == [
        "Troops arrived in the U.S.",
        "The president spoke.",
        "U.S. officials agreed.",
    ]


def test_lower_case_word_that_looks_like_an_abbreviation_ends_a_sentence():
    assert sentences("A cat sat. A dog ran. Talks resume on Sat. Jan. 7.") == [
        "A cat sat.",
        "A dog ran.",
        "Talks resume on Sat. Jan. 7.",
    ]


def test_a_paragraph_is_laid_out_alike_wherever_it_stands():
    from storydiff.core.document import analyse

    shared = "Officials said 40 people died. Photo: Getty Images. Rescue work goes on."
    first = analyse(f"A first paragraph here.\n{shared}")
    later = analyse(f"Another opening, longer than the first one.\n\n{shared}\nAn end.")
    one = [(s.text, s.boilerplate) for s in first.sentences if s.paragraph == 1]
    two = [(s.text, s.boilerplate) for s in later.sentences if s.paragraph == 1]
    assert one == two and len(one) == 3 and one[1][1]  # the bare credit is clutter
    offsets = [s.start for s in later.sentences if s.paragraph == 1]
    assert [later.text[o : o + 8] for o in offsets] == ["Official", "Photo: G", "Rescue w"]
