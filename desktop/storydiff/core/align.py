"""Align the sentences of two documents: which sentence became which.

Two regimes share one pipeline:

1. *Anchors*: sentences that are the same in both texts (a Myers diff over
   sentence keys, so order-preserving runs come first).
2. *Content pairing*: the rest are paired by weighted shared words through an
   inverted index (no all-pairs pass), best pairs first, above a threshold, so
   unrelated sentences stay unaligned. Adjacent sentences are tried together to
   find splits and merges.
3. *Order*: the longest increasing run of pairs is the backbone; pairs off it
   are moves.
4. *Also* (coverage only): a sentence that states two facts the other outlet states
   in two places is in one pair; it is also paired with the other sentence
   (:attr:`Alignment.also`), so each pair of sentences that state one fact is found.

``revision`` mode (versions of one article) demands closer pairs;
``coverage`` mode (different outlets) accepts looser ones and reads more
evidence: stemmed words ("kills" ~ "killed"), the figures' measures and values
each sentence carries (``evidence``), a headline with a headline and a lead with
a lead; a neighbour joins a pair (split/merge) only if it shares something with
the other side itself and states no fact the other side states elsewhere, so a
sentence with a figure is never merged into an unrelated one, and a sentence that
states two facts joins the two sentences that state them apart. ``auto`` picks by the
share of identical sentences.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from diff_match_patch import diff_match_patch

from storydiff.core.features import Weights, content_words, dice, merged, weighted_vector
from storydiff.core.model import Sentence
from storydiff.core.patterns import compile_pattern
from storydiff.core.stems import stem
from storydiff.core.tagging.measure_lexicon import EVENT_CLASSES
from storydiff.core.tagging.numbers import ORDINAL_WORDS, TENS, UNITS
from storydiff.core.text import sentence_key

Mode = Literal["auto", "revision", "coverage"]
THRESHOLD = {"revision": 0.5, "coverage": 0.22}
# In a revision, a sentence rewritten in place (between the same two unchanged
# neighbours) needs less in common to count as the same sentence.
IN_PLACE_THRESHOLD = 0.25
# Words found in more sentences than this are too common to find candidates by.
POSTINGS_CAP = 40
CANDIDATES_PER_SENTENCE = 4
REVISION_SHARE = 0.25
# Coverage: what the figures of a sentence measure counts this much more than a word.
EVIDENCE_WEIGHT = 2.0
# Coverage: one fact both sentences state (paired by fact matching, whatever the words)
# counts this much more than a word.
FACT_WEIGHT = 4.0
# Coverage: headlines (and leads) of two outlets pair with less in common.
OPENING_THRESHOLD = 0.2
OPENING_BONUS = 0.15
# Coverage: sentences that state one fact, or give one amount, pair with less in common.
ONE_FACT_THRESHOLD = 0.15
# Evidence tokens of amounts that tell a fact apart ("She had sought $30 million" ~ "Lima had
# sued for $30m"); dates and years say less of what the sentence states.
_AMOUNT_TOKENS = ("v:money:", "v:percent:", "v:count:", "v:duration:")
# Coverage: what two sentences already paired elsewhere must share to be also paired: a
# matched fact, a specific measure, or a sum or share (counts and durations recur too often);
# or, without any of these, this much in common ("Varga called the merger the worst decision
# of her career" ~ "Varga said the merger was the worst decision of her career").
ALSO_WORDS = 0.35
# ... and at least this share of the score of the pair the sentence is already in.
ALSO_SHARE = 0.6
_ALSO_TOKENS = ("f:", "m:", "v:money:", "v:percent:")
# Coverage: a headline paired with a body sentence scores this share (a headline says less).
HEADLINE_WITH_BODY = 0.85
# A first line of at most this many words, ending without a full stop, is a headline.
HEADLINE_WORDS = 25
# Standfirst and caption lines between a headline and the lead, at most.
MAX_LINES_BEFORE_LEAD = 3
_SENTENCE_ENDS = (".", "!", "?", '"', "”", "’", "'", ":")
# Coverage: a neighbour joins a pair only if it alone has this much in common with the other side.
NEIGHBOUR_MINIMUM = 0.15
Evidence = list[set[str]]


@dataclass(frozen=True, slots=True)
class Link:
    """Sentences of A (``a``) matched to sentences of B (``b``), by position in
    the content-sentence lists; either side may be empty."""

    a: tuple[int, ...]
    b: tuple[int, ...]
    score: float
    exact: bool = False


@dataclass(frozen=True)
class Alignment:
    mode: Literal["revision", "coverage"]
    links: tuple[Link, ...]
    backbone: frozenset[int]  # indices into links that keep their order
    # Coverage: sentences already in links that also state one fact (a sentence in two pairs).
    also: tuple[Link, ...] = ()


def align(
    a: list[Sentence],
    b: list[Sentence],
    mode: Mode = "auto",
    evidence: tuple[Evidence, Evidence]
    | Callable[[], tuple[Evidence, Evidence] | None]
    | None = None,
) -> Alignment:
    """Align content sentences ``a`` with ``b`` (see module docstring). ``evidence``
    holds, per content sentence of each side, tokens for the facts it states (read in
    coverage mode only; a function giving it is called only then)."""
    anchors = _anchors([sentence_key(s.text) for s in a], [sentence_key(s.text) for s in b])
    if mode == "auto":
        share = len(anchors) / max(1, min(len(a), len(b)))
        mode = "revision" if share >= REVISION_SHARE else "coverage"
    if mode == "revision":
        pairer = _Pairer(a, b, THRESHOLD[mode])
        pairer.set_gaps(anchors)
    else:
        pairer = _CoveragePairer(
            a, b, THRESHOLD[mode], evidence() if callable(evidence) else evidence
        )
    links = [Link((i,), (j,), 1.0, exact=True) for i, j in anchors]
    used_a = {i for i, _ in anchors}
    used_b = {j for _, j in anchors}
    links += pairer.pair(used_a, used_b)
    also = pairer.also(links) if isinstance(pairer, _CoveragePairer) else ()
    links += [Link((i,), (), 0.0) for i in range(len(a)) if i not in used_a]
    links += [Link((), (j,), 0.0) for j in range(len(b)) if j not in used_b]
    links = _in_reading_order(links)
    return Alignment(mode, tuple(links), _backbone(links), also)


def _anchors(a_keys: list[str], b_keys: list[str]) -> list[tuple[int, int]]:
    """Pairs of identical sentences, in order (patience diff over sentence keys)."""
    pairs: list[tuple[int, int]] = []
    _patience(a_keys, b_keys, 0, len(a_keys), 0, len(b_keys), pairs)
    return sorted(pairs)


def _patience(
    a: list[str], b: list[str], a_lo: int, a_hi: int, b_lo: int, b_hi: int, out: list
) -> None:
    """Anchor on sentences unique to both ranges, recurse between them; a small
    range without unique sentences falls back to Myers. Near-linear on real
    text, never quadratic on long ones."""
    while a_lo < a_hi and b_lo < b_hi and a[a_lo] == b[b_lo]:
        out.append((a_lo, b_lo))
        a_lo, b_lo = a_lo + 1, b_lo + 1
    while a_lo < a_hi and b_lo < b_hi and a[a_hi - 1] == b[b_hi - 1]:
        a_hi, b_hi = a_hi - 1, b_hi - 1
        out.append((a_hi, b_hi))
    if a_lo >= a_hi or b_lo >= b_hi:
        return
    unique = _unique_pairs(a, b, a_lo, a_hi, b_lo, b_hi)
    if not unique:
        if (a_hi - a_lo) * (b_hi - b_lo) <= MYERS_LIMIT:
            out.extend(_myers(a[a_lo:a_hi], b[b_lo:b_hi], a_lo, b_lo))
        return
    for i, j in unique:
        _patience(a, b, a_lo, i, b_lo, j, out)
        out.append((i, j))
        a_lo, b_lo = i + 1, j + 1
    _patience(a, b, a_lo, a_hi, b_lo, b_hi, out)


MYERS_LIMIT = 250_000


def _unique_pairs(
    a: list[str], b: list[str], a_lo: int, a_hi: int, b_lo: int, b_hi: int
) -> list[tuple[int, int]]:
    """Keys occurring once in each range, paired, longest increasing run only."""
    a_count: dict[str, int] = {}
    for i in range(a_lo, a_hi):
        a_count[a[i]] = a_count.get(a[i], 0) + 1
    b_where: dict[str, int] = {}
    b_count: dict[str, int] = {}
    for j in range(b_lo, b_hi):
        b_count[b[j]] = b_count.get(b[j], 0) + 1
        b_where[b[j]] = j
    pairs = [
        (i, b_where[a[i]])
        for i in range(a_lo, a_hi)
        if a_count[a[i]] == 1 and b_count.get(a[i]) == 1
    ]
    return [pairs[k] for k in _increasing_run([j for _, j in pairs])]


def _myers(a: list[str], b: list[str], a_lo: int, b_lo: int) -> list[tuple[int, int]]:
    codes: dict[str, str] = {}
    a_chars = "".join(codes.setdefault(k, chr(0xF0000 + len(codes))) for k in a)
    b_chars = "".join(codes.setdefault(k, chr(0xF0000 + len(codes))) for k in b)
    engine = diff_match_patch()
    engine.Diff_Timeout = 0
    pairs, i, j = [], a_lo, b_lo
    for op, chars in engine.diff_main(a_chars, b_chars, False):
        if op == 0:
            pairs += [(i + k, j + k) for k in range(len(chars))]
        i += len(chars) if op <= 0 else 0
        j += len(chars) if op >= 0 else 0
    return pairs


def _words_of(text: str, read: dict[str, set[str]]) -> set[str]:
    found = read.get(text)
    if found is None:
        found = read[text] = set(content_words(text))
    return found


class _Vectors(Sequence[dict[str, float]]):
    """The weighted vectors of sentences, each made when first asked for: most sentences
    of a revision are anchored and never compared by content."""

    def __init__(self, sentences: list[Sentence], words: list[set[str]], weights: Weights):
        self.sentences = sentences
        self.words = words
        self.weights = weights
        self.made: list[dict[str, float] | None] = [None] * len(sentences)

    def __len__(self) -> int:
        return len(self.sentences)

    def __getitem__(self, i: int) -> dict[str, float]:  # type: ignore[override]
        vector = self.made[i]
        if vector is None:
            vector = weighted_vector(self.sentences[i].text, self.words[i], self.weights)
            self.made[i] = vector
        return vector


class _Pairer:
    """Pairs the sentences left over by the anchors, by content."""

    def __init__(self, a: list[Sentence], b: list[Sentence], threshold: float) -> None:
        self.a_vectors, self.b_vectors = self.vectors(a, b)
        self.threshold = threshold
        self.a_gap: list[int] | None = None
        self.b_gap: list[int] | None = None

    def vectors(
        self, a: list[Sentence], b: list[Sentence]
    ) -> tuple[Sequence[dict[str, float]], Sequence[dict[str, float]]]:
        """Each sentence as weighted content words (a sentence both texts share is read
        once; a vector is made when first asked for)."""
        read: dict[str, set[str]] = {}
        a_words = [_words_of(s.text, read) for s in a]
        b_words = [_words_of(s.text, read) for s in b]
        weights = Weights(a_words + b_words)
        return _Vectors(a, a_words, weights), _Vectors(b, b_words, weights)

    def set_gaps(self, anchors: list[tuple[int, int]]) -> None:
        """Number each stretch between anchors, so in-place rewrites can be told."""
        a_marks = [i for i, _ in anchors]
        b_marks = [j for _, j in anchors]
        self.a_gap = [bisect.bisect(a_marks, i) for i in range(len(self.a_vectors))]
        self.b_gap = [bisect.bisect(b_marks, j) for j in range(len(self.b_vectors))]

    def threshold_for(self, i: int, j: int) -> float:
        if self.a_gap is not None and self.b_gap is not None and self.a_gap[i] == self.b_gap[j]:
            return min(self.threshold, IN_PLACE_THRESHOLD)
        return self.threshold

    def pair(self, used_a: set[int], used_b: set[int]) -> list[Link]:
        free_a = [i for i in range(len(self.a_vectors)) if i not in used_a]
        free_b = [j for j in range(len(self.b_vectors)) if j not in used_b]
        candidates = self._candidates(free_a, free_b)
        links: list[Link] = []
        for score, i, j in sorted(candidates, reverse=True):
            if i in used_a or j in used_b:
                continue
            link = self._widen(Link((i,), (j,), score), used_a, used_b)
            if link.score < self.threshold_for(i, j):
                continue
            used_a.update(link.a)
            used_b.update(link.b)
            links.append(link)
        return links

    def score(self, i: int, j: int) -> float:
        """How alike sentence ``i`` of A and ``j`` of B are (0..1)."""
        return dice(self.a_vectors[i], self.b_vectors[j])

    def _candidates(self, free_a: list[int], free_b: list[int]) -> list[tuple[float, int, int]]:
        index: dict[str, list[int]] = {}
        for j in free_b:
            for word in self.b_vectors[j]:
                index.setdefault(word, []).append(j)
        found = []
        for i in free_a:
            overlap: dict[int, float] = {}
            for word, weight in self.a_vectors[i].items():
                postings = index.get(word, ())
                if len(postings) > POSTINGS_CAP:
                    continue
                for j in postings:
                    overlap[j] = overlap.get(j, 0.0) + weight
            best = sorted(overlap, key=overlap.__getitem__, reverse=True)
            for j in best[:CANDIDATES_PER_SENTENCE]:
                score = self.score(i, j)
                # low scorers may still join a split
                if score >= self.threshold_for(i, j) * 0.6:
                    found.append((score, i, j))
        return found

    def _widen(self, link: Link, used_a: set[int], used_b: set[int]) -> Link:
        """Grow a pair into a split or merge when neighbours fit better together."""
        best = link
        i, j = link.a[0], link.b[0]
        for b_side in ((j, j + 1), (j - 1, j)):
            if self._free(b_side, self.b_vectors, used_b) and self.may_join(
                b_side[0] if b_side[1] == j else b_side[1], self.b_vectors, self.a_vectors[i]
            ):
                score = dice(self.a_vectors[i], merged([self.b_vectors[k] for k in b_side]))
                candidate = Link((i,), b_side, score)
                if self.better(candidate, best):
                    best = candidate
        for a_side in ((i, i + 1), (i - 1, i)):
            if (
                len(best.b) == 1
                and self._free(a_side, self.a_vectors, used_a)
                and self.may_join(
                    a_side[0] if a_side[1] == i else a_side[1], self.a_vectors, self.b_vectors[j]
                )
            ):
                score = dice(merged([self.a_vectors[k] for k in a_side]), self.b_vectors[j])
                candidate = Link(a_side, (j,), score)
                if self.better(candidate, best):
                    best = candidate
        return best

    def better(self, candidate: Link, best: Link) -> bool:
        """Whether a split or merge fits clearly better than the pair (or split) so far."""
        return candidate.score > best.score + 0.1

    def may_join(self, k: int, vectors: list[dict[str, float]], other: dict[str, float]) -> bool:
        """Whether neighbour ``k`` may be joined to a pair with ``other`` (always, in revisions)."""
        return True

    @staticmethod
    def _free(side: tuple[int, int], vectors: list[dict[str, float]], used: set[int]) -> bool:
        lo, hi = side
        return lo >= 0 and hi < len(vectors) and lo not in used and hi not in used


class _CoveragePairer(_Pairer):
    """Pairs two outlets' sentences: stems, facts as evidence, openings with openings,
    and no neighbour joined that has nothing in common with the other side."""

    def __init__(
        self,
        a: list[Sentence],
        b: list[Sentence],
        threshold: float,
        evidence: tuple[Evidence, Evidence] | None,
    ) -> None:
        self.evidence = evidence or ([set() for _ in a], [set() for _ in b])
        self.roles = (opening_roles(a), opening_roles(b))
        super().__init__(a, b, threshold)

    def vectors(
        self, a: list[Sentence], b: list[Sentence]
    ) -> tuple[list[dict[str, float]], list[dict[str, float]]]:
        a_words = [{_coverage_word(w) for w in content_words(s.text)} for s in a]
        b_words = [{_coverage_word(w) for w in content_words(s.text)} for s in b]
        a_facts, b_facts = self.evidence
        weights = Weights(
            [w | e for w, e in zip(a_words + b_words, a_facts + b_facts, strict=True)]
        )
        return (
            [self._vector(s, w, e, weights) for s, w, e in zip(a, a_words, a_facts, strict=True)],
            [self._vector(s, w, e, weights) for s, w, e in zip(b, b_words, b_facts, strict=True)],
        )

    @staticmethod
    def _vector(
        sentence: Sentence, words: set[str], facts: set[str], weights: Weights
    ) -> dict[str, float]:
        vector = weighted_vector(sentence.text, words, weights)
        for token in facts:
            weight = FACT_WEIGHT if token.startswith("f:") else EVIDENCE_WEIGHT
            vector[token] = weights.idf(token) * weight
        return vector

    def _candidates(self, free_a: list[int], free_b: list[int]) -> list[tuple[float, int, int]]:
        """Pairs by shared words, and the two headlines and the two leads whatever their
        words ("Four dead in Portmere" ~ "Death toll in flood rises to 9")."""
        found = super()._candidates(free_a, free_b)
        seen = {(i, j) for _, i, j in found}
        free = set(free_a), set(free_b)
        for i, role in self.roles[0].items():
            for j, other in self.roles[1].items():
                if role == other and i in free[0] and j in free[1] and (i, j) not in seen:
                    score = self.score(i, j)
                    if score >= self.threshold_for(i, j):
                        found.append((score, i, j))
        return found

    def threshold_for(self, i: int, j: int) -> float:
        if self._same_opening(i, j):  # headline with headline, lead with lead
            return OPENING_THRESHOLD
        if self._one_fact(i, j, ("f:", *_AMOUNT_TOKENS)):
            return ONE_FACT_THRESHOLD
        return self.threshold

    def _headline_with_body(self, i: int, j: int) -> bool:
        headlines = (self.roles[0].get(i) == "headline", self.roles[1].get(j) == "headline")
        return headlines[0] != headlines[1]

    def _same_opening(self, i: int, j: int) -> bool:
        role = self.roles[0].get(i)
        return role is not None and role == self.roles[1].get(j)

    def score(self, i: int, j: int) -> float:
        """Headlines (and leads) that state the same fact come first among pairs: they
        pair when they share words enough, or a measure ("kills 23" ~ "toll rises to 31")."""
        score = super().score(i, j)
        if self._headline_with_body(i, j):
            score *= HEADLINE_WITH_BODY  # a body sentence that says as much pairs first
        if self._same_opening(i, j):
            a_facts, b_facts = self.evidence[0][i], self.evidence[1][j]
            if _broad_measures(a_facts) & _broad_measures(b_facts):
                score = max(score, OPENING_THRESHOLD)
            if score >= OPENING_THRESHOLD:
                score += OPENING_BONUS
        return score

    def may_join(self, k: int, vectors: list[dict[str, float]], other: dict[str, float]) -> bool:
        """A neighbour joins if it has enough in common with the other side, and never if it
        states facts (paired by fact matching) that the other side states elsewhere."""
        facts = _facts_of(vectors[k])
        if facts and not facts & _facts_of(other):
            return False
        return dice(vectors[k], other) >= NEIGHBOUR_MINIMUM

    def better(self, candidate: Link, best: Link) -> bool:
        """A split or merge that joins more of the facts both sides state is better, so a
        sentence stating two facts pairs with the two sentences that state them apart."""
        shared = self._shared_facts(candidate), self._shared_facts(best)
        if shared[0] != shared[1]:
            return shared[0] > shared[1]
        return super().better(candidate, best)

    def also(self, links: list[Link]) -> tuple[Link, ...]:
        """Sentence pairs that state one fact (a matched fact, a specific measure, a sum or
        a share, or many words in common) and would pair on their own, but one of them is
        paired already: best first, each sentence in at most one such pair."""
        together = {(i, j) for link in links for i in link.a for j in link.b}
        held = (
            {i: link.score for link in links if link.b for i in link.a},
            {j: link.score for link in links if link.a for j in link.b},
        )
        every_a, every_b = list(range(len(self.a_vectors))), list(range(len(self.b_vectors)))
        found: list[Link] = []
        seen_a: set[int] = set()
        seen_b: set[int] = set()
        for score, i, j in sorted(self._candidates(every_a, every_b), reverse=True):
            if (i, j) in together or i in seen_a or j in seen_b:
                continue
            if score < self.threshold_for(i, j):
                continue
            if not self._one_fact(i, j, _ALSO_TOKENS):
                # on words alone: many in common, and nearly as many as the pair it is in has
                # (not one of many alike lines: "- Harbour Party: 41 seats")
                pair_score = max(held[0].get(i, 0.0), held[1].get(j, 0.0))
                if score < ALSO_WORDS or score < ALSO_SHARE * pair_score:
                    continue
            seen_a.add(i)
            seen_b.add(j)
            found.append(Link((i,), (j,), score))
        return tuple(sorted(found, key=_a_first))

    def _one_fact(self, i: int, j: int, kinds: tuple[str, ...] = ("f:", "m:")) -> bool:
        """Whether sentences ``i`` and ``j`` share an evidence token of ``kinds``: by default
        a fact both documents share (``f:``) or one of the same specific measure (``m:``)."""
        shared = self.evidence[0][i] & self.evidence[1][j]
        return any(token.startswith(kinds) for token in shared)

    def _shared_facts(self, link: Link) -> int:
        a = set().union(*(_facts_of(self.a_vectors[i]) for i in link.a))
        b = set().union(*(_facts_of(self.b_vectors[j]) for j in link.b))
        return len(a & b)


def _broad_measures(tokens: set[str]) -> set[str]:
    """What the measures in ``tokens`` count and how, without period, place or month: two
    headlines that give a toll ("Four dead in Portmere", "Toll in flood rises to 9") state
    one fact."""
    return {"|".join(t.split("|")[:3]) for t in tokens if t.startswith("m:")}


def _facts_of(vector: dict[str, float]) -> set[str]:
    """The tokens of facts paired by fact matching in a sentence's vector."""
    return {token for token in vector if token.startswith("f:")}


