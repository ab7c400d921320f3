"""The differences panel's model: what changed, grouped by kind with counts.

Groups: figures, sources, quotes and claims (the typed differences the core
finds), then the text changes (changed, inserted, deleted and moved sentences)
so the panel and next/previous navigation work even where no tag differs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from storydiff.core.compare import AlignedRow, Comparison
from storydiff.core.model import Document
from storydiff.core.wording import SideWords
from storydiff.ui.difference_labels import REVISIONS, difference_label, measure_words, row_label
from storydiff.ui.plain import plain_tooltip
from storydiff.ui.two_level_model import TwoLevelModel

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible root, as a default argument
GROUPS = (
    "Details", "Figures", "Sources", "Quotes", "Claims", "Other", "Text changes",
    "Correction notes",
)  # fmt: skip
TAGGED = ("Figures", "Sources", "Quotes", "Claims")
RANGES_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
ITEM_ROLE = Qt.ItemDataRole.UserRole + 3
HTML_ROLE = Qt.ItemDataRole.UserRole + 4
EDIT_CLASS_ROLE = Qt.ItemDataRole.UserRole + 5
STEALTH_ROLE = Qt.ItemDataRole.UserRole + 6


@dataclass(frozen=True)
class DifferenceItem:
    """One row of the panel: a label and the ranges ``(side, start, end)`` to show."""

    group: str
    kind: str
    label: str
    ranges: tuple[tuple[str, int, int], ...]
    key: str = ""
    html: str = ""  # the label with its changed words marked (see difference_labels)
    passage: str = ""  # the changed passage (aligned row) it lies in: F7 stops once per passage
    edit_class: str = ""  # fact_update, rewording, typo, noise… (see core/edits)
    stealth: bool = False  # a fact update no correction note concerns

    @property
    def order(self) -> tuple[int, int]:
        """Reading position: the new side's offset, else the old side's."""
        for side in ("b", "a"):
            for range_side, start, _end in self.ranges:
                if range_side == side:
                    return (start, 0 if side == "b" else 1)
        return (0, 0)


def group_of(kind: str) -> str:
    for group in TAGGED:
        if group[:-1].lower() in kind.lower():
            return group
    return "Other"


def items_from_differences(
    differences: list[dict], comparison: Comparison, words: SideWords = REVISIONS
) -> list[DifferenceItem]:
    """Panel items from ``Difference.to_dict()`` records (tolerates missing fields), in
    revision or outlet words."""
    items = []
    for n, diff in enumerate(differences):
        kind = str(diff.get("kind", "difference"))
        old, new = diff.get("old"), diff.get("new")
        ranges = [
            (side, part["start"], part["end"])
            for side, part in (("a", old), ("b", new))
            if isinstance(part, dict) and "start" in part
        ]
        ranges += _sentence_ranges(diff, comparison, have={side for side, *_ in ranges})
        old_text = old.get("text", "") if isinstance(old, dict) else ""
        new_text = new.get("text", "") if isinstance(new, dict) else ""
        what = measure_words(kind, str(diff.get("detail", "")))
        label, html = difference_label(kind, old_text, new_text, words, what)
        key = f"{kind}:{n}"
        passage = _passage(diff, comparison) or key
        items.append(DifferenceItem(group_of(kind), kind, label, tuple(ranges), key, html, passage))
    return items


def _passage(diff: dict, comparison: Comparison) -> str:
    """The key of the aligned row holding a difference's sentence (``row:N``), if any."""
    for side, key in (("b", "sentence_b"), ("a", "sentence_a")):
        index = diff.get(key)
        if not isinstance(index, int):
            continue
        for n, row in enumerate(comparison.rows):
            if index in (row.b if side == "b" else row.a):
                return f"row:{n}"
    return ""


def _sentence_ranges(
    diff: dict, comparison: Comparison, have: set[str]
) -> list[tuple[str, int, int]]:
    ranges = []
    for side, key, doc in (("a", "sentence_a", comparison.a), ("b", "sentence_b", comparison.b)):
        index = diff.get(key)
        if side not in have and isinstance(index, int) and 0 <= index < len(doc.sentences):
            sentence = doc.sentences[index]
            ranges.append((side, sentence.start, sentence.end))
    return ranges


