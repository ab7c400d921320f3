"""Compare a set of documents at once: tags for each, comparisons for pairs.

This is what the presenters (CLI, JSON, reports, desktop) read: one call does
the analysis, they only format it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from storydiff.core.align import Mode
from storydiff.core.compare import Comparison, SentenceEvidence, compare
from storydiff.core.model import Document
from storydiff.core.progress import CancelCheck, Progress, check
from storydiff.core.tagging import Tags, extract, sentence_memo
from storydiff.core.tagging.differences import Difference, find_differences

if TYPE_CHECKING:
    from storydiff.core.facts import DocumentInfo, FactTable
    from storydiff.core.tagging.tagger import SentenceMemo


@dataclass(frozen=True)
class PairResult:
    """Document ``a`` compared with document ``b`` (indices into the set)."""

    a: int
    b: int
    comparison: Comparison
    differences: tuple[Difference, ...]


@dataclass(frozen=True)
class StoryComparison:
    documents: tuple[Document, ...]
    tags: tuple[Tags, ...]
    pairs: tuple[PairResult, ...]


def base_pairs(count: int) -> list[tuple[int, int]]:
    """The base (first document) against each other one."""
    return [(0, k) for k in range(1, count)]


def neighbour_pairs(count: int) -> list[tuple[int, int]]:
    """Each revision against the next one."""
    return [(k, k + 1) for k in range(count - 1)]


def compare_documents(
    documents: list[Document],
    pairs: list[tuple[int, int]] | None = None,
    mode: Mode = "auto",
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    tags: Sequence[Tags] | None = None,
    memo: SentenceMemo | None = None,
    aligned: Callable[[tuple[int, int]], Comparison | None] | None = None,
) -> StoryComparison:
    """Tag every document (unless its ``tags`` are given, e.g. read back from the library)
    and compare the given pairs (default: base vs each). ``memo``: sentences read already;
    ``aligned``: a pair's comparison made already, if any (the CLI's second process)."""
    if pairs is None:
        pairs = base_pairs(len(documents))
    total = len(documents) + len(pairs)
    tags = list(tags) if tags is not None else []
    memo = memo if memo is not None else sentence_memo()
    for n, doc in enumerate(documents[len(tags) :], start=len(tags)):
        check(cancelled)
        tags.append(extract(doc, memo))
        if progress:
            progress(n + 1, total)
    evidence: dict[int, dict[int, set[str]]] = {}  # worked out when an alignment needs it

    def document_evidence(n: int) -> dict[int, set[str]]:
        from storydiff.core.facts import sentence_evidence

        if n not in evidence:
            evidence[n] = sentence_evidence(documents[n], tags[n])
        return evidence[n]

    results = []
    for n, (i, j) in enumerate(pairs):

        def pair_evidence(i: int = i, j: int = j) -> SentenceEvidence:
            from storydiff.core.fact_items import fact_items, name_aliases  # outlets only
            from storydiff.core.fact_matching import matched_evidence

            a, b = documents[i], documents[j]
            aliases = name_aliases(a, b)
            items = (fact_items(a, tags[i], i, aliases), fact_items(b, tags[j], j, aliases))
            return matched_evidence(items, (document_evidence(i), document_evidence(j)), (a, b))

        comparison = (aligned and aligned((i, j))) or compare(
            documents[i], documents[j], mode, cancelled=cancelled, evidence=pair_evidence
        )
        differences = find_differences(comparison, tags[i], tags[j])
        results.append(PairResult(i, j, comparison, tuple(differences)))
        if progress:
            progress(len(documents) + n + 1, total)
    return StoryComparison(tuple(documents), tuple(tags), tuple(results))


def story_facts(
    story: StoryComparison,
    infos: list[DocumentInfo] | None = None,
    order_known: bool = True,
) -> FactTable:
    """The fact table of a compared story, from the tags it already holds (no re-tagging)."""
    from storydiff.core.facts import fact_table

    return fact_table(list(story.documents), list(story.tags), infos, order_known)
