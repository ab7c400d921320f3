"""Generated article pairs for benchmarks: real-looking text, known edits.

Sentences come from the bundled sample article with their words, names and
numbers reshuffled, so that long texts do not repeat one paragraph verbatim.
"""

from __future__ import annotations

import random

from storydiff.core.document import analyse
from storydiff.paths import resource

SAMPLE = "newsweek-2023-01-17-isw-mobilization.txt"


def _seed_sentences() -> list[str]:
    text = resource("samples", SAMPLE).read_text(encoding="utf-8")
    return [s.text for s in analyse(text).content_sentences]


def generate_article(words: int, seed: int = 1) -> str:
    """An article of about ``words`` words, in paragraphs of 1 to 3 sentences."""
    rng = random.Random(seed)
    seeds = _seed_sentences()
    vocabulary = sorted({w for s in seeds for w in s.split() if w.isalpha()})
    paragraphs, count = [], 0
    while count < words:
        paragraph = []
        for _ in range(rng.randint(1, 3)):
            sentence = _vary(rng.choice(seeds), vocabulary, rng)
            paragraph.append(sentence)
            count += len(sentence.split())
        paragraphs.append(" ".join(paragraph))
    return "\n".join(paragraphs) + "\n"


def _vary(sentence: str, vocabulary: list[str], rng: random.Random) -> str:
    out = []
    for word in sentence.split():
        if word[:1].isdigit():
            word = f"{rng.randint(2, 900)},{rng.randint(0, 999):03d}"
        elif word.isalpha() and rng.random() < 0.3:
            word = rng.choice(vocabulary)
        out.append(word)
    return " ".join(out)


def revise(article: str, seed: int = 2, share: float = 0.05) -> str:
    """A revision of ``article``: about ``share`` of paragraphs edited, moved,
    deleted or added, and a few figures changed."""
    rng = random.Random(seed)
    paragraphs = article.rstrip("\n").split("\n")
    edits = max(4, int(len(paragraphs) * share))
    for _ in range(edits):
        k = rng.randrange(len(paragraphs))
        action = rng.choice(["reword", "move", "delete", "insert", "figure"])
        if action == "reword":
            paragraphs[k] = paragraphs[k].replace(" the ", " a ", 1) + " Officials confirmed it."
        elif action == "move":
            paragraphs.insert(rng.randrange(len(paragraphs)), paragraphs.pop(k))
        elif action == "delete" and len(paragraphs) > 4:
            paragraphs.pop(k)
        elif action == "insert":
            paragraphs.insert(k, "A spokesman said the talks would resume in 14 days.")
        else:
            paragraphs[k] = paragraphs[k].replace("0", "7", 1)
    return "\n".join(paragraphs) + "\n"
