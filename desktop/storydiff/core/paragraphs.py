"""Paragraph alignment, derived from the sentence alignment.

Two paragraphs are linked when any of their sentences are aligned. Groups of
linked paragraphs give the paragraph-level story: kept, changed, moved, split
into several, merged into one, inserted or deleted.
"""

from __future__ import annotations

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
    a, b, rows = comparison.a, comparison.b, comparison.rows
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(node: tuple[str, int]) -> tuple[str, int]:
        while parent.setdefault(node, node) != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    ops: dict[tuple[str, int], set[str]] = {}
    for row in rows:
        nodes = [("a", a.sentences[i].paragraph) for i in row.a]
        nodes += [("b", b.sentences[j].paragraph) for j in row.b]
        for node in nodes:
            find(node)
        for node in nodes[1:]:
            parent[find(node)] = find(nodes[0])
        for node in nodes:
            ops.setdefault(node, set()).add(row.op)

    groups: dict[tuple[str, int], list[tuple[str, int]]] = {}
    for node in parent:
        groups.setdefault(find(node), []).append(node)
    result = [_group_row(members, ops) for members in groups.values()]
    return sorted(result, key=lambda row: (row.a[0] if row.a else _after(row, result), row.b))


def _group_row(
    members: list[tuple[str, int]], ops: dict[tuple[str, int], set[str]]
) -> ParagraphRow:
    a = tuple(sorted(index for side, index in members if side == "a"))
    b = tuple(sorted(index for side, index in members if side == "b"))
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


def _after(row: ParagraphRow, rows: list[ParagraphRow]) -> float:
    """Place a paragraph found only in ``b`` after the ``a`` paragraph whose
    partner precedes it."""
    before = [r.a[-1] for r in rows if r.a and r.b and r.b[-1] < row.b[0]]
    return max(before, default=-1) + 0.5