# Number words two outlets write either way: "eight" ~ "8", "tenth" ~ "10th" ("one",
# "first" and "second" say too little, or are something else).
_NUMBER_WORDS = {
    **{w: str(n) for w, n in {**UNITS, **TENS}.items() if n >= 2},
    **{w: f"{n}th" for w, n in ORDINAL_WORDS.items() if n >= 3},
}
_DIGIT_ORDINAL = compile_pattern(r"(\d+)(?:st|nd|rd|th)")
# Event words that outlets use for one another ("died", "dead", "killed"); not the rises and
# falls, whose words say little on their own.
_EVENT_WORDS = {
    word: f"e:{event}"
    for event, words in EVENT_CLASSES.items()
    if event not in ("rose", "fell")
    for word in words
}


def _coverage_word(word: str) -> str:
    """A content word as coverage alignment compares it: its stem, numbers as digits, and
    an event word as its event class ("died" ~ "killed", "hurt" ~ "injured")."""
    number = _NUMBER_WORDS.get(word)
    if number is not None:
        return number
    event = _EVENT_WORDS.get(word)
    if event is not None:
        return event
    ordinal = _DIGIT_ORDINAL.fullmatch(word)
    return f"{ordinal.group(1)}th" if ordinal else stem(word)


def opening_roles(sentences: list[Sentence]) -> dict[int, str]:
    """Which of ``sentences`` (by position) open the text: its headline, if it has one (a
    first line of one sentence that does not end like one), and its lead (the next
    sentence, past any standfirst or caption lines that also do not end like one)."""
    if not sentences:
        return {}
    if not _title_line(sentences, 0):
        return {0: "lead"}
    lead = 1
    while lead < min(len(sentences) - 1, 1 + MAX_LINES_BEFORE_LEAD) and _title_line(
        sentences, lead
    ):
        lead += 1
    return {0: "headline", lead: "lead"} if lead < len(sentences) else {0: "headline"}


