"""Text reuse across a story: for every pair of documents, how much of each is
found in the other, which passages, and where each passage likely came from.

Shares count characters of content sentences (page clutter left out). Bands
follow the METER corpus, whose journalists classed newspaper stories as wholly,
partially or non-derived from Press Association copy: *wholly* when at least
four fifths of a text is found in the other (an outlet running agency copy adds
a line or two of its own), *partly* from a tenth (below that, two outlets share
no more than a quoted sentence or two, which they may each have taken from the
speaker), *not* below. See docs/reuse-json.md.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from storydiff.core.diff import EQUAL, DiffSpan, word_diff
from storydiff.core.model import Document
from storydiff.core.progress import CancelCheck, Progress
from storydiff.core.provenance import (
    Churn,
    Origin,
    Timing,
    common_source_candidates,
    origin_of,
)
from storydiff.core.reuse_match import Matches, Profile, match_story, profile

Band = Literal["wholly", "partly", "not"]
WHOLLY = 0.8
PARTLY = 0.1


@dataclass(frozen=True)
class StoryDocument:
    """A document of the story with what provenance needs: its times and kind."""

    document: Document
    timing: Timing = field(default_factory=Timing)
    outlet: str = ""


@dataclass(frozen=True, slots=True)
class Edit:
    """Words of ``a`` at ``a_start:a_end`` replaced by ``b_start:b_end`` of ``b``
    (one side empty for a pure deletion or insertion)."""

    a_start: int
    a_end: int
    b_start: int
    b_end: int


@dataclass(frozen=True, slots=True)
class Passage:
    """Consecutive sentences of ``a`` (at ``a_start:a_end``) found in ``b``.

    ``a_sentences`` and ``b_sentences`` are ``Sentence.index`` values; ``edits``
    are the word changes between the two sides (none when ``verbatim``).
    """

    a_start: int
    a_end: int
    b_start: int
    b_end: int
    a_sentences: tuple[int, ...]
    b_sentences: tuple[int, ...]
    verbatim: bool
    edits: tuple[Edit, ...]
    origin: Origin


@dataclass(frozen=True)
class PairReuse:
    a: int
    b: int
    reused_a: float
    reused_b: float
    passages: tuple[Passage, ...]

    @property
    def band_a(self) -> Band:
        return band(self.reused_a)

    @property
    def band_b(self) -> Band:
        return band(self.reused_b)


@dataclass(frozen=True)
class StoryReuse:
    documents: tuple[StoryDocument, ...]
    pairs: tuple[PairReuse, ...]
    churn: tuple[Churn, ...]


def band(share: float) -> Band:
    """METER's three classes of derivation, from the share of text reused."""
    if share >= WHOLLY:
        return "wholly"
    return "partly" if share >= PARTLY else "not"


