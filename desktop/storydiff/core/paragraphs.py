"""Paragraph alignment, derived from the sentence alignment.

Two paragraphs are linked when any of their sentences are aligned. Groups of
linked paragraphs give the paragraph-level story: kept, changed, moved, split
into several, merged into one, inserted or deleted.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass

from storydiff.core.compare import Comparison, Op


@dataclass(frozen=True, slots=True)
class ParagraphRow:
    """Paragraphs ``a`` of the old document linked to paragraphs ``b`` of the new."""

    op: Op
    a: tuple[int, ...]
    b: tuple[int, ...]


def align_paragraphs(comparison: Comparison) -> list[ParagraphRow]:
    """Group paragraphs linked through aligned sentences, in reading order of ``a``.

    Paragraphs that hold only boilerplate are in no row.
    """
    a_paragraph = [s.paragraph for s in comparison.a.sentences]
    b_paragraph = [s.paragraph for s in comparison.b.sentences]
    # A paragraph is a node: 2p for paragraph p of a, 2q + 1 for paragraph q of b.
    parent: dict[int, int] = {}
    ops: dict[int, set[str]] = {}

    def find(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for row in comparison.rows:
        nodes = [2 * a_paragraph[i] for i in row.a] + [2 * b_paragraph[j] + 1 for j in row.b]
        for node in nodes:
            parent.setdefault(node, node)
            ops.setdefault(node, set()).add(row.op)
        for node in nodes[1:]:
            parent[find(node)] = find(nodes[0])

    groups: dict[int, list[int]] = {}
    for node in parent:
        groups.setdefault(find(node), []).append(node)
    result = [_group_row(members, ops) for members in groups.values()]
    after = _After(result)
    return sorted(result, key=lambda row: (row.a[0] if row.a else after.place(row), row.b))


def _group_row(members: list[int], ops: dict[int, set[str]]) -> ParagraphRow:
    a = tuple(sorted(node // 2 for node in members if node % 2 == 0))
    b = tuple(sorted(node // 2 for node in members if node % 2 == 1))
    seen = set().union(*(ops[m] for m in members))
    return ParagraphRow(_paragraph_op(a, b, seen), a, b)


def _paragraph_op(a: tuple[int, ...], b: tuple[int, ...], seen: set[str]) -> Op:
    if not b:
        return "deleted"
    if not a:
        return "inserted"
    if len(a) == 1 and len(b) > 1:
        return "split"
    if len(a) > 1 and len(b) == 1:
        return "merged"
    if "moved" in seen and seen <= {"moved", "equal", "changed"} and not seen & {"equal"}:
        return "moved"
    if len(a) == len(b) == 1 and seen == {"equal"}:
        return "equal"
    return "changed"


class _After:
    """Where a paragraph found only in ``b`` goes: after the ``a`` paragraph whose
    partner precedes it (the last such ``a`` paragraph)."""

    def __init__(self, rows: list[ParagraphRow]) -> None:
        linked = sorted((row.b[-1], row.a[-1]) for row in rows if row.a and row.b)
        self.b_ends = [b_end for b_end, _ in linked]
        self.latest_a = list(itertools.accumulate((a_end for _, a_end in linked), max))

    def place(self, row: ParagraphRow) -> float:
        before = bisect.bisect_left(self.b_ends, row.b[0])  # partners ending before it
        return (self.latest_a[before - 1] if before else -1) + 0.5