def items_from_rows(comparison: Comparison, words: SideWords = REVISIONS) -> list[DifferenceItem]:
    """Panel items for every aligned row that is not equal."""
    items = []
    for n, row in enumerate(comparison.rows):
        if row.op == "equal":
            continue
        ranges = _row_ranges(row, comparison.a, comparison.b)
        label, html = row_label(row, comparison, words)
        key = f"row:{n}"
        items.append(DifferenceItem("Text changes", row.op, label, ranges, key, html, key))
    return items


def _row_ranges(row: AlignedRow, a: Document, b: Document) -> tuple[tuple[str, int, int], ...]:
    changed = [s for s in row.diff if s.op != 0]
    if row.op in ("changed", "split", "merged") and changed:
        first, last = changed[0], changed[-1]
        return (("a", first.a_start, last.a_end), ("b", first.b_start, last.b_end))
    ranges = []
    if row.a:
        ranges.append(("a", a.sentences[row.a[0]].start, a.sentences[row.a[-1]].end))
    if row.b:
        ranges.append(("b", b.sentences[row.b[0]].start, b.sentences[row.b[-1]].end))
    return tuple(ranges)


class DifferencesModel(TwoLevelModel):
    """Groups with counts at the top level, their differences below; groups can be hidden."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.items: list[DifferenceItem] = []
        self.hidden: set[str] = set()
        self.hidden_classes: frozenset[str] = frozenset({"noise"})  # noise hidden by default
        self.groups: list[tuple[str, list[DifferenceItem]]] = []

    def set_items(self, items: list[DifferenceItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self._regroup()
        self.endResetModel()

    def set_hidden(self, hidden: set[str]) -> None:
        """Hide whole groups (the panel's kind filters)."""
        self.beginResetModel()
        self.hidden = set(hidden)
        self._regroup()
        self.endResetModel()

    def set_hidden_classes(self, classes: frozenset[str]) -> None:
        """Hide the items of some edit classes ("significant changes only")."""
        self.beginResetModel()
        self.hidden_classes = frozenset(classes)
        self._regroup()
        self.endResetModel()

    def shown_items(self) -> list[DifferenceItem]:
        return [item for item in self.items if item.edit_class not in self.hidden_classes]

    def _regroup(self) -> None:
        self.groups = []
        shown = self.shown_items()
        for group in GROUPS:
            members = [item for item in shown if item.group == group]
            if members and group not in self.hidden:
                self.groups.append((group, sorted(members, key=lambda i: i.order)))

    def counts(self) -> dict[str, int]:
        """Items per group that the edit-class filter lets through."""
        shown = self.shown_items()
        return {group: sum(1 for i in shown if i.group == group) for group in GROUPS}

    def in_reading_order(self) -> list[QModelIndex]:
        """Indexes of every shown difference, by position in the text (for F7 / Shift+F7)."""
        found = []
        for row, (_group, members) in enumerate(self.groups):
            parent = self.index(row, 0)
            found.extend((item.order, self.index(n, 0, parent)) for n, item in enumerate(members))
        return [index for _order, index in sorted(found, key=lambda pair: pair[0])]

    def stops(self) -> list[QModelIndex]:
        """One index per changed passage, in reading order (F7): a sentence whose figure,
        source and words all changed is one stop, shown by its text change if listed."""
        first: dict[str, int] = {}
        chosen: dict[str, QModelIndex] = {}
        for position, index in enumerate(self.in_reading_order()):
            item = self.groups[index.parent().row()][1][index.row()]
            if not item.ranges:
                continue  # a headline or byline change: listed, not a place in the text
            first.setdefault(item.passage, position)
            if item.passage not in chosen or item.group == "Text changes":
                chosen[item.passage] = index
        return [chosen[passage] for passage in sorted(chosen, key=first.__getitem__)]

    def item_at(self, index: Index) -> DifferenceItem | None:
        if not index.isValid() or self.is_group(index):
            return None
        return self.groups[self.group_row(index)][1][index.row()]

    def group_count(self) -> int:
        return len(self.groups)

    def member_count(self, group: int) -> int:
        return len(self.groups[group][1])

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.item_at(index)
        if item is None:
            group, members = self.groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{group} ({len(members)})"
            if role == KIND_ROLE:
                return group
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return item.label
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(f"{item.kind.replace('_', ' ')}: {item.label}")
        if role == RANGES_ROLE:
            return list(item.ranges)
        if role == KIND_ROLE:
            return item.kind
        if role == ITEM_ROLE:
            return item
        if role == HTML_ROLE:
            return item.html
        if role == EDIT_CLASS_ROLE:
            return item.edit_class
        if role == STEALTH_ROLE:
            return item.stealth
        return None