def _title_line(sentences: list[Sentence], k: int) -> bool:
    """A line of one short sentence that does not end like one: a headline, standfirst or
    caption."""
    sentence = sentences[k]
    alone = (k == 0 or sentences[k - 1].paragraph != sentence.paragraph) and (
        k + 1 == len(sentences) or sentences[k + 1].paragraph != sentence.paragraph
    )
    text = sentence.text.rstrip()
    return alone and not text.endswith(_SENTENCE_ENDS) and len(text.split()) <= HEADLINE_WORDS


def _in_reading_order(links: list[Link]) -> list[Link]:
    """Order rows as a reader of A meets them; rows only in B go just before
    the next pair that keeps its order, after any rows deleted there."""
    links = sorted((link for link in links if link.a or link.b), key=_a_first)
    kept = [links[n] for n in sorted(_backbone(links))]
    kept_b = [link.b[0] for link in kept]

    def key(link: Link) -> tuple[float, int, int]:
        if link.a:
            return (link.a[0], 0, link.b[0] if link.b else -1)
        after = bisect.bisect_left(kept_b, link.b[0])
        next_a = kept[after].a[0] if after < len(kept) else float("inf")
        return (next_a - 0.5, 1, link.b[0])

    return sorted(links, key=key)


def _a_first(link: Link) -> tuple[int, int]:
    return (link.a[0] if link.a else -1, link.b[0] if link.b else -1)


def _backbone(links: list[Link]) -> frozenset[int]:
    """Indices of the paired links forming the longest order-keeping run."""
    paired = [n for n, link in enumerate(links) if link.a and link.b]
    run = _increasing_run([links[n].b[0] for n in paired])
    return frozenset(paired[k] for k in run)


def _increasing_run(values: list[int]) -> list[int]:
    """Positions of a longest strictly increasing subsequence of ``values``."""
    tails: list[int] = []  # smallest value ending a run of each length
    tail_at: list[int] = []
    previous: list[int | None] = []
    for position, value in enumerate(values):
        k = bisect.bisect_left(tails, value)
        if k == len(tails):
            tails.append(value)
            tail_at.append(position)
        else:
            tails[k] = value
            tail_at[k] = position
        previous.append(tail_at[k - 1] if k else None)
    run: list[int] = []
    node = tail_at[-1] if tail_at else None
    while node is not None:
        run.append(node)
        node = previous[node]
    return run[::-1]
