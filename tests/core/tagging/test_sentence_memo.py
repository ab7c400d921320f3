"""Documents tagged with one memo read a shared sentence once, with the same result."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from storydiff.bench.articles import generate_article, revise
from storydiff.core.document import analyse
from storydiff.core.tagging import extract, sentence_memo
from storydiff.core.tagging.tagger import SentenceMemo

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT.parent / "resources" / "samples"
OUTLETS = sorted((ROOT / "eval" / "outlets-dev").glob("*.txt"))


def _texts_of_a_story() -> list[list[str]]:
    sample = [
        (SAMPLES / "newsweek-2023-01-17-isw-mobilization.txt").read_text(encoding="utf-8"),
        (SAMPLES / "newsweek-2023-01-17-isw-mobilization.revised.txt").read_text(encoding="utf-8"),
    ]
    generated = generate_article(3_000, seed=7)
    outlets = [p.read_text(encoding="utf-8") for p in OUTLETS[:4]]
    return [sample, [generated, revise(generated, seed=8)], outlets]


@pytest.mark.parametrize("texts", _texts_of_a_story(), ids=["sample", "generated", "outlets"])
def test_tags_with_a_shared_memo_are_the_tags_alone(texts: list[str]) -> None:
    documents = [analyse(t) for t in texts]
    alone = [extract(d) for d in documents]
    memo = sentence_memo()
    shared = [extract(d, memo) for d in documents]
    assert shared == alone


def test_a_sentence_in_other_surroundings_is_read_again() -> None:
    """A sign or a unit just outside the sentence's window can change what it holds."""
    sentence = "The fund lost 4% in March."
    texts = [f"Intro text here. {sentence}", f"Minus sign -{sentence}", sentence]
    memo = SentenceMemo()
    for text in texts:
        document = analyse(text)
        assert extract(document, memo) == extract(document)


def test_a_memo_shifts_offsets_to_each_document() -> None:
    rng = random.Random(3)
    paragraphs = [
        "Officials said 1,200 people were evacuated on Monday.",
        "According to the ministry, 37 schools closed.",
        '"We are doing all we can," the mayor told Reuters.',
    ]
    memo = sentence_memo()
    for _ in range(5):
        rng.shuffle(paragraphs)
        text = "\n\n".join(["x" * rng.randint(300, 900), *paragraphs])
        document = analyse(text)
        tags = extract(document, memo)
        assert tags == extract(document)
        for figure in tags.figures:
            assert text[figure.start : figure.end] == figure.text