def find_reuse(
    documents: list[StoryDocument],
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> StoryReuse:
    """Reuse between every pair of ``documents`` (in their order) and each one's churn.

    ``progress`` hears (documents matched, documents); ``cancelled`` is checked
    between documents, so a desktop worker can run it off the GUI thread.
    """
    profiles = [profile(d.document) for d in documents]
    matches = match_story(profiles, progress, cancelled)
    timings = [d.timing for d in documents]
    pairs = [
        _pair(documents, profiles, matches, timings, a, b)
        for a in range(len(documents))
        for b in range(a + 1, len(documents))
    ]
    return StoryReuse(tuple(documents), tuple(pairs), tuple(_churn(profiles, matches, timings)))


def share_reused(source: Profile, positions: Iterable[int]) -> float:
    """Share of ``source``'s content characters in the sentences at ``positions``."""
    lengths = source.lengths
    total = sum(lengths)
    return sum(lengths[p] for p in positions) / total if total else 0.0


def links(matches: Matches, a: int, b: int) -> set[tuple[int, int]]:
    """Sentence pairs (position in ``a``, position in ``b``) found either way."""
    found = {(p, t) for p, m in matches[(a, b)].items() for t in m.targets}
    found |= {(p, t) for t, m in matches[(b, a)].items() for p in m.targets}
    return found


def _pair(
    documents: list[StoryDocument],
    profiles: list[Profile],
    matches: Matches,
    timings: list[Timing],
    a: int,
    b: int,
) -> PairReuse:
    passages = []
    candidates = common_source_candidates(timings, a, b)
    for group in _groups(links(matches, a, b)):
        a_positions = sorted({p for p, _ in group})
        carriers = _carriers(matches, a, a_positions, candidates)
        origin = origin_of(timings, a, b, carriers)
        passages.append(
            _passage(documents[a], documents[b], profiles[a], profiles[b], group, origin)
        )
    return PairReuse(
        a,
        b,
        round(share_reused(profiles[a], matches[(a, b)]), 3),
        round(share_reused(profiles[b], matches[(b, a)]), 3),
        tuple(passages),
    )


def _groups(found: set[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Links in passages: consecutive sentences of ``a`` whose counterparts in
    ``b`` are consecutive too (a passage moved elsewhere starts a new one)."""
    groups: list[list[tuple[int, int]]] = []
    for p, t in sorted(found):
        if groups:
            group = groups[-1]
            last_p = group[-1][0]
            b_side = [u for _, u in group]
            if p - last_p <= 1 and min(b_side) - 1 <= t <= max(b_side) + 1:
                group.append((p, t))
                continue
        groups.append([(p, t)])
    return groups


def _carriers(matches: Matches, a: int, a_positions: list[int], candidates: list[int]) -> list[int]:
    """The ``candidates`` holding at least half of the passage's sentences of ``a``."""
    carriers = []
    for k in candidates:
        held = sum(1 for p in a_positions if p in matches[(a, k)])
        if held * 2 >= len(a_positions):
            carriers.append(k)
    return carriers


def _passage(
    doc_a: StoryDocument,
    doc_b: StoryDocument,
    a: Profile,
    b: Profile,
    group: list[tuple[int, int]],
    origin: Origin,
) -> Passage:
    a_sentences = [a.sentences[p] for p in sorted({p for p, _ in group})]
    b_sentences = [b.sentences[t] for t in sorted({t for _, t in group})]
    a_range = (a_sentences[0].start, a_sentences[-1].end)
    b_range = (b_sentences[0].start, b_sentences[-1].end)
    edits = tuple(
        edit
        for block in _blocks(group)
        if _keys(a, block, 0) != _keys(b, block, 1)
        for edit in _edits(
            doc_a.document.text, _stretch(a, block, 0), doc_b.document.text, _stretch(b, block, 1)
        )
    )
    return Passage(
        *a_range,
        *b_range,
        a_sentences=tuple(s.index for s in a_sentences),
        b_sentences=tuple(s.index for s in b_sentences),
        verbatim=not edits,
        edits=edits,
        origin=origin,
    )


def _blocks(group: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """The passage's links in the smallest blocks that can be diffed alone: a
    sentence with its counterpart, or the sentences of a split or merge together."""
    blocks: list[list[tuple[int, int]]] = []
    for p, t in group:
        if blocks and any(p == q or t == u for q, u in blocks[-1]):
            blocks[-1].append((p, t))
        else:
            blocks.append([(p, t)])
    return blocks


def _stretch(side: Profile, block: list[tuple[int, int]], column: int) -> tuple[int, int]:
    positions = [link[column] for link in block]
    return side.sentences[min(positions)].start, side.sentences[max(positions)].end


def _keys(side: Profile, group: list[tuple[int, int]], column: int) -> list[str]:
    return [side.keys[k] for k in sorted({link[column] for link in group})]


def _edits(a: str, a_range: tuple[int, int], b: str, b_range: tuple[int, int]) -> tuple[Edit, ...]:
    """The word changes between two stretches (see :func:`_stretch_edits`)."""
    (a_start, a_end), (b_start, b_end) = a_range, b_range
    return tuple(
        Edit(e.a_start + a_start, e.a_end + a_start, e.b_start + b_start, e.b_end + b_start)
        for e in _stretch_edits(a[a_start:a_end], b[b_start:b_end])
    )


@functools.lru_cache(maxsize=4096)
def _stretch_edits(a: str, b: str) -> tuple[Edit, ...]:
    """The word changes from ``a`` to ``b``, a deletion next to an insertion as one
    replacement; a line break for a space is no change. Cached: outlets running the
    same wire copy bring the same sentence pairs again and again."""
    edits: list[Edit] = []
    run: list[DiffSpan] = []
    for span in [*word_diff(a, (0, len(a)), b, (0, len(b))), None]:
        if span is not None and span.op != EQUAL:
            run.append(span)
            continue
        if run:
            edit = Edit(run[0].a_start, run[-1].a_end, run[0].b_start, run[-1].b_end)
            if a[edit.a_start : edit.a_end].strip() or b[edit.b_start : edit.b_end].strip():
                edits.append(edit)
            run = []
    return tuple(edits)


def _churn(profiles: list[Profile], matches: Matches, timings: list[Timing]) -> list[Churn]:
    """For each article, the share of it found in the press releases and wire copy."""
    sources = [k for k, timing in enumerate(timings) if timing.is_source]
    if not sources:
        return []
    churn = []
    for d, timing in enumerate(timings):
        if timing.is_source:
            continue
        reused: set[int] = set()
        carrying = []
        for k in sources:
            if matches[(d, k)]:
                reused |= set(matches[(d, k)])
                carrying.append(k)
        churn.append(Churn(d, round(share_reused(profiles[d], reused), 3), tuple(carrying)))
    return churn
