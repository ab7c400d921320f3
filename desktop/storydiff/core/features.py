"""What a sentence is about, for matching it by content: weighted words.

Rare words, numbers and names carry the weight; function words carry none.
Weights are inverse document frequencies over the sentences of both texts.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from storydiff.core.patterns import compile_pattern
from storydiff.core.text import comparison_key, words

STOPWORDS = frozenset(
    """
    a an the and or but nor so yet for of to in on at by with from into onto over under
    about as than then that this these those there here it its it's is are was were be been
    being am do does did done have has had having will would shall should can could may might
    must not no i me my we us our you your he him his she her they them their what which who
    whom whose when where why how all any both each few more most other some such only own
    same too very just also s t said says say told according after before while during up
    down out off again further once if because until against between through above below
    """.split()
)

_CAPITALISED = compile_pattern(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w'-]+")


def content_words(text: str) -> list[str]:
    """Words that say what a sentence is about: no function words."""
    return [w for w in words(text) if w not in STOPWORDS]


def names_in(text: str) -> set[str]:
    """Lower-cased capitalised words that are not merely sentence-initial."""
    return {word.casefold() for word in _CAPITALISED.findall(comparison_key(text))}


class Weights:
    """Inverse document frequencies of words over a set of sentences."""

    def __init__(self, sentence_words: Sequence[set[str]]) -> None:
        self.total = max(1, len(sentence_words))
        self.frequency: Counter[str] = Counter()
        for found in sentence_words:
            self.frequency.update(found)

    def idf(self, word: str) -> float:
        return math.log(1.0 + self.total / (1 + self.frequency[word]))


def weighted_vector(text: str, words: set[str], weights: Weights) -> dict[str, float]:
    """The sentence (with its content ``words``) as weighted words; numbers and names
    count more."""
    names = names_in(text)
    vector: dict[str, float] = {}
    log, total, frequency = math.log, weights.total, weights.frequency
    for word in words:
        weight = log(1.0 + total / (1 + frequency[word]))  # weights.idf(word), inlined
        if word[0].isdigit():
            weight *= 1.5
        elif word in names:
            weight *= 1.3
        vector[word] = weight
    return vector


def dice(a: dict[str, float], b: dict[str, float]) -> float:
    """Weighted Dice similarity of two vectors, 0..1."""
    total = sum(a.values()) + sum(b.values())
    if total == 0:
        return 0.0
    shared = sum(min(weight, b[word]) for word, weight in a.items() if word in b)
    shared += sum(min(weight, a[word]) for word, weight in b.items() if word in a)
    return shared / total


def merged(vectors: Sequence[dict[str, float]]) -> dict[str, float]:
    """One vector for several consecutive sentences."""
    out: dict[str, float] = {}
    for vector in vectors:
        for word, weight in vector.items():
            out[word] = max(out.get(word, 0.0), weight)
    return out
