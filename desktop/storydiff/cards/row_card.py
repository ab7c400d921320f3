"""A card for a changed passage that carries no tagged difference: the aligned
sentences of both sides with the word diff marked."""

from __future__ import annotations

from storydiff.cards.content import Card, side
from storydiff.core.compare import Comparison

ROW_HEADINGS = {
    "changed": "Changed passage",
    "split": "Sentence split",
    "merged": "Sentences merged",
    "deleted": "Passage removed",
    "inserted": "Passage added",
    "moved": "Passage moved",
}


def row_card(comparison: Comparison, row_index: int, a_label: str, b_label: str) -> Card:
    """Row ``row_index`` of ``comparison`` (an aligned row that is not equal)."""
    row = comparison.rows[row_index]
    a, b = comparison.a, comparison.b
    a_stretch = (a.sentences[row.a[0]].start, a.sentences[row.a[-1]].end) if row.a else (0, 0)
    b_stretch = (b.sentences[row.b[0]].start, b.sentences[row.b[-1]].end) if row.b else (0, 0)
    removed = [(s.a_start, s.a_end) for s in row.diff if s.op < 0 and s.a_end > s.a_start]
    added = [(s.b_start, s.b_end) for s in row.diff if s.op > 0 and s.b_end > s.b_start]
    before = side(a_label, a.text, a_stretch, removed)
    after = side(b_label, b.text, b_stretch, added)
    return Card(ROW_HEADINGS.get(row.op, "Changed passage"), before, after, "")
