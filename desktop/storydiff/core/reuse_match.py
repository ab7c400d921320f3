"""Which sentences of one document reappear, verbatim or lightly edited, in another.

A sentence is described by its word trigrams (lower-cased words in comparison
form, punctuation dropped). Churnalism matched 15-character shingles; a word
trigram is about as long (15 to 20 characters) but cut at word boundaries, so a
changed word costs the same however long it is, and there are five times fewer
of them to index. One inverted index over every content sentence of the story
finds, in a single pass, each sentence's best counterpart in every other
document; no pair of documents is compared sentence by sentence.

A sentence counts as reused in another document when at least half of its
trigrams are found in one sentence there, or in two neighbouring ones (a
sentence split in two). One changed word in a 20-word sentence removes three of
its 18 trigrams (0.83 kept); two or three scattered edits still keep half. Two
outlets telling the same fact in their own words share a name or a figure, which
is a trigram or two, far below half.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import chain

from storydiff.core.model import Document, Sentence
from storydiff.core.progress import CancelCheck, Progress, check
from storydiff.core.text import sentence_key, words

NGRAM = 3
# Shorter sentences ("He declined to comment.") are too common to prove copying on
# their own; they count only when identical and next to a reused sentence.
MIN_WORDS = 6
REUSED = 0.5
# A sentence of the other document holding less than this share of the trigrams
# is not considered, not even as one half of a split.
CANDIDATE = 0.25
_STRIDE = 1 << 20  # one int per (document, sentence) in the index


@dataclass(frozen=True)
class Profile:
    """A document's content sentences, described for matching."""

    sentences: tuple[Sentence, ...]
    grams: tuple[frozenset[str], ...]
    word_counts: tuple[int, ...]
    keys: tuple[str, ...]

    @property
    def lengths(self) -> list[int]:
        return [s.end - s.start for s in self.sentences]


@dataclass(frozen=True, slots=True)
class SentenceMatch:
    """Content sentence ``sentence`` (a position in the profile) found in
    ``targets`` of the other document, sharing ``containment`` of its trigrams."""

    sentence: int
    targets: tuple[int, ...]
    containment: float


# matches[(d, e)][p]: sentence p of document d found in document e
Matches = dict[tuple[int, int], dict[int, SentenceMatch]]


def word_ngrams(text: str, n: int = NGRAM) -> frozenset[str]:
    """The word ``n``-grams of ``text`` in comparison form."""
    found = words(text)
    return frozenset(" ".join(found[k : k + n]) for k in range(len(found) - n + 1))


def profile(document: Document) -> Profile:
    """Describe the content sentences (boilerplate left out) of ``document``."""
    sentences = tuple(document.content_sentences)
    return Profile(
        sentences=sentences,
        grams=tuple(word_ngrams(s.text) for s in sentences),
        word_counts=tuple(len(words(s.text)) for s in sentences),
        keys=tuple(sentence_key(s.text) for s in sentences),
    )


def match_story(
    profiles: list[Profile],
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Matches:
    """Every content sentence of every document found in every other document."""
    index = _index(profiles)
    matches: Matches = {
        (d, e): {} for d in range(len(profiles)) for e in range(len(profiles)) if d != e
    }
    for d, source in enumerate(profiles):
        check(cancelled)
        for p, grams in enumerate(source.grams):
            if source.word_counts[p] >= MIN_WORDS:
                for e, found in _find_sentence(d, grams, index, profiles).items():
                    matches[(d, e)][p] = SentenceMatch(p, *found)
        if progress:
            progress(d + 1, len(profiles))
    for (d, e), found in matches.items():
        _add_short_sentences(profiles[d], profiles[e], found)
    return matches


def _index(profiles: list[Profile]) -> dict[str, list[int]]:
    index: dict[str, list[int]] = {}
    for d, source in enumerate(profiles):
        for p, grams in enumerate(source.grams):
            code = d * _STRIDE + p
            for gram in grams:
                index.setdefault(gram, []).append(code)
    return index


def _find_sentence(
    d: int, grams: frozenset[str], index: dict[str, list[int]], profiles: list[Profile]
) -> dict[int, tuple[tuple[int, ...], float]]:
    """For each other document holding it, the sentences that hold ``grams``."""
    counts = Counter(chain.from_iterable(index[g] for g in grams))
    floor = CANDIDATE * len(grams)
    per_document: dict[int, dict[int, int]] = {}
    for code, count in counts.items():
        if count >= floor:
            e, t = divmod(code, _STRIDE)
            if e != d:
                per_document.setdefault(e, {})[t] = count
    found = {}
    for e, candidates in per_document.items():
        targets = _targets(candidates)
        union = frozenset().union(*(profiles[e].grams[t] for t in targets))
        containment = len(grams & union) / len(grams)
        if containment >= REUSED:
            found[e] = (targets, containment)
    return found


def _targets(candidates: dict[int, int]) -> tuple[int, ...]:
    """The best sentence, with a neighbour that also holds a good share (a split)."""
    best = max(candidates, key=lambda t: (candidates[t], -t))
    neighbours = [t for t in (best - 1, best + 1) if t in candidates]
    if not neighbours:
        return (best,)
    second = max(neighbours, key=candidates.__getitem__)
    return tuple(sorted((best, second)))


def _add_short_sentences(source: Profile, other: Profile, found: dict[int, SentenceMatch]) -> None:
    """Short sentences identical in ``other`` and next to a reused one join it."""
    where: dict[str, list[int]] = {}
    for t, key in enumerate(other.keys):
        where.setdefault(key, []).append(t)
    changed = True
    while changed:
        changed = False
        for p, key in enumerate(source.keys):
            if p in found or source.word_counts[p] >= MIN_WORDS or key not in where:
                continue
            neighbour = found.get(p - 1) or found.get(p + 1)
            if neighbour is None:
                continue
            near = neighbour.targets[0]
            target = min(where[key], key=lambda t: abs(t - near))
            if abs(target - near) <= 2:
                found[p] = SentenceMatch(p, (target,), 1.0)
                changed = True
